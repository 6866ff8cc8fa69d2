/// The pack templates rendered by ecolearn's own renderer: parsed by `TemplateParser` with swift-mustache's rules,
/// names looked up through the views' typed `field(_:)` answers, text escaped in bulk over UTF-8. For the built-in
/// templates it writes the same bytes as swift-mustache, several times faster; workspaces that override a template
/// are rendered by swift-mustache (`PackTemplates`).
struct BuiltInTemplates: Sendable {
    private let templates: [String: [TemplateNode]]

    /// The templates of `texts` (name to template text), or nil when one uses something `TemplateParser` leaves to
    /// swift-mustache.
    init?(_ texts: [String: String]) {
        var templates: [String: [TemplateNode]] = [:]
        for (name, text) in texts {
            guard let nodes = try? TemplateParser.parse(text) else { return nil }
            templates[name] = nodes
        }
        self.templates = templates
    }

    /// The template `name` rendered with `view`.
    func render(_ view: any TemplateView, withTemplate name: String) -> String {
        var renderer = TemplateRenderer(templates: templates, root: .view(view))
        renderer.render(templates[name] ?? [], indentation: [])
        return String(decoding: renderer.output, as: UTF8.self)
    }
}
