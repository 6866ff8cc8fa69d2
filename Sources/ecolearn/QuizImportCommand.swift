import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn quiz import FILE.gift|FILE.xml --into UNIT`: brings a GIFT or Moodle XML question bank into a unit's
/// YAML file (and embedded images under media/UNIT/).
struct QuizImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the questions of a Moodle GIFT or Moodle XML file to a unit's quiz (as YAML you can edit).")

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The GIFT file, or a Moodle XML file (.xml).") var file: String
    @Option(help: "The unit to add the questions to.") var into: String
    @Option(help: "The language the questions are written in (default: the unit's source language).") var lang: String?
    @Option(help: "The objective the questions assess when their $CATEGORY names none (default: the unit's first).")
    var objective: String?
    @Flag(help: "Show the YAML that would be added without changing the file.") var dryRun = false

    func run() throws {
        let unit = try libraryOptions.loadUnit(into)
        let language = try QuizOptions.language(lang, for: unit) ?? unit.sourceLanguage
        let objectiveID: String
        do {
            objectiveID = try QuizInterchange.objective(objective, in: unit)
        } catch {
            throw ValidationError("--objective: \(error)")
        }
        let bytes = try InputFile.read(file)
        let path = libraryOptions.root.appendingPathComponent(unit.file)
        let source = try InputFile.read(path.path)
        let result: QuizInterchange.ImportResult
        do {
            result = try QuizInterchange.importFile(
                bytes, file: file, into: unit, source: source, language: language, objective: objectiveID)
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
        try saveMedia(result.media)
        try CommandOutput.write(result.bytes, to: path.path, library: libraryOptions)
        print("added \(result.questions.count) question(s) to \(unit.file): \(result.questions.map(\.id).joined(separator: ", "))")
        let missing = unit.languages.filter { $0 != language }
        if !missing.isEmpty {
            print("the new questions are in '\(language)' only; add \(missing.joined(separator: ", ")) (ecolearn check lists each text)")
        }
    }

    /// Writes the imported images; refuses, before writing any, when a file of that name holds other bytes.
    private func saveMedia(_ media: [MoodleXMLReader.MediaFile]) throws {
        let files = media.map { (url: libraryOptions.root.appendingPathComponent($0.path), file: $0) }
        for (url, file) in files {
            if let existing = FileManager.default.contents(atPath: url.path), [UInt8](existing) != file.bytes {
                throw CommandFailure("\(file.path) already exists with other content; nothing imported (hint: rename or move that file first)")
            }
        }
        for (url, file) in files {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw CommandFailure("\(file.path): cannot create its folder: \(error.localizedDescription)")
            }
            try CommandOutput.write(file.bytes, to: url.path, library: libraryOptions)
        }
        if !media.isEmpty { print("saved \(media.count) image(s): \(media.map(\.path).joined(separator: ", "))") }
    }
}
