import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn lessons new ID`: writes a skeleton unit to fill in.
struct LessonsNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Write a skeleton lesson unit to lessons/<folder>/<id>.yaml.")

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The new unit's id (a lowercase slug, also the file name).") var id: String
    @Option(help: "Comma-separated languages; the first is the source language.") var lang: String = "en"
    @Option(help: "The topic folder under lessons/.") var folder: String = "waste"

    func validate() throws {
        guard Vocabulary.isSlug(id) else {
            throw ValidationError("'\(id)' is not a slug: use lowercase letters, digits and single hyphens")
        }
        guard Vocabulary.isSlug(folder) else { throw ValidationError("folder '\(folder)' must be a slug such as waste") }
        for language in languages where !Vocabulary.supportedLanguages.contains(language) {
            throw ValidationError("unsupported language '\(language)'; use \(Vocabulary.supportedLanguages.joined(separator: ", "))")
        }
    }

    private var languages: [String] {
        lang.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func run() throws {
        let library = Library.load(at: libraryOptions.root)
        if let existing = library.unit(id) {
            throw ValidationError("a unit '\(id)' already exists: \(existing.file)")
        }
        let relative = "lessons/\(folder)/\(id).yaml"
        let url = libraryOptions.root.appendingPathComponent(relative)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw ValidationError("\(relative) already exists; choose another id")
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(LessonSkeleton.yaml(id: id, languages: languages).utf8).write(to: url, options: .withoutOverwriting)
        print("wrote \(relative); fill in every TODO, then run: ecolearn check")
    }
}
