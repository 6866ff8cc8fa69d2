import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn slides`: a presentation deck (one self-contained 16:9 HTML file, and a PDF) from lesson units.
struct SlidesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slides",
        abstract: "Write presentation slides (HTML, and PDF through WeasyPrint) from one or more lesson units.",
        discussion: """
            Writes UNIT-LANG-slides.html for one unit, or slides-LANG.html for several, into the output folder; \
            with --pdf also the PDF (one slide a page) through WeasyPrint. In a browser: arrow keys or space move, \
            P opens the presenter view (notes, next slide, clock), F goes full screen; without JavaScript the deck \
            is a scrolling page. When WeasyPrint is missing the HTML is still written and the exit status stays 0.
            Exit status: 0 when the deck was written, 1 when a unit has errors, 2 for a usage error.
            """)

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The unit ids, in the order of the deck.") var units: [String]
    @Option(help: "The deck's language: en, lv or tr.") var lang: String
    @Option(help: "The deck's title (default: the unit's title, or \"Slides\" for several units).") var title: String?
    @Option(help: "The seed that shuffles the quiz questions and their options.") var seed: UInt64 = 1
    @Option(name: [.short, .customLong("output")], help: "The folder to write into.") var output: String = "."
    @Flag(help: "Also write a PDF, one slide a page (needs WeasyPrint).") var pdf = false

    func validate() throws {
        guard !units.isEmpty else { throw ValidationError("name at least one unit, e.g. ecolearn slides waste-hierarchy --lang lv") }
        guard PackStrings.languages.contains(lang) else {
            throw ValidationError("--lang: slides are written in \(PackStrings.languages.joined(separator: ", ")), not '\(lang)'")
        }
    }

    func run() throws {
        let library = try libraryOptions.load(only: Set(units))
        let builder = PackBuilder(library: library)
        let spec = builder.slidesSpec(lessons: units, language: lang, title: title, seed: seed)
        let name = PackSpec.slidesName(lessons: units, language: lang)
        do {
            let result = try builder.buildSlides(spec, name: name, into: URL(fileURLWithPath: output), pdf: pdf)
            Terminal.printDiagnostics(result.warnings, root: URL(fileURLWithPath: "."))
            for file in result.files { print("wrote \(Terminal.displayPath(file))") }
        } catch {
            Terminal.printDiagnostics(error.diagnostics, root: URL(fileURLWithPath: "."))
            throw ExitCode.failure
        }
    }
}
