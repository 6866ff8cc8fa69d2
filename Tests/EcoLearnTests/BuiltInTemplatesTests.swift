import Foundation
import Mustache
import Testing
@testable import EcoLearn

/// The built-in templates are rendered by ecolearn's own renderer; it must write the bytes swift-mustache writes
/// (which still renders workspaces that override a template), keep lesson text escaped, and step aside for an
/// override.
@Suite struct BuiltInTemplatesTests {
    @Test func theShippedLibraryGivesTheSameBytesInBothEngines() throws {
        let library = Library.load(at: PackFixtures.repositoryRoot)
        let fast = try PackTemplates(workspace: library.root)
        let mustache = try PackTemplates(workspace: library.root, engine: .swiftMustache)
        #expect(fast.engine == .builtIn)
        #expect(mustache.engine == .swiftMustache)
        for (language, audience, date) in [("en", Audience.school, "2025-05-14"), ("lv", .public, nil), ("tr", .ngo, nil)] {
            let units = library.units.filter { $0.languages.contains(language) }
            #expect(units.count > 5, "\(language)")
            let spec = PackBuilder(library: library).adHocSpec(
                lessons: units.map(\.id), language: language, audience: audience, organisation: "Daugavpils",
                quiz: PackSpec.QuizOptions(seed: 7, variants: 2))
            var pack = PackComposer(spec: spec, units: units, root: library.root, date: date)
            let view = pack.compose()
            Self.expectSame(fast.render(view), mustache.render(view), "pack \(language)")
            var slides = SlideComposer(spec: spec, units: units, root: library.root, date: date)
            let deck = slides.compose()
            Self.expectSame(fast.render(deck), mustache.render(deck), "deck \(language)")
        }
    }

    @Test func hostileLessonTextStaysEscapedAndMatchesSwiftMustache() throws {
        let library = Library.load(at: Fixtures.url("hostile-workspace"))
        #expect(library.diagnostics.map(\.summaryLine) == [])
        let builder = PackBuilder(library: library)
        let spec = builder.adHocSpec(
            lessons: ["hostile-text"], language: "en", audience: .public, organisation: "<b>Org</b> & 'co'")
        var pack = PackComposer(spec: spec, units: library.units, root: library.root, date: nil)
        let view = pack.compose()
        var slides = SlideComposer(spec: spec, units: library.units, root: library.root, date: nil)
        let deck = slides.compose()
        let fast = try PackTemplates(workspace: library.root)
        let mustache = try PackTemplates(workspace: library.root, engine: .swiftMustache)
        let html = fast.render(view), slideHTML = fast.render(deck)
        Self.expectSame(html, mustache.render(view), "pack")
        Self.expectSame(slideHTML, mustache.render(deck), "deck")
        #expect(html.contains("<title>Bins &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &#39;more&#39;</title>"))
        #expect(html.contains("<p class=\"summary\">Ends the paragraph &lt;/p&gt;&lt;p onclick=&#39;x()&#39;&gt; and a comment &lt;!-- here</p>"))
        #expect(html.contains("alt=\"Two bins&quot; onerror=&quot;alert(4)\""))
        #expect(html.contains("<span class=\"letter\">A</span> &lt;b&gt;This&lt;/b&gt; one</li>")
            || html.contains("<span class=\"letter\">B</span> &lt;b&gt;This&lt;/b&gt; one</li>"))
        #expect(html.contains("<p class=\"cover-organisation\">&lt;b&gt;Org&lt;/b&gt; &amp; &#39;co&#39;</p>"))
        for page in [html, slideHTML] {
            for markup in ["<script>alert", "<b>", "<i>", "<u>", "<iframe", "<marquee", "<style>body", "<img src=x", "<option>"] {
                #expect(!page.contains(markup), "\(markup)")
            }
        }
    }

    @Test func aQuoteFollowedByACombiningMarkIsStillEscaped() throws {
        // `"` with a combining mark is one Character, yet a browser ends the attribute at the quote.
        let templates = try #require(BuiltInTemplates(["figure": "<img src=\"{{{dataURI}}}\" alt=\"{{alt}}\">"]))
        let media = MediaView(dataURI: "data:,", alt: "x\"\u{301} onerror=alert(1) <\u{338}", caption: nil)
        #expect(templates.render(media, withTemplate: "figure")
            == "<img src=\"data:,\" alt=\"x&quot;\u{301} onerror=alert(1) &lt;\u{338}\">")
    }

    @Test func anOverrideRenderedBySwiftMustacheEscapesAQuoteFollowedByACombiningMark() throws {
        // swift-mustache's own HTML escape looks at Characters; the templates are given ecolearn's escape instead.
        let workspace = try TemporaryWorkspace(copying: "packs-workspace")
        try workspace.write("templates/cover.mustache", "<div class=\"my-cover\" title=\"{{organisation}}\">{{title}}</div>\n")
        let library = Library.load(at: workspace.root)
        let builder = PackBuilder(library: library)
        let spec = builder.adHocSpec(
            lessons: [library.units[0].id], language: "en", audience: .school, title: "T'\u{301}s",
            organisation: "x\"\u{301} onmouseover=alert(1) <\u{338}b>")
        let html = try builder.html(for: spec).html
        #expect(html.contains(
            "<div class=\"my-cover\" title=\"x&quot;\u{301} onmouseover=alert(1) &lt;\u{338}b&gt;\">T&#39;\u{301}s</div>\n"))
    }

    /// A pack view with labels, a cover (with lessons, without a date) and a certificate (without an organisation).
    private static let view = PackView(
        lang: "en", title: "Pack & 'co'", cssTitle: "", labels: ["quiz": "Quiz <1>", "date": "Date"],
        parts: [
            PartView(cover: CoverView(
                title: "Cover <t>", organisation: "Org", audience: "school", language: "en", date: nil,
                lessons: ["One", "Two & three"], totalMinutes: 90)),
            PartView(certificate: CertificateView(title: "Certificate", organisation: nil, lessons: [], date: "2025")),
        ])

    /// Templates that exercise swift-mustache's reading and lookup rules, with the output both engines give.
    private static let cases: [(template: String, output: String)] = [
        ("{{#parts}}\n  {{#cover}}\n  <h1>{{title}}</h1>\n  {{/cover}}\n{{/parts}}\n", "  <h1>Cover &lt;t&gt;</h1>\n"),
        ("a {{#parts}}{{#cover}}[{{title}}]{{/cover}}{{/parts}} b\n", "a [Cover &lt;t&gt;] b\n"),
        ("{{! a comment }}\nx {{! inline }} y\n  {{! alone }}  \nz", "x  y\nz"),
        ("{{#parts}}{{#certificate}}{{#organisation}}by {{.}}{{/organisation}}{{^organisation}}none: {{title}}{{/organisation}}{{/certificate}}{{/parts}}",
         "none: Certificate"),
        ("{{#parts}}{{#cover}}{{lang}} {{labels.quiz}} [{{labels.missing}}] {{organisation}}|{{/cover}}{{/parts}}",
         "en Quiz &lt;1&gt; [] Org|"),
        ("{{^empty(parts)}}some{{/empty(parts)}}{{#empty(parts)}}none{{/empty(parts)}}\n", "some\n"),
        ("{{#parts}}\n{{#cover}}\n{{#lessons}}\n<li>{{.}}</li>\n{{/lessons}}\n{{/cover}}\n{{/parts}}\n",
         "<li>One</li>\n<li>Two &amp; three</li>\n"),
        ("{{{title}}} {{&title}} {{title}}", "Pack & 'co' Pack & 'co' Pack &amp; &#39;co&#39;"),
        ("{{#parts}}{{#cover}}{{totalMinutes}} min{{/cover}}{{#certificate}}{{date}}{{/certificate}}{{/parts}}", "90 min2025"),
        ("<ul>\n  {{>item}}\n</ul>\n", "<ul>\n  <li>Pack &amp; &#39;co&#39;</li>\n  <li>two</li>\n</ul>\n"),
        ("x {{>item}} y\n", "x <li>Pack &amp; &#39;co&#39;</li>\n<li>two</li>\n y\n"),
        ("  {{#lang}}\n  [{{.}}]\n  {{/lang}}\n", "  [en]\n"),
        ("{{.title}}|{{#parts}}{{#cover}}{{.lang}}{{/cover}}{{/parts}}|", "Pack &amp; &#39;co&#39;||"),
        ("  {{#parts}}x{{/parts}}  \n{{title}}", "  xx  \nPack &amp; &#39;co&#39;"),
        ("{{#parts}}\n  {{#cover}}a{{/cover}}\n{{/parts}}end", "  a\n  \nend"),
        ("\t{{#parts}}\t\n{{#cover}}{{#date}}has{{/date}}{{^date}}none{{/date}}{{/cover}}{{/parts}}\n{ {x} }", "none\n{ {x} }"),
        ("{{#parts}}{{#cover}}\n{{/cover}}  {{/parts}}x\n", "\n    x\n"),
    ]

    @Test(arguments: cases.indices) func readsAndLooksUpAsSwiftMustacheDoes(_ index: Int) throws {
        let (template, output) = Self.cases[index]
        let item = "<li>{{title}}</li>\n<li>two</li>\n"
        let templates = try #require(BuiltInTemplates(["t": template, "item": item]), "\(template)")
        var library = MustacheLibrary()
        try library.register(template, named: "t")
        try library.register(item, named: "item")
        #expect(library.render(Self.view, withTemplate: "t") == output, "swift-mustache: \(template)")
        #expect(templates.render(Self.view, withTemplate: "t") == output, "built-in: \(template)")
    }

    @Test func leavesToSwiftMustacheWhatItDoesNotRead() {
        for template in [
            "{{=<% %>=}}<% title %>", "{{<parent}}{{/parent}}", "{{$block}}x{{/block}}", "{{first(parts)}}",
            "{{#reversed(parts)}}x{{/reversed(parts)}}", "{{>*name}}", "a\r\nb", "{{#parts}}unclosed", "{{/parts}}",
            "{{%CONTENT_TYPE:TEXT}}", "{{title", "x {{", "x {",
        ] {
            #expect(BuiltInTemplates(["t": template]) == nil, "\(template)")
        }
    }

    @Test func aWorkspaceThatOverridesATemplateIsRenderedWithItsOwnTemplate() throws {
        #expect(try PackTemplates(workspace: PackFixtures.workspace).engine == .builtIn)
        let workspace = try TemporaryWorkspace(copying: "packs-workspace")
        try workspace.write(
            "templates/cover.mustache",
            "<div class=\"my-cover\">{{title}}{{#organisation}} ({{.}}){{/organisation}} · {{labels.lessons}}</div>\n")
        #expect(try PackTemplates(workspace: workspace.root).engine == .swiftMustache)
        let builder = PackBuilder(library: Library.load(at: workspace.root))
        let html = try builder.html(for: PackFixtures.spec("school-pack")).html
        #expect(html.contains("<body>\n<div class=\"my-cover\">Atkritumi un mēs (Daugavpils City Council) · Nodarbības</div>\n"))
        #expect(!html.contains("class=\"part cover\""))
        #expect(html.contains("<div class=\"part contents\" id=\"contents\">"))
    }

    /// Expects equal pages, and names the first difference when they are not.
    private static func expectSame(_ built: String, _ expected: String, _ what: String) {
        guard built != expected else { return }
        let a = Array(built.utf8), b = Array(expected.utf8)
        let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, at - 80)..<min(bytes.count, at + 80)], as: UTF8.self)
        }
        Issue.record("\(what): the engines differ at byte \(at):\nbuilt-in:      \(around(a))\nswift-mustache: \(around(b))")
    }
}
