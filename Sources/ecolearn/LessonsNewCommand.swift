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
        let relative: String
        do {
            relative = try SkeletonWriter(root: libraryOptions.root).write(id: id, languages: languages, folder: folder)
        } catch {
            throw CommandFailure("\(error)")
        }
        print("wrote \(relative); fill in every TODO, then run: ecolearn check")
    }
}
