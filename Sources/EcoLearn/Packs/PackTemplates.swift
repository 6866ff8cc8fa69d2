import Foundation
import Mustache

/// The Mustache templates a pack is rendered with: the built-in ones shipped with EcoLearn, each replaceable
/// by a file of the same name in the workspace's `templates/` folder (e.g. `templates/cover.mustache`).
struct PackTemplates {
    /// Every template a pack uses; `pack` is the printed pack's page and `slides` the slide deck's, the others
    /// are their partials.
    static let names = [
        "pack", "style", "cover", "contents", "teacher-guide", "worksheets", "learner-header", "quiz", "question",
        "answer-key", "sign-in-sheet", "certificate", "slides", "slides-style", "slides-script", "slide",
        "slide-question",
    ]

    private let library: MustacheLibrary

    /// The built-in templates, with the overrides found in `workspace/templates/`.
    init(workspace: URL?) throws(PackBuildError) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        let overrides = workspace?.appendingPathComponent("templates")
        for name in Self.names {
            let override = overrides?.appendingPathComponent("\(name).mustache")
            let file: URL?
            let shown: String
            if let override, FileManager.default.fileExists(atPath: override.path) {
                file = override
                shown = "templates/\(name).mustache"
            } else {
                file = Self.builtIn(name)
                shown = "built-in template \(name).mustache"
            }
            guard let file, let data = try? Data(contentsOf: file), let text = String(data: data, encoding: .utf8)
            else {
                diagnostics.append(Diagnostic(
                    .error, at: nil, "cannot read \(shown)", hint: "the file must be UTF-8 text", file: shown))
                continue
            }
            do {
                try library.register(text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    "template does not parse: \(error.error)",
                    at: SourceMark(file: shown, line: error.context.lineNumber, column: error.context.columnNumber),
                    hint: "check that every {{#section}} has its {{/section}}"))
            } catch {
                diagnostics.append(Diagnostic(.error, at: nil, "template does not parse: \(error)", file: shown))
            }
        }
        if !diagnostics.isEmpty { throw PackBuildError(diagnostics) }
        self.library = library
    }

    /// The file of the built-in template `name`.
    static func builtIn(_ name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "mustache", subdirectory: "Templates")
    }

    /// The HTML page of `view`.
    func render(_ view: PackView) -> String {
        library.render(view, withTemplate: "pack") ?? ""
    }

    /// The HTML page of the slide deck `deck`.
    func render(_ deck: SlideDeckView) -> String {
        library.render(deck, withTemplate: "slides") ?? ""
    }
}
