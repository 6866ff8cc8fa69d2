import EcoLearn

extension EventSummary {
    /// The event on one line, escaped for a terminal:
    /// `2019-03-14 Daugavpils, Latvia: seminar for municipal "Title"; 23 people`.
    public var line: String {
        TerminalText.escaped("\(event.date) \(event.town), \(event.country): \(event.kind.rawValue) for "
            + "\(event.audience.rawValue) \"\(event.title)\"; \(people) \(people == 1 ? "person" : "people")")
    }

    /// The event and what was counted at it, one field a line (`date:         2019-03-14`), escaped for a
    /// terminal; a headcount group counted as 0 is left out.
    public var details: String {
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
        lines.append("lessons:      \(lessons.isEmpty ? "-" : lessons.joined(separator: ", "))")
        lines.append("listed:       \(attendances) signed in")
        lines.append("headcount:    \(headcount)")
        for group in groups where group.count > 0 {
            lines.append("  \(group.dimension.label) \(group.value): \(group.count)")
        }
        lines.append("people:       \(people)")
        lines.append("quiz results: \(quizResults)")
        return lines.map(TerminalText.escaped).joined(separator: "\n")
    }
}
