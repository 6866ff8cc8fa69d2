import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn pack build`: one self-contained HTML file (and a PDF) from a pack spec or from lessons named here.
struct PackBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a printable pack from a spec (packs/*.yaml) or from --lesson ... --lang --audience.",
        discussion: """
            Writes NAME.html (NAME is the spec's file name, or pack-LANG-AUDIENCE) into the output folder; with \
            --pdf also NAME.pdf through WeasyPrint. When WeasyPrint is missing the HTML is still written, a \
            warning says how to install it, and the exit status stays 0.
            Exit status: 0 when the pack was written, 1 when the spec or its lessons have errors, 2 for a usage error.
            """)

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "The pack spec (YAML), e.g. packs/latvian-school-pack.yaml.") var spec: String?
    @Option(name: .customLong("lesson"), help: "A unit id for a pack without a spec (repeat for more).")
    var lessons: [String] = []
    @Option(help: "The pack's language without a spec: en, lv or tr.") var lang: String?
    @Option(help: "The audience without a spec: school, ngo, municipal or public.") var audience: Audience?
    @Option(help: "The parts without a spec, comma-separated (default: all).") var parts: String?
    @Option(help: "The title without a spec.") var title: String?
    @Option(name: [.short, .customLong("output")], help: "The folder to write into.") var output: String = "."
    @Flag(help: "Also write a PDF (needs WeasyPrint).") var pdf = false
    @Option(help: "The date printed on the cover and certificate (YYYY-MM-DD); none by default.") var date: String?

    func validate() throws {
        if spec != nil, !lessons.isEmpty {
            throw ValidationError("give either a spec file or --lesson, not both")
        }
        if spec == nil {
            guard !lessons.isEmpty else { throw ValidationError("give a spec file, or --lesson ID with --lang and --audience") }
            guard lang != nil, audience != nil else { throw ValidationError("--lesson needs --lang and --audience") }
        } else if lang != nil || audience != nil || parts != nil || title != nil {
            throw ValidationError("--lang, --audience, --parts and --title go with --lesson; a spec file sets them itself")
        }
    }

    func run() throws {
        var packSpec: PackSpec?
        if let spec {
            let (decoded, diagnostics) = PackSpecDecoder().load(URL(fileURLWithPath: spec), file: spec)
            Terminal.printDiagnostics(diagnostics, root: URL(fileURLWithPath: "."))
            guard let decoded else { throw ExitCode.failure }
            packSpec = decoded
        }
        let library = try libraryOptions.load(only: Set(packSpec?.lessons ?? lessons))
        let builder = PackBuilder(library: library)
        let chosen = try packSpec ?? builder.adHocSpec(
            lessons: lessons, language: lang ?? "en", audience: audience ?? .school, parts: try parsedParts(),
            title: title)
        do {
            let result = try builder.build(
                chosen, name: chosen.outputName, into: URL(fileURLWithPath: output), date: date, pdf: pdf)
            Terminal.printDiagnostics(result.warnings, root: URL(fileURLWithPath: "."))
            for file in result.files { print("wrote \(Terminal.displayPath(file))") }
        } catch {
            Terminal.printDiagnostics(error.diagnostics, root: URL(fileURLWithPath: "."))
            throw ExitCode.failure
        }
    }

    private func parsedParts() throws -> [PackPart]? {
        guard let parts else { return nil }
        do {
            return try PackPart.list(parsing: parts)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
