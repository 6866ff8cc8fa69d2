import Mustache

/// The escape swift-mustache applies to `{{name}}` in pack templates: `HTMLText.escape`, the escape of every page
/// ecolearn writes. swift-mustache's own HTML escape looks at Characters, so it leaves `"`, `'` or `<` as they are
/// when a combining mark follows (one Character), which lets lesson text end an attribute.
struct PackHTMLContentType: MustacheContentType {
    /// The name templates select it by: `{{% CONTENT_TYPE: ECOLEARN_HTML }}`.
    static let name = "ECOLEARN_HTML"

    /// The first line `PackTemplates` puts before each template's text; a pragma alone on its line leaves no output.
    static let pragmaLine = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Makes the content type known to swift-mustache (once, before the first template is parsed).
    static let registered: Void = MustacheContentTypes.register(PackHTMLContentType(), named: name)

    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
