import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn quiz export UNIT --format gift|moodle-xml`: the quiz for Moodle.
struct QuizExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a unit's quiz as Moodle GIFT or Moodle XML.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The unit id.") var unitID: String
    @Option(help: "gift or moodle-xml.") var format: QuizInterchange.Format
    @Option(help: "The language to export (default: the unit's source language).") var lang: String?
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let unit = try libraryOptions.loadUnit(unitID)
        _ = try QuizOptions.requireQuiz(unit)
        let language = try QuizOptions.language(lang, for: unit) ?? unit.sourceLanguage
        let (text, warnings) = QuizInterchange.export(unit, format: format, language: language)
        for warning in warnings { Terminal.printError("warning: \(warning)") }
        guard let output else {
            print(text, terminator: "")
            return
        }
        try CommandOutput.write(Array(text.utf8), to: output, library: libraryOptions)
    }
}

extension QuizInterchange.Format: ExpressibleByArgument {}
