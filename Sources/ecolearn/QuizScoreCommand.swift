import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn quiz score UNIT RESPONSES.csv`: scores answers typed in from paper.
struct QuizScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score paper answers typed into a CSV file.",
        discussion: """
            The CSV header is respondent,<question id>,... Cells hold what the paper shows: option letters \
            (AC or A C for several), T/F (also true/false, J/N, D/Y), numbers (2.5 or 2,5), text, order \
            letters, and for match and sort one letter per item. Comma or semicolon separated.
            """)

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The unit id.") var unitID: String
    @Argument(help: "The CSV file of answers.") var responses: String
    @Option(help: "The seed or variant code printed on the papers (default: questions and options in file order).")
    var seed: String?
    @Option(help: "The language of short answers (default: any of the unit's languages).") var lang: String?
    @Option(help: "Output format: table, csv or json.") var format: ScoreReportFormat = .table
    @Flag(help: "Score the good rows of a file with bad rows, listing the rows left out.")
    var skipBadRows = false
    @OptionGroup var saving: QuizSaveOptions

    func run() async throws {
        let unit = try libraryOptions.loadUnit(unitID)
        _ = try QuizOptions.requireQuiz(unit)
        let seed = try QuizOptions.seed(seed, for: unit)
        let language = try QuizOptions.language(lang, for: unit)
        let report = try PaperFile.score(
            responses, unit: unit, seed: seed, language: language, skipBadRows: skipBadRows)
        try await saving.save(report.results, library: libraryOptions)
        try format.write(report, unit: unit) { try FileHandle.standardOutput.write(contentsOf: Data($0)) }
    }
}

extension ScoreReportFormat: ExpressibleByArgument {}
