import EcoLearn
import EcoLearnTracking

/// How events read in the terminal.
enum EventText {
    /// `2019-03-14 Daugavpils, Latvia: seminar for municipal "Title"; 23 people`, escaped for the terminal.
    static func line(_ summary: EventSummary) -> String {
        let event = summary.event
        return TerminalText.escaped("\(event.date) \(event.town), \(event.country): \(event.kind.rawValue) for \(event.audience.rawValue) "
            + "\"\(event.title)\"; \(summary.people) \(summary.people == 1 ? "person" : "people")")
    }
}
