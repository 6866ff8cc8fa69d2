/// Paper answers read from a CSV table: a header `respondent,<question id>,...` and one row per learner.
public struct PaperSheet: Sendable {
    /// One learner's answers.
    public struct Entry: Sendable, Hashable {
        public var line: Int
        public var respondent: String
        /// One response per question of the sheet's `variant`, in its order.
        public var answers: [Response]
    }

    /// The variant restricted to the questions that have a column, in variant order.
    public var variant: QuizVariant
    /// The rows without problems.
    public var entries: [Entry]
    /// Problems in rows (each row with one is left out of `entries`).
    public var problems: [CSVProblem]
    /// The lines of rows left out.
    public var badLines: [Int]

    /// Reads `table` against `variant` (the questions and letter orders of the printed paper).
    /// Throws when the header is wrong; cell problems are collected in `problems`. Rows are read on all cores.
    public static func read(_ table: CSVTable, file: String, variant: QuizVariant, unitIDs: [String] = [])
        throws(PaperScoringError) -> PaperSheet
    {
        let columns = try headerColumns(table.header, file: file, variant: variant)
        let asked = Set(columns.map(\.question.question.id))
        var restricted = variant
        restricted.questions = variant.questions.filter { asked.contains($0.question.id) }
        // Where each column's answer goes among the restricted variant's questions.
        let slots = columns.map { column in
            restricted.questions.firstIndex { $0.question.id == column.question.question.id } ?? 0
        }
        let respondentColumn = table.header[0].trimmingWhitespace
        let rows = table.rows
        let read = ParallelChunks.map(count: rows.count) { range in
            range.map { index in
                readRow(rows[index], columns: columns, slots: slots, questionCount: restricted.questions.count,
                        table: table, respondentColumn: respondentColumn, file: file)
            }
        }

        var entries: [Entry] = []
        entries.reserveCapacity(read.count)
        var problems: [CSVProblem] = []
        var badLines: [Int] = []
        var firstLine: [String: Int] = [:]
        firstLine.reserveCapacity(read.count)
        for (row, outcome) in zip(rows, read) {
            var rowProblems = outcome.problems
            let respondentKey = CaselessKey.fold(outcome.entry.respondent)
            if !outcome.entry.respondent.isEmpty, let first = firstLine[respondentKey] {
                rowProblems.insert(
                    CSVProblem(file: file, line: row.line, column: respondentColumn,
                                 message: "\(TerminalText.quoted(outcome.entry.respondent)) already answered on line \(first)"),
                    at: 0)
            }
            if rowProblems.isEmpty {
                firstLine[respondentKey] = row.line
                entries.append(outcome.entry)
            } else {
                problems += rowProblems
                badLines.append(row.line)
            }
        }
        return PaperSheet(variant: restricted, entries: entries, problems: problems, badLines: badLines)
    }

    /// One row read on its own: its entry and its problems, except a repeated respondent (which depends on the
    /// rows before it).
    private static func readRow(
        _ row: CSVTable.Row, columns: [Column], slots: [Int], questionCount: Int, table: CSVTable,
        respondentColumn: String, file: String
    ) -> (entry: Entry, problems: [CSVProblem]) {
        var problems: [CSVProblem] = []
        let respondent = row[0].trimmingWhitespace
        if respondent.isEmpty {
            problems.append(
                CSVProblem(file: file, line: row.line, column: respondentColumn,
                             message: "expected a name or number, found an empty cell"))
        }
        if let problem = table.widthProblem(of: row, file: file) { problems.append(problem) }
        var answers = [Response](repeating: .blank, count: questionCount)
        for (column, slot) in zip(columns, slots) {
            switch PaperCell.parse(row[column.index], for: column.question) {
            case .success(let response): answers[slot] = response
            case .failure(let problem):
                problems.append(
                    CSVProblem(file: file, line: row.line, column: column.name, message: problem.description))
            }
        }
        return (Entry(line: row.line, respondent: respondent, answers: answers), problems)
    }

    /// A question column of the header (a class, so reading a row passes it on without copying the question).
    private final class Column: Sendable {
        let index: Int
        let name: String
        let question: PresentedQuestion

        init(index: Int, name: String, question: PresentedQuestion) {
            self.index = index
            self.name = name
            self.question = question
        }
    }

    private static func headerColumns(_ header: [String], file: String, variant: QuizVariant)
        throws(PaperScoringError) -> [Column]
    {
        var problems: [CSVProblem] = []
        let first = header.first?.trimmingWhitespace ?? ""
        if first.lowercased() != "respondent" {
            problems.append(
                CSVProblem(file: file, line: 1,
                             message: "the first column must be 'respondent', found '\(first)' "
                                 + "(hint: the header is respondent,<question id>,...)"))
        }
        var columns: [Column] = []
        var seen: Set<String> = []
        let ids = variant.questions.map(\.question.id)
        for (index, cell) in header.enumerated().dropFirst() {
            let name = cell.trimmingWhitespace
            if name.isEmpty {
                problems.append(CSVProblem(file: file, line: 1, message: "column \(index + 1) has no name; expected a question id"))
            } else if !seen.insert(name).inserted {
                problems.append(CSVProblem(file: file, line: 1, column: name, message: "appears twice in the header"))
            } else if let question = variant.question(name) {
                columns.append(Column(index: index, name: name, question: question))
            } else {
                let near = Suggestion.closest(to: name, in: ids).map { " (did you mean '\($0)'?)" } ?? ""
                problems.append(
                    CSVProblem(file: file, line: 1, column: name,
                                 message: "not a question of unit \(variant.unitID)\(near)"))
            }
        }
        if problems.isEmpty, columns.isEmpty {
            problems.append(
                CSVProblem(file: file, line: 1,
                             message: "no question columns; expected respondent,\(ids.prefix(3).joined(separator: ",")),..."))
        }
        guard problems.isEmpty else { throw PaperScoringError(problems: problems, isHeaderProblem: true) }
        return columns
    }
}
