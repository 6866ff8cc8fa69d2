import ArgumentParser
import EcoLearn

/// `ecolearn quiz analyse UNIT RESPONSES.csv`: item analysis of scored paper answers.
struct QuizAnalyseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyse",
        abstract: "Item analysis of paper answers: facility, discrimination, flags, unused distractors.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The unit id.") var unitID: String
    @Argument(help: "The CSV file of answers (as for quiz score).") var responses: String
    @Option(help: "The seed or variant code printed on the papers (default: file order).") var seed: String?
    @OptionGroup var analysis: QuizAnalysisOptions
    @Flag(help: "Analyse the good rows of a file with bad rows.") var skipBadRows = false

    func run() throws {
        let unit = try libraryOptions.loadUnit(unitID)
        _ = try QuizOptions.requireQuiz(unit)
        let language = try analysis.language(for: unit)
        let report = try PaperFile.score(
            responses, unit: unit, seed: QuizOptions.seed(seed, for: unit), language: language, skipBadRows: skipBadRows)
        let items = ItemAnalysis.analyse(unit, results: report.results)
        try analysis.print(items) {
            AnalysisReport.itemTable($0, unit: unit, results: report.results.count,
                                     language: language ?? unit.sourceLanguage)
        }
    }
}
