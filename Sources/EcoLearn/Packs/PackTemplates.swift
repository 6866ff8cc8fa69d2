import Foundation
import Mustache

/// The Mustache templates a pack is rendered with: the built-in ones shipped with EcoLearn (found through
/// `ShippedFiles`), each replaceable by a file of the same name in the workspace's `templates/` folder
/// (e.g. `templates/cover.mustache`).
///
/// Before anything is rendered, every include is checked: it must name a pack template (not a file, not a name
/// chosen at render time), and no template may include itself, directly or through others (swift-mustache would
/// recurse without end). A file in `templates/` that replaces no template is a warning.
///
/// Two engines render them, with the same bytes for the built-in templates: ecolearn's own (`BuiltInTemplates`,
/// several times faster) when the workspace overrides no template, and swift-mustache when it overrides one (an
/// override may use any Mustache feature) or when the built-in files use something the own renderer leaves to it.
struct PackTemplates {
    /// Every template a pack uses; `pack` is the printed pack's page and `slides` the slide deck's, the others
    /// are their partials.
    static let names = [
        "pack", "style", "cover", "contents", "teacher-guide", "worksheets", "learner-header", "quiz", "question",
        "answer-key", "sign-in-sheet", "certificate", "slides", "slides-style", "slides-script", "slide",
        "slide-question",
    ]

    /// The engine that renders these templates.
    enum Engine: Equatable {
        /// `BuiltInTemplates`, for the built-in templates.
        case builtIn
        /// swift-mustache, for a workspace that overrides templates.
        case swiftMustache
    }

    private let builtInTemplates: BuiltInTemplates?
    private let library: MustacheLibrary
    /// Problems that do not stop the build: files in `templates/` that replace no template.
    let warnings: [Diagnostic]

    /// One template's text and where it came from.
    private struct Source {
        var name: String
        /// `templates/cover.mustache` or `built-in template cover.mustache`.
        var shown: String
        var isOverride: Bool
        var includes: [TemplateIncludes.Include] = []

        func mark(of include: TemplateIncludes.Include) -> SourceMark {
            SourceMark(file: shown, line: include.line, column: include.column)
        }
    }

    /// Which engine renders these templates.
    var engine: Engine { builtInTemplates == nil ? .swiftMustache : .builtIn }

    /// The built-in templates, with the overrides found in `workspace/templates/`. `engine` `.swiftMustache` makes
    /// swift-mustache render even the built-in templates (the tests compare the two engines with it).
    init(workspace: URL?, engine: Engine = .builtIn) throws(PackBuildError) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var sources: [String: Source] = [:]
        var texts: [String: String] = [:]
        let overrides = workspace?.appendingPathComponent("templates")
        warnings = overrides.map(Self.unusedFiles) ?? []
        guard ShippedFiles.current != nil else {
            throw PackBuildError(warnings + [Diagnostic(.error, at: nil, ShippedFiles.notFound(), hint: ShippedFiles.notFoundHint)])
        }
        let overrideFiles = Self.names.compactMap { name -> URL? in
            let file = overrides?.appendingPathComponent("\(name).mustache")
            return file.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
        }
        let useSwiftMustache = engine == .swiftMustache || !overrideFiles.isEmpty
        for name in Self.names {
            let override = overrideFiles.first { $0.lastPathComponent == "\(name).mustache" }
            let file = override ?? Self.builtIn(name)
            var source = override == nil
                ? Source(name: name, shown: "built-in template \(name).mustache", isOverride: false)
                : Source(name: name, shown: "templates/\(name).mustache", isOverride: true)
            guard let file, let data = try? Data(contentsOf: file), let text = String(data: data, encoding: .utf8)
            else {
                diagnostics.append(Diagnostic(
                    .error, at: nil, "cannot read \(source.shown)", hint: "the file must be UTF-8 text", file: source.shown))
                continue
            }
            texts[name] = text
            if useSwiftMustache, let problem = Self.register(text, as: source, in: &library) {
                diagnostics.append(problem)
                continue
            }
            source.includes = TemplateIncludes.of(text)
            sources[name] = source
        }
        var builtInTemplates: BuiltInTemplates?
        if !useSwiftMustache && diagnostics.isEmpty {
            builtInTemplates = BuiltInTemplates(texts)
            if builtInTemplates == nil {
                for name in Self.names {
                    guard let text = texts[name], let source = sources[name] else { continue }
                    if let problem = Self.register(text, as: source, in: &library) { diagnostics.append(problem) }
                }
            }
        }
        diagnostics += Self.includeProblems(sources)
        if !diagnostics.isEmpty { throw PackBuildError(warnings + diagnostics) }
        self.builtInTemplates = builtInTemplates
        self.library = library
    }

    /// Parses `text` into swift-mustache's `library`, escaping with `PackHTMLContentType`; the error when it does not
    /// parse (at the line of `text`, not counting the content type's pragma line before it).
    private static func register(_ text: String, as source: Source, in library: inout MustacheLibrary) -> Diagnostic? {
        PackHTMLContentType.registered
        do {
            try library.register(PackHTMLContentType.pragmaLine + text, named: source.name)
            return nil
        } catch let error as MustacheTemplate.ParserError {
            let (problem, hint) = explanation(of: error.error)
            return .error(
                "template does not parse: \(problem)",
                at: SourceMark(
                    file: source.shown, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber),
                hint: hint)
        } catch {
            return Diagnostic(.error, at: nil, "template does not parse: \(error)", file: source.shown)
        }
    }

    /// What a swift-mustache parser error means, and what to do about it.
    private static func explanation(of error: any Error) -> (problem: String, hint: String) {
        guard let error = error as? MustacheTemplate.Error else {
            return ("\(error)", "check that every {{#name}} has its {{/name}}")
        }
        switch error {
        case .expectedSectionEnd:
            return ("the file ends inside a section", "close every {{#name}} or {{^name}} with its {{/name}}")
        case .sectionCloseNameIncorrect:
            return ("a section is closed with another name", "close {{#name}} with {{/name}}, the same name")
        case .unfinishedName:
            return ("a tag is not finished", "end every tag with }} (or }}} after {{{)")
        case .invalidSetDelimiter:
            return ("a delimiter change is badly written", "write it as {{=<% %>=}}")
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return ("a {{% ...}} pragma is not understood", "remove it; pack templates are HTML")
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return ("a block of an inherited template is badly written", "inside {{<parent}}, put only {{$block}} sections")
        }
    }

    /// Includes that name no pack template, and cycles of includes.
    private static func includeProblems(_ sources: [String: Source]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let known = "the pack templates are: \(names.joined(separator: ", "))"
        for name in names {
            guard let source = sources[name] else { continue }
            for include in source.includes where !names.contains(include.name) {
                let message: String, hint: String
                if include.isDynamic {
                    message = "includes a template chosen at render time ({{>\(include.name)}}), which packs do not allow"
                    hint = "name the template, e.g. {{> question}}"
                } else if include.name.contains("/") || include.name.contains(".") {
                    message = "includes '\(include.name)': an include names a pack template, not a file"
                    hint = known
                } else {
                    message = "includes '\(include.name)', which is not a pack template"
                    hint = Suggestion.closest(to: include.name, in: names).map { "did you mean '\($0)'?" } ?? known
                }
                diagnostics.append(.error(message, at: source.mark(of: include), hint: hint))
            }
        }
        return diagnostics + cycles(sources)
    }

    /// Every cycle of includes, each reported once at an include written in an override when it has one.
    private static func cycles(_ sources: [String: Source]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var finished: Set<String> = []
        var reported: Set<Set<String>> = []
        func visit(_ name: String, _ trail: [(name: String, include: TemplateIncludes.Include?)]) {
            guard let source = sources[name], !finished.contains(name) else { return }
            for include in source.includes where names.contains(include.name) {
                let step = trail + [(name, include)]
                if let start = step.firstIndex(where: { $0.name == include.name }) {
                    let loop = Array(step[start...])
                    guard reported.insert(Set(loop.map(\.name))).inserted else { continue }
                    let site = loop.first { sources[$0.name]?.isOverride == true } ?? loop[loop.count - 1]
                    guard let siteSource = sources[site.name], let siteInclude = site.include else { continue }
                    if loop.count == 1 {
                        diagnostics.append(.error(
                            "template '\(name)' includes itself", at: siteSource.mark(of: siteInclude),
                            hint: "remove {{> \(name)}}; a template that includes itself never ends"))
                    } else {
                        let path = (loop.map(\.name) + [include.name]).joined(separator: " -> ")
                        diagnostics.append(.error(
                            "templates include each other without end: \(path)", at: siteSource.mark(of: siteInclude),
                            hint: "remove one of these includes"))
                    }
                } else {
                    visit(include.name, step)
                }
            }
            finished.insert(name)
        }
        for name in names { visit(name, []) }
        return diagnostics
    }

    /// Warnings for the files in `folder` that replace no template (a misspelt name, another extension).
    private static func unusedFiles(in folder: URL) -> [Diagnostic] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.sorted().filter { !$0.hasPrefix(".") }.compactMap { file in
            let stem = file.hasSuffix(".mustache") ? String(file.dropLast(9)) : file
            guard !(file.hasSuffix(".mustache") && names.contains(stem)) else { return nil }
            let near = Suggestion.closest(to: stem, in: names).map { "did you mean '\($0).mustache'?" }
            return Diagnostic(
                .warning, at: nil, "no pack template is called '\(file)', so this file is not used",
                hint: near ?? "the pack templates are: \(names.map { "\($0).mustache" }.joined(separator: ", "))",
                file: "templates/\(file)")
        }
    }

    /// The templates of `workspace`, parsed once and kept while its `templates/` folder holds the same files
    /// (names, sizes, modification times): a site build renders hundreds of packs and decks with them.
    static func load(workspace: URL) throws(PackBuildError) -> PackTemplates {
        let key = cacheKey(workspace)
        if let cached = cache.value(for: key) { return cached }
        let templates = try PackTemplates(workspace: workspace)
        cache.store(templates, for: key)
        return templates
    }

    /// The workspace and what its `templates/` folder holds, for the cache.
    private static func cacheKey(_ workspace: URL) -> String {
        let folder = workspace.appendingPathComponent("templates")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return names.reduce(workspace.standardizedFileURL.path) { key, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            let size = (attributes?[.size] as? Int) ?? -1
            let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return key + "\n\(name) \(size) \(date)"
        }
    }

    private static let cache = TemplateCache()

    /// Parsed templates by workspace, shared by the threads of a site build.
    private final class TemplateCache: @unchecked Sendable {
        private var entries: [String: PackTemplates] = [:]
        private let lock = NSLock()

        func value(for key: String) -> PackTemplates? {
            lock.lock()
            defer { lock.unlock() }
            return entries[key]
        }

        func store(_ templates: PackTemplates, for key: String) {
            lock.lock()
            entries[key] = templates
            lock.unlock()
        }
    }

    /// The file of the built-in template `name`, or nil when the shipped files cannot be found.
    static func builtIn(_ name: String) -> URL? {
        ShippedFiles.current?.templates.appendingPathComponent("\(name).mustache")
    }

    /// The HTML page of `view`.
    func render(_ view: PackView) -> String {
        render(view, withTemplate: "pack")
    }

    /// The HTML page of the slide deck `deck`.
    func render(_ deck: SlideDeckView) -> String {
        render(deck, withTemplate: "slides")
    }

    private func render(_ view: any TemplateView, withTemplate name: String) -> String {
        if let builtInTemplates { return builtInTemplates.render(view, withTemplate: name) }
        return library.render(view, withTemplate: name) ?? ""
    }
}
