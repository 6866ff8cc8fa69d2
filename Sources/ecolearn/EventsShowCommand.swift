import ArgumentParser
import EcoLearn
import EcoLearnTracking

/// `ecolearn events show ID`: one event and what was counted at it.
struct EventsShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one event by its code or number.")

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The event's code or number (see `ecolearn events list`).") var id: String

    func run() async throws {
        try await Tracking.run {
            let summary = try await storeOptions.openForReading(libraryOptions).event(id)
            let event = summary.event
            var lines = [
                "event:        \(event.reference)\(event.code == nil ? "" : " (number \(event.id ?? 0))")",
                "date:         \(event.date)",
                "place:        \(event.town), \(event.country)",
                "title:        \(event.title)",
                "kind:         \(event.kind.rawValue)",
                "audience:     \(event.audience.rawValue)",
            ]
            if let language = event.language { lines.append("language:     \(language)") }
            if let organiser = event.organiser { lines.append("organiser:    \(organiser)") }
            if let facilitator = event.facilitator { lines.append("facilitator:  \(facilitator)") }
            lines.append("lessons:      \(summary.lessons.isEmpty ? "-" : summary.lessons.joined(separator: ", "))")
            lines.append("listed:       \(summary.attendances) signed in")
            lines.append("headcount:    \(summary.headcount)")
            for group in summary.groups where group.count > 0 {
                lines.append("  \(group.dimension.label) \(group.value): \(group.count)")
            }
            lines.append("people:       \(summary.people)")
            lines.append("quiz results: \(summary.quizResults)")
            print(lines.map(TerminalText.escaped).joined(separator: "\n"))
        }
    }
}
