import ArgumentParser
import EcoLearn

/// `ecolearn quiz analyse UNIT RESPONSES.csv`: item analysis of scored paper answers.
struct QuizAnalyseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Item analysis of paper answers: facility, discrimination, flags, unused distractors.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The unit id.") var unitID: String
    @Argument(help: "The CSV file of answers (as for quiz score).") var responses: String
    @Option(help: "The seed or variant code printed on the papers (default: file order).") var seed: String?
    @Option(help: "The language of short answers and of the distractor texts shown.") var lang: String?
    @Option(help: "Output format: table or json.") var format: Format = .table
    @Flag(help: "Analyse the good rows of a file with bad rows.") var skipBadRows = false

    func run() throws {
        let unit = try libraryOptions.loadUnit(unitID)
        _ = try QuizOptions.requireQuiz(unit)
        let language = try QuizOptions.language(lang, for: unit)
        let report = try PaperFile.score(
            responses, unit: unit, seed: QuizOptions.seed(seed, for: unit), language: language, skipBadRows: skipBadRows)
        let items = ItemAnalysis.analyse(unit, results: report.results)
        switch format {
        case .table:
            print(AnalysisReport.itemTable(items, unit: unit, results: report.results.count,
                                           language: language ?? unit.sourceLanguage), terminator: "")
        case .json:
            print(try StableJSON.encode(items))
        }
    }
}
