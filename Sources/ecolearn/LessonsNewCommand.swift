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
        if let refusal = SkeletonWriter.refusal(id: id, languages: languages, folder: folder) {
            throw ValidationError(refusal.description)
        }
    }

    private var languages: [String] {
        lang.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func run() throws {
        let relative: String
        do {
            relative = try SkeletonWriter(root: libraryOptions.root).create(id: id, languages: languages, folder: folder)
        } catch let refusal as SkeletonWriter.Refusal {
            throw ValidationError(refusal.description)
        } catch {
            throw CommandFailure("\(error)")
        }
        print("wrote \(relative); fill in every TODO, then run: ecolearn check")
    }
}
