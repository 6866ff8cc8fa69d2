import ArgumentParser
import EcoLearn
import EcoLearnSite
import Foundation

/// `ecolearn site build`: the static website of the library (docs/SITE.md).
struct SiteBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a static website of the library: home pages, a page per unit and language, downloads.",
        discussion: """
            Writes the site into the output folder (default: site). It works from file:// and from any static \
            host. With --base-url (the address the site will have) it also writes sitemap.xml, an Atom feed per \
            language and canonical links. Building again into the same folder remakes only the units that changed.
            A unit whose file has errors is left out, its errors are printed, and the exit status is 1.
            Exit status: 0 when every unit is on the site, 1 when some were left out, 2 for a usage error.
            """)

    @OptionGroup var libraryOptions: LibraryOptions
    @Option(name: [.short, .customLong("output")], help: "The folder to write the site into.") var output: String = "site"
    @Option(name: .customLong("base-url"), help: "The site's address, e.g. https://example.org/lessons/.")
    var baseURL: String?
    @Flag(help: "Also write each printable pack as PDF (needs WeasyPrint).") var pdf = false

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) || baseURL.contains(" ") {
            throw ValidationError("--base-url: '\(baseURL)' is not an http(s) address, e.g. https://example.org/lessons/")
        }
    }

    func run() throws {
        let library = libraryOptions.root
        let loaded = Library.load(at: library)
        let builder = SiteBuilder(library: loaded, settings: SiteBuilder.Settings(baseURL: baseURL, pdf: pdf))
        let folder = URL(fileURLWithPath: output)
        let report: SiteBuilder.Report
        do {
            report = try builder.build(into: folder)
        } catch {
            Terminal.printDiagnostics(error.diagnostics, root: library)
            throw ExitCode.failure
        }
        Terminal.printDiagnostics(report.diagnostics, root: library)
        for file in report.leftOut { Terminal.printError("left out \(file): it has errors (listed above)") }
        let kept = report.reusedUnits > 0 ? " (\(report.reusedUnits) as in the last build)" : ""
        print("built \(report.units) units into \(Terminal.displayPath(folder))\(kept): \(report.written.count) files "
            + "written, \(report.unchanged) unchanged, \(report.removed.count) removed")
        if !report.hasSitemap {
            print("note: no sitemap.xml and no feeds: they need the site's address (--base-url https://...)")
        }
        if report.diagnostics.hasErrors || !report.leftOut.isEmpty { throw ExitCode.failure }
    }
}
