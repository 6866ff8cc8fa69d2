import ArgumentParser
import EcoLearn

/// `ecolearn quiz gain UNIT PRE.csv POST.csv`: knowledge gained between a pre-test and a post-test.
struct QuizGainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gain",
        abstract: "Knowledge gain from a pre-test to a post-test: means, gain and normalised gain per objective.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The unit id.") var unitID: String
    @Argument(help: "The CSV file of pre-test answers.") var pre: String
    @Argument(help: "The CSV file of post-test answers.") var post: String
    @Option(help: "The seed or variant code of the pre-test papers (default: file order).") var preSeed: String?
    @Option(help: "The seed or variant code of the post-test papers (default: file order).") var postSeed: String?
    @OptionGroup var analysis: QuizAnalysisOptions

    func run() throws {
        let unit = try libraryOptions.loadUnit(unitID)
        _ = try QuizOptions.requireQuiz(unit)
        let language = try analysis.language(for: unit)
        let before = try PaperFile.score(pre, unit: unit, seed: QuizOptions.seed(preSeed, for: unit), language: language)
        let after = try PaperFile.score(post, unit: unit, seed: QuizOptions.seed(postSeed, for: unit), language: language)
        let gain = KnowledgeGain(unit: unit, pre: before.results, post: after.results)
        try analysis.print(gain, table: AnalysisReport.gainTable)
    }
}
