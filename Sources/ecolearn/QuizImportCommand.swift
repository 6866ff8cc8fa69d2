import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn quiz import FILE.gift --into UNIT`: brings a GIFT question bank into a unit's YAML file.
struct QuizImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the questions of a Moodle GIFT file to a unit's quiz (as YAML you can edit).")

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The GIFT file.") var file: String
    @Option(help: "The unit to add the questions to.") var into: String
    @Option(help: "The language the GIFT text is written in (default: the unit's source language).") var lang: String?
    @Option(help: "The objective the questions assess when their $CATEGORY names none (default: the unit's first).")
    var objective: String?
    @Flag(help: "Show the YAML that would be added without changing the file.") var dryRun = false

    func run() throws {
        let unit = try libraryOptions.loadUnit(into)
        let language = try QuizOptions.language(lang, for: unit) ?? unit.sourceLanguage
        let objectiveID = objective ?? unit.objectives.first?.id ?? ""
        guard unit.objective(objectiveID) != nil else {
            let known = unit.objectives.map(\.id).joined(separator: ", ")
            throw ValidationError("--objective: unit '\(unit.id)' has no objective '\(objectiveID)'; it has \(known)")
        }
        let bytes = try InputFile.read(file)
        guard let gift = String(validating: bytes, as: UTF8.self), !bytes.contains(0) else {
            throw CommandFailure("\(file): not UTF-8 text (hint: save the GIFT file as UTF-8)")
        }
        let path = libraryOptions.root.appendingPathComponent(unit.file)
        let source = try InputFile.read(path.path)
        let result: QuizInterchange.ImportResult
        do {
            result = try QuizInterchange.importGIFT(
                gift, file: file, into: unit, source: source, language: language, objective: objectiveID)
        } catch {
            throw CommandFailure("\(error)")
        }
        guard result.problems.isEmpty else {
            for problem in result.problems { Terminal.printError(problem.description) }
            Terminal.printError("nothing imported: \(result.problems.count) problem(s) in \(file)")
            throw ExitCode.failure
        }
        for warning in result.warnings { Terminal.printError("warning: \(warning.description)") }
        guard !result.questions.isEmpty else { throw CommandFailure("\(file): no questions found") }
        if dryRun {
            print(String(decoding: result.bytes, as: UTF8.self), terminator: "")
            return
        }
        try CommandOutput.write(result.bytes, to: path.path, library: libraryOptions)
        print("added \(result.questions.count) question(s) to \(unit.file): \(result.questions.map(\.id).joined(separator: ", "))")
        let missing = unit.languages.filter { $0 != language }
        if !missing.isEmpty {
            print("the new questions are in '\(language)' only; add \(missing.joined(separator: ", ")) (ecolearn check lists each text)")
        }
    }
}
