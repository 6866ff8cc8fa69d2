/// The header of an imported CSV checked against the columns an importer knows.
struct CSVColumns {
    /// Column index by canonical name.
    var index: [String: Int] = [:]
    /// Headcount group columns (events files): header text and index.
    var groups: [(name: String, index: Int)] = []

    /// Maps `table`'s header to `known` columns; reports missing `required` ones and unknown ones.
    init(table: CSVTable, known: [String], required: [String], allowGroups: Bool, problems: inout [ImportProblem]) {
        for (position, name) in table.header.enumerated() {
            let folded = CSVTable.normalise(name)
            if let canonical = known.first(where: { CSVTable.normalise($0) == folded }) {
                if index[canonical] != nil {
                    problems.append(ImportProblem(file: table.fileName, line: 1, column: name, message: "appears twice in the header"))
                }
                index[canonical] = position
            } else if allowGroups, EventInput.group(forColumn: name) != nil {
                groups.append((name, position))
            } else if folded.isEmpty {
                problems.append(ImportProblem(file: table.fileName, line: 1, message: "column \(position + 1) has no name in the header"))
            } else {
                let all = known + (allowGroups ? ["female", "male", "other", "local", "international", "age 10-14"] : [])
                let hint = Suggestion.nearest(to: name, in: all).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(ImportProblem(
                    file: table.fileName, line: 1, column: name,
                    message: "unknown column\(hint); known columns: \(all.joined(separator: ", "))"))
            }
        }
        for name in required where index[name] == nil {
            problems.append(ImportProblem(
                file: table.fileName, line: 1, column: name,
                message: "missing from the header (the header has: \(table.header.joined(separator: ", ")))"))
        }
    }

    /// The value of column `name` in `row`, or "" when the file has no such column.
    func value(_ name: String, _ row: CSVTable.Row) -> String {
        index[name].map { row.fields[$0] } ?? ""
    }
}
