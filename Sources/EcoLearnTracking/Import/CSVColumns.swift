import EcoLearn
import Foundation

/// An imported CSV file read with `CSVTable`, its header checked against the columns an importer knows.
struct CSVColumns {
    /// The rows, as read.
    var table: CSVTable
    /// Column index by canonical name.
    var index: [String: Int] = [:]
    /// Headcount group columns (events files): header text and index.
    var groups: [(name: String, index: Int)] = []

    /// Reads `data` and maps its header to `known` columns. Refuses the file, naming every problem, when it is
    /// not readable CSV, lacks a `required` column, has an unknown column, or has a row narrower or wider than the
    /// header (`CSVTable.widthProblem`).
    init(data: Data, fileName: String, known: [String], required: [String], allowGroups: Bool) throws(ImportRefused) {
        do {
            table = try CSVTable.parse([UInt8](data), file: fileName)
        } catch {
            throw ImportRefused(problems: [CSVProblem(file: fileName, line: error.line, message: error.message)])
        }
        var problems: [CSVProblem] = []
        for (position, name) in table.header.enumerated() {
            let folded = CSVColumns.normalise(name)
            if let canonical = known.first(where: { CSVColumns.normalise($0) == folded }) {
                if index[canonical] != nil {
                    problems.append(CSVProblem(file: fileName, line: 1, column: name, message: "appears twice in the header"))
                }
                index[canonical] = position
            } else if allowGroups, EventInput.group(forColumn: name) != nil {
                groups.append((name, position))
            } else if folded.isEmpty {
                problems.append(CSVProblem(file: fileName, line: 1, message: "column \(position + 1) has no name in the header"))
            } else {
                let all = known + (allowGroups ? ["female", "male", "other", "local", "international", "age 10-14"] : [])
                let hint = Suggestion.closest(to: name, in: all).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(CSVProblem(
                    file: fileName, line: 1, column: name,
                    message: "unknown column\(hint); known columns: \(all.joined(separator: ", "))"))
            }
        }
        for name in required where index[name] == nil {
            problems.append(CSVProblem(
                file: fileName, line: 1, column: name,
                message: "missing from the header (the header has: \(table.header.joined(separator: ", ")))"))
        }
        problems += table.rows.compactMap { table.widthProblem(of: $0, file: fileName) }
        if !problems.isEmpty { throw ImportRefused(problems: problems) }
    }

    /// The value of column `name` in `row`, or "" when the file has no such column.
    func value(_ name: String, _ row: CSVTable.Row) -> String {
        index[name].map { row[$0] } ?? ""
    }

    /// A header name folded for comparison: lowercase, `_` and `-` as space, no surrounding spaces.
    static func normalise(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
            .trimmingSpacesAndTabs
    }
}
