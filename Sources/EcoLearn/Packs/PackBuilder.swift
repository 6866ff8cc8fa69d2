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
        /// The printed pack, or nil when the spec asks only for slides.
        public var htmlFile: URL?
        /// The pack's PDF, or nil when none was asked for or WeasyPrint is missing.
        public var pdfFile: URL?
        /// The slide deck (`<name>-slides.html`), when the spec has the `slides` part.
        public var slidesFile: URL?
        /// The slides' PDF, one slide a page.
        public var slidesPDFFile: URL?
        /// Problems that did not stop the build (a unit not written for the audience, WeasyPrint missing).
        public var warnings: [Diagnostic]

        /// Every file written, in the order written.
        public var files: [URL] { [htmlFile, pdfFile, slidesFile, slidesPDFFile].compactMap { $0 } }
    }

    /// The pack's HTML page and the warnings found on the way. The same spec, library and date always give the
    /// same bytes.
    public func html(for spec: PackSpec, date: String? = nil) throws(PackBuildError) -> (html: String, warnings: [Diagnostic]) {
        try page(for: spec, date: date) { units in
            var composer = PackComposer(spec: spec, units: units, root: library.root, date: date)
            let view = composer.compose()
            return (composer.diagnostics, { $0.render(view) })
        }
    }

    /// The slide deck of the spec's units (docs/PACKS.md, "Slides"): one 16:9 HTML page in the spec's language,
    /// its quiz questions drawn as the spec's first quiz variant. The same inputs always give the same bytes.
    public func slidesHTML(for spec: PackSpec, date: String? = nil) throws(PackBuildError) -> (html: String, warnings: [Diagnostic]) {
        try page(for: spec, date: date) { units in
            var composer = SlideComposer(spec: spec, units: units, root: library.root, date: date)
            let deck = composer.compose()
            return (composer.diagnostics, { $0.render(deck) })
        }
    }

    /// One page of the spec: checks the spec and loads the templates, then `compose` lays the units out and
    /// gives its problems and how to render the result; errors stop the build before anything is rendered.
    private func page(
        for spec: PackSpec, date: String?,
        compose: ([LessonUnit]) -> (diagnostics: [Diagnostic], render: (PackTemplates) -> String)
    ) throws(PackBuildError) -> (html: String, warnings: [Diagnostic]) {
        let (units, problems) = try checked(spec, date: date)
        let templates = try PackTemplates.load(workspace: library.root)
        let composed = compose(units)
        if composed.diagnostics.hasErrors { throw PackBuildError(problems + composed.diagnostics) }
        return (composed.render(templates), templates.warnings + problems + composed.diagnostics)
    }

    /// The spec's units, or the errors that stop a build (a bad date, unknown or broken units).
    private func checked(_ spec: PackSpec, date: String?) throws(PackBuildError) -> (units: [LessonUnit], warnings: [Diagnostic]) {
        var problems: [Diagnostic] = []
        if let date, DayDate(iso: date) == nil {
            problems.append(Diagnostic(
                .error, at: nil, path: "date", "'\(date)' is not a date", hint: "write it as YYYY-MM-DD, e.g. 2025-05-14",
                file: spec.file.isEmpty ? nil : spec.file))
        }
        let (units, diagnostics) = PackSpecChecker(library: library).units(for: spec)
        problems += diagnostics
        if problems.hasErrors { throw PackBuildError(problems) }
        return (units, problems)
    }

    /// Writes `<name>.html` (and `<name>.pdf` when `pdf` is true) into `directory`, creating it when needed; with
    /// the `slides` part also `<name>-slides.html` (and its PDF). When WeasyPrint is missing the HTML is still
    /// written and a warning says how to install it.
    public func build(
        _ spec: PackSpec, name: String, into directory: URL, date: String? = nil, pdf: Bool = false
    ) throws(PackBuildError) -> Output {
        var output = Output(warnings: [])
        if spec.parts.contains(where: { $0 != .slides }) {
            let (html, warnings) = try self.html(for: spec, date: date)
            output.warnings += warnings
            (output.htmlFile, output.pdfFile) = try write(html, name: name, into: directory, pdf: pdf, warnings: &output.warnings)
        }
        if spec.parts.contains(.slides) {
            let (html, warnings) = try slidesHTML(for: spec, date: date)
            if output.htmlFile == nil { output.warnings += warnings }
            (output.slidesFile, output.slidesPDFFile) = try write(
                html, name: output.htmlFile == nil ? name : "\(name)-slides", into: directory, pdf: pdf,
                warnings: &output.warnings)
        }
        return output
    }

    /// Writes a slide deck alone: `<name>.html` (and `<name>.pdf`), as `ecolearn slides` does.
    public func buildSlides(
        _ spec: PackSpec, name: String, into directory: URL, date: String? = nil, pdf: Bool = false
    ) throws(PackBuildError) -> Output {
        var slidesOnly = spec
        slidesOnly.parts = [.slides]
        return try build(slidesOnly, name: name, into: directory, date: date, pdf: pdf)
    }

    /// Writes `html` as `<name>.html` and, when asked and WeasyPrint is there, `<name>.pdf`.
    private func write(
        _ html: String, name: String, into directory: URL, pdf: Bool, warnings: inout [Diagnostic]
    ) throws(PackBuildError) -> (html: URL, pdf: URL?) {
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
        guard pdf else { return (htmlFile, nil) }
        guard let weasyprint = WeasyPrint.locate() else {
            warnings.append(Diagnostic(
                .warning, at: nil, "WeasyPrint is not installed, so no PDF was written (the HTML was)",
                hint: "install it with `sudo apt-get install weasyprint`, or print the HTML from a browser",
                file: htmlFile.lastPathComponent))
            return (htmlFile, nil)
        }
        let pdfFile = directory.appendingPathComponent("\(name).pdf")
        warnings += try weasyprint.render(htmlFile, to: pdfFile)
        return (htmlFile, pdfFile)
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
            parts: parts ?? PackPart.printed, quiz: quiz)
    }

    /// A spec for a slide deck named on the command line: `lessons` in `language`, its quiz questions shuffled by
    /// `seed`. The audience is the first one every unit is written for (so no unit is warned about), else the
    /// first unit's; the title is `title`, the single unit's title, or "Slides" in the deck's language.
    public func slidesSpec(lessons: [String], language: String, title: String? = nil, seed: UInt64 = 1) -> PackSpec {
        let units = lessons.compactMap { library.unit($0) }
        let candidates = units.first?.audiences ?? []
        let audience = candidates.first { audience in units.allSatisfy { $0.audiences.contains(audience) } }
            ?? candidates.first ?? .public
        var spec = adHocSpec(
            lessons: lessons, language: language, audience: audience, parts: [.slides],
            title: title ?? (lessons.count == 1 ? nil : PackStrings.text(.slides, in: language)),
            quiz: PackSpec.QuizOptions(seed: seed))
        spec.parts = [.slides]
        return spec
    }
}
