/// `ecolearn quiz score`: scores a CSV of paper answers against the variant the papers were printed from.
public enum PaperScoring {
    /// What scoring a file produced.
    public struct Report: Sendable {
        /// The variant scored (only the questions with a column).
        public var variant: QuizVariant
        /// One result per good row, in file order.
        public var results: [QuizResult]
        /// Problems of rows that were skipped (only with `skipBadRows`).
        public var skipped: [CSVProblem]
        /// The lines of skipped rows.
        public var skippedLines: [Int]
        /// The mean fraction per question, in variant order.
        public var facility: [(questionID: String, facility: Double)] {
            ItemAnalysis.facility(of: variant, results: results)
        }
    }

    /// Scores `bytes` (CSV) for `unit`: letters as printed in the variant of `seed`, or in file order when
    /// `seed` is nil. Short answers are compared in `language` (in any of the unit's languages when nil).
    ///
    /// Throws `CSVError` for a file that is not readable CSV and `PaperScoringError` for a wrong header or,
    /// unless `skipBadRows`, for any bad cell: then nothing is scored.
    public static func score(
        _ bytes: [UInt8], file: String, unit: LessonUnit, seed: UInt64?, language: String? = nil,
        skipBadRows: Bool = false
    ) throws -> Report {
        let table = try CSVTable.parse(bytes, file: file)
        let variant = seed.map { QuizVariant.drawn(from: unit, seed: $0) } ?? QuizVariant.fileOrder(of: unit)
        let sheet = try PaperSheet.read(table, file: file, variant: variant)
        if !sheet.problems.isEmpty, !skipBadRows {
            throw PaperScoringError(problems: sheet.problems, isHeaderProblem: false)
        }
        let passPercent = unit.quiz?.passPercent ?? 60
        let entries = sheet.entries
        let results = ParallelChunks.map(count: entries.count) { range in
            range.map { index in
                QuizScorer.score(
                    entries[index].answers, to: sheet.variant, respondent: entries[index].respondent,
                    passPercent: passPercent, language: language)
            }
        }
        return Report(variant: sheet.variant, results: results, skipped: sheet.problems, skippedLines: sheet.badLines)
    }
}
