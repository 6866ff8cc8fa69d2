/// What `ecolearn check` reports: the diagnostics (warnings promoted under `--strict`), counts, and optionally
/// one language's completeness.
public struct CheckReport: Sendable, Codable {
    public var units: Int
    public var files: Int
    public var errors: Int
    public var warnings: Int
    public var diagnostics: [Diagnostic]
    public var completeness: LanguageCompleteness?

    /// Builds the report. With a language, a unit that does not have it in every text counts as an error.
    public init(library: Library, strict: Bool, language: String? = nil) {
        var diagnostics = library.diagnostics
        if strict {
            diagnostics = diagnostics.map { diagnostic in
                var promoted = diagnostic
                promoted.severity = .error
                return promoted
            }
        }
        if let language {
            let completeness = LanguageCompleteness(language: language, units: library.units)
            for state in completeness.units where !state.declared || state.missing > 0 {
                let unit = library.unit(state.unit)
                diagnostics.append(.error(
                    "unit is not complete in '\(language)': \(state.missing) of \(state.texts) texts missing",
                    at: unit?.fieldMarks["languages"], path: "languages",
                    hint: state.declared ? "write the missing texts" : "add '\(language)' to languages and translate every text"))
            }
            self.completeness = completeness
        }
        self.diagnostics = diagnostics
        units = library.unitCount
        files = library.files.count
        errors = diagnostics.filter { $0.severity == .error }.count
        warnings = diagnostics.count - errors
    }

    /// True when nothing counts as an error.
    public var passed: Bool { errors == 0 }

    /// `checked 16 lesson files: 0 errors, 2 warnings`.
    public var summaryLine: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "checked \(plural(files, "lesson file")): \(plural(errors, "error")), \(plural(warnings, "warning"))"
    }
}
