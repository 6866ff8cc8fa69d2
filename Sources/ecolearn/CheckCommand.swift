import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn check`: validates every lesson unit and reports every problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every lesson unit; print each problem as path:line:col.",
        discussion: "Exit status: 0 when clean, 1 when there are errors, 2 for a usage error.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var libraryOptions: LibraryOptions
    @Flag(help: "Treat warnings (such as draft translations) as errors.") var strict = false
    @Option(help: "Also report how complete this language is in every unit (en, lv, tr).") var lang: String?
    @Option(help: "Output format: text or json.") var format: Format = .text

    func run() throws {
        let library = Library.load(at: libraryOptions.root, keepingUnits: lang != nil)
        let report = CheckReport(library: library, strict: strict, language: lang)
        switch format {
        case .json:
            try Terminal.printJSON(report)
        case .text:
            var renderer = DiagnosticRenderer(root: libraryOptions.root, useColor: Terminal.stdoutIsColorTerminal)
            for diagnostic in report.diagnostics { print(renderer.render(diagnostic), terminator: "") }
            if let completeness = report.completeness { print(completeness.text, terminator: "") }
            print(report.summaryLine)
        }
        if !report.passed { throw ExitCode.failure }
    }
}
