/// Paper answers read from a CSV table: a header `respondent,<question id>,...` and one row per learner.
public struct PaperSheet: Sendable {
    /// One learner's answers.
    public struct Entry: Sendable, Hashable {
        public var line: Int
        public var respondent: String
        public var responses: [String: Response]
    }

    /// The variant restricted to the questions that have a column, in variant order.
    public var variant: QuizVariant
    /// The rows without problems.
    public var entries: [Entry]
    /// Problems in rows (each row with one is left out of `entries`).
    public var problems: [PaperProblem]
    /// The lines of rows left out.
    public var badLines: [Int]

    /// Reads `table` against `variant` (the questions and letter orders of the printed paper).
    /// Throws when the header is wrong; cell problems are collected in `problems`.
    public static func read(_ table: CSVTable, file: String, variant: QuizVariant, unitIDs: [String] = [])
        throws(PaperScoringError) -> PaperSheet
    {
        let columns = try headerColumns(table.header, file: file, variant: variant)
        let asked = Set(columns.map(\.question.question.id))
        var restricted = variant
        restricted.questions = variant.questions.filter { asked.contains($0.question.id) }

        var entries: [Entry] = []
        var problems: [PaperProblem] = []
        var badLines: [Int] = []
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            var rowProblems: [PaperProblem] = []
            let respondent = row[0].trimmingSpaces
            if respondent.isEmpty {
                rowProblems.append(
                    PaperProblem(file: file, line: row.line, column: table.header[0].trimmingSpaces,
                                 message: "expected a name or number, found an empty cell"))
            } else if let first = firstLine[respondent] {
                rowProblems.append(
                    PaperProblem(file: file, line: row.line, column: table.header[0].trimmingSpaces,
                                 message: "'\(respondent)' already answered on line \(first)"))
            }
            if row.cells.count > table.header.count {
                rowProblems.append(
                    PaperProblem(file: file, line: row.line,
                                 message: "\(row.cells.count) cells, but the header has \(table.header.count) columns "
                        + "(hint: quote a decimal comma, \"2,5\", or separate cells with ;)"))
            }
            var responses: [String: Response] = [:]
            for column in columns {
                switch PaperCell.parse(row[column.index], for: column.question) {
                case .success(let response): responses[column.question.question.id] = response
                case .failure(let problem):
                    rowProblems.append(
                        PaperProblem(file: file, line: row.line, column: column.name, message: problem.description))
                }
            }
            if rowProblems.isEmpty {
                firstLine[respondent] = row.line
                entries.append(Entry(line: row.line, respondent: respondent, responses: responses))
            } else {
                problems += rowProblems
                badLines.append(row.line)
            }
        }
        return PaperSheet(variant: restricted, entries: entries, problems: problems, badLines: badLines)
    }

    private struct Column {
        var index: Int
        var name: String
        var question: PresentedQuestion
    }

    private static func headerColumns(_ header: [String], file: String, variant: QuizVariant)
        throws(PaperScoringError) -> [Column]
    {
        var problems: [PaperProblem] = []
        let first = header.first?.trimmingSpaces ?? ""
        if first.lowercased() != "respondent" {
            problems.append(
                PaperProblem(file: file, line: 1,
                             message: "the first column must be 'respondent', found '\(first)' "
                                 + "(hint: the header is respondent,<question id>,...)"))
        }
        var columns: [Column] = []
        var seen: Set<String> = []
        let ids = variant.questions.map(\.question.id)
        for (index, cell) in header.enumerated().dropFirst() {
            let name = cell.trimmingSpaces
            if name.isEmpty {
                problems.append(PaperProblem(file: file, line: 1, message: "column \(index + 1) has no name; expected a question id"))
            } else if !seen.insert(name).inserted {
                problems.append(PaperProblem(file: file, line: 1, column: name, message: "appears twice in the header"))
            } else if let question = variant.question(name) {
                columns.append(Column(index: index, name: name, question: question))
            } else {
                let near = Suggestion.closest(to: name, in: ids).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(
                    PaperProblem(file: file, line: 1, column: name,
                                 message: "not a question of unit \(variant.unitID)\(near)"))
            }
        }
        if problems.isEmpty, columns.isEmpty {
            problems.append(
                PaperProblem(file: file, line: 1,
                             message: "no question columns; expected respondent,\(ids.prefix(3).joined(separator: ",")),..."))
        }
        guard problems.isEmpty else { throw PaperScoringError(problems: problems, isHeaderProblem: true) }
        return columns
    }
}
