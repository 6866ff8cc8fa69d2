import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn quiz run UNIT`: an interactive quiz in the terminal (answers may also be piped in).
struct QuizRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Take a unit's quiz in the terminal.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The unit id.") var unitID: String
    @Option(help: "The language to ask in (default: the unit's source language).") var lang: String?
    @Option(help: "Ask this many questions, drawn from the quiz (default: all).") var count: Int?
    @Option(help: "The seed or variant code (default: a new random seed, printed so the run can be repeated).")
    var seed: String?
    @Flag(help: "Do not show feedback and explanations after each answer.") var noFeedback = false
    @Option(help: "Who is answering (recorded in a saved result).") var respondent = "anonymous"
    @Option(help: "Write the scored result as JSON to this file.") var save: String?

    func run() throws {
        let unit = try libraryOptions.loadUnit(unitID)
        let quiz = try QuizOptions.requireQuiz(unit)
        let language = try QuizOptions.language(lang, for: unit) ?? unit.sourceLanguage
        if let count, count < 1 || count > quiz.questions.count {
            throw ValidationError("--count: expected 1 to \(quiz.questions.count) (the questions in \(unit.id)), found \(count)")
        }
        let seed = try QuizOptions.seed(seed, for: unit) ?? UInt64.random(in: 1...9999)
        var session = QuizSession(
            unit: unit, variant: QuizVariant.drawn(from: unit, count: count, seed: seed), language: language,
            showFeedback: !noFeedback, respondent: respondent)
        let result = session.play(
            repeatWith: { "--seed \($0)" }, echoInput: isatty(STDIN_FILENO) == 0, readLine: { Swift.readLine() },
            write: { print($0, terminator: "") })
        if let save {
            try CommandOutput.write(Array((try StableJSON.encode(result) + "\n").utf8), to: save, library: libraryOptions)
        }
    }
}
