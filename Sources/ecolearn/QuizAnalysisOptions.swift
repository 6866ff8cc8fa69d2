import ArgumentParser
import EcoLearn

/// `--lang` and `--format`, shared by `quiz analyse` and `quiz gain`.
struct QuizAnalysisOptions: ParsableArguments {
    /// The two forms an analysis is printed in.
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: "The language of short answers and of the texts shown (default: any of the unit's languages).")
    var lang: String?
    @Option(help: "Output format: table or json.") var format: Format = .table

    /// `--lang`, checked against the unit's languages.
    func language(for unit: LessonUnit) throws -> String? {
        try QuizOptions.language(lang, for: unit)
    }

    /// Prints `value` as the table `table` renders, or as JSON.
    func print<T: Encodable>(_ value: T, table: (T) -> String) throws {
        switch format {
        case .table: Swift.print(table(value), terminator: "")
        case .json: Swift.print(try StableJSON.encode(value))
        }
    }
}
