extension LanguageCompleteness {
    /// The completeness as a terminal table after a blank line: one row a unit (declared or not, missing texts,
    /// review state), then a line with how many units are complete and how many reviewed.
    public var text: String {
        var table = TextTable(headers: ["unit", "'\(language)'", "missing texts", "review"])
        for state in units {
            table.rows.append([
                state.unit, state.declared ? "declared" : "not declared", "\(state.missing) of \(state.texts)",
                state.review?.rawValue ?? "-",
            ])
        }
        return "\n" + table.render()
            + "\(language): \(completeCount) of \(units.count) units complete, \(readyCount) reviewed\n"
    }
}
