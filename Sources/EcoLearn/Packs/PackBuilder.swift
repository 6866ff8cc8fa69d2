import Foundation

/// Builds printable packs from a workspace: checks the spec, composes the pages, renders the templates and
/// writes one self-contained HTML file (and a PDF through WeasyPrint when asked).
public struct PackBuilder: Sendable {
    public var library: Library

    public init(library: Library) {
        self.library = library
    }

    /// What a build wrote.
    public struct Output: Sendable {
        public var htmlFile: URL
        /// The PDF, or nil when none was asked for or WeasyPrint is missing.
        public var pdfFile: URL?
        /// Problems that did not stop the build (a unit not written for the audience, WeasyPrint missing).
        public var warnings: [Diagnostic]
    }

    /// The pack's HTML page and the warnings found on the way. The same spec, library and date always give the
    /// same bytes.
    public func html(for spec: PackSpec, date: String? = nil) throws(PackBuildError) -> (html: String, warnings: [Diagnostic]) {
        var problems: [Diagnostic] = []
        if let date, DayDate(iso: date) == nil {
            problems.append(Diagnostic(
                .error, at: nil, path: "date", "'\(date)' is not a date", hint: "write it as YYYY-MM-DD, e.g. 2025-05-14",
                file: spec.file.isEmpty ? nil : spec.file))
        }
        let (units, diagnostics) = PackSpecChecker(library: library).units(for: spec)
        problems += diagnostics
        if problems.hasErrors { throw PackBuildError(problems) }
        let templates = try PackTemplates(workspace: library.root)
        var composer = PackComposer(spec: spec, units: units, root: library.root, date: date)
        let view = composer.compose()
        if composer.diagnostics.hasErrors { throw PackBuildError(problems + composer.diagnostics) }
        return (templates.render(view), templates.warnings + problems + composer.diagnostics)
    }

    /// Writes `<name>.html` (and `<name>.pdf` when `pdf` is true) into `directory`, creating it when needed.
    /// When WeasyPrint is missing the HTML is still written and a warning says how to install it.
    public func build(
        _ spec: PackSpec, name: String, into directory: URL, date: String? = nil, pdf: Bool = false
    ) throws(PackBuildError) -> Output {
        let (html, warnings) = try self.html(for: spec, date: date)
        let htmlFile = directory.appendingPathComponent("\(name).html")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw PackBuildError([Diagnostic(
                .error, at: nil, "cannot create the folder \(directory.path): \(error.localizedDescription)",
                hint: "check that the output folder is writable", file: htmlFile.path)])
        }
        do {
            try OutputFile.write(Array(html.utf8), to: htmlFile.path)
        } catch {
            throw PackBuildError([Diagnostic(
                .error, at: nil, error.description, hint: "check that the output folder is writable", file: htmlFile.path)])
        }
        var output = Output(htmlFile: htmlFile, pdfFile: nil, warnings: warnings)
        guard pdf else { return output }
        guard let weasyprint = WeasyPrint.locate() else {
            output.warnings.append(Diagnostic(
                .warning, at: nil, "WeasyPrint is not installed, so no PDF was written (the HTML was)",
                hint: "install it with `sudo apt-get install weasyprint`, or print the HTML from a browser",
                file: htmlFile.lastPathComponent))
            return output
        }
        let pdfFile = directory.appendingPathComponent("\(name).pdf")
        output.warnings += try weasyprint.render(htmlFile, to: pdfFile)
        output.pdfFile = pdfFile
        return output
    }

    /// A spec for a pack named on the command line rather than in a file. Without a title, a single unit's title
    /// (or "Lesson pack" in the pack's language) is used.
    public func adHocSpec(
        lessons: [String], language: String, audience: Audience, parts: [PackPart]? = nil, title: String? = nil,
        organisation: String? = nil, quiz: PackSpec.QuizOptions = PackSpec.QuizOptions()
    ) -> PackSpec {
        let fallback = lessons.count == 1 ? library.unit(lessons[0])?.title[language] : nil
        let printed = title ?? fallback ?? PackStrings.text(.lessonPack, in: language)
        let mark = SourceMark(file: "", line: 0, column: 0)
        return PackSpec(
            title: LocalizedText(entries: [.init(language: language, text: printed, mark: mark)], mark: mark),
            language: language, audience: audience, organisation: organisation, lessons: lessons,
            parts: parts ?? PackPart.allCases, quiz: quiz)
    }
}
