import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn lessons show ID`: the whole unit in one language.
struct LessonsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a whole unit in one language.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The unit id.") var id: String
    @Option(help: "The language to show (default: the unit's source language).") var lang: String?
    @Option(help: "Output format: text or json.") var format: Format = .text

    func run() throws {
        let unit = try libraryOptions.loadUnit(id)
        let language = lang ?? unit.sourceLanguage
        guard unit.languages.contains(language) else {
            throw ValidationError("unit '\(unit.id)' is not written in '\(language)'; it has \(unit.languages.joined(separator: ", "))")
        }
        switch format {
        case .text:
            print(UnitTextRenderer(language: language).render(unit), terminator: "")
        case .json:
            try Terminal.printJSON(unit)
        }
    }
}
