import Testing
@testable import EcoLearn

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersListsEmphasisAndTables() {
        let html = renderer.html("1. Put **four** boxes out.\n2. ~~Shout~~ Call.\n\n| bin | colour |\n|:--|--:|\n| glass | green |\n")
        #expect(html.contains("<ol>\n<li>Put <strong>four</strong> boxes out.</li>"))
        #expect(html.contains("<del>Shout</del>"))
        #expect(html.contains("<th style=\"text-align: left\">bin</th>"))
        #expect(html.contains("<td style=\"text-align: right\">green</td>"))
        #expect(!html.contains("align=\""))
    }

    @Test func rawHTMLPrintsAsText() {
        let html = renderer.html("Hello <script>alert(1)</script> world\n\n<div onclick=\"x()\">block</div>\n")
        #expect(html == "<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; world</p>\n<p>&lt;div onclick=&quot;x()&quot;&gt;block&lt;/div&gt;</p>\n")
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
                      "vbscript:msgbox", "data:image/png;base64,AAAA", "file:///etc/passwd", "media/x.svg"])
    func unsafeLinksBecomeText(url: String) {
        let html = renderer.html("Click [here](\(url)) now")
        #expect(html == "<p>Click here now</p>\n")
    }

    @Test func safeLinksAndAutolinksStay() {
        let html = renderer.html("See [EUR-Lex](https://eur-lex.europa.eu/) or www.lvgmc.lv or <mailto:info@example.org>")
        #expect(html.contains("<a href=\"https://eur-lex.europa.eu/\">EUR-Lex</a>"))
        #expect(html.contains("<a href=\"http://www.lvgmc.lv\">www.lvgmc.lv</a>"))
        #expect(html.contains("<a href=\"mailto:info@example.org\">"))
    }

    @Test func imagesBecomeTheirAltText() {
        let html = renderer.html("![Four bins](https://example.org/bins.png) and ![x](javascript:alert(1))")
        #expect(html == "<p>Four bins and x</p>\n")
    }

    @Test func headingsMoveBelowThePageHeadings() {
        #expect(renderer.html("# Steps\n") == "<h3>Steps</h3>\n")
        #expect(renderer.html("##### Deep\n") == "<h6>Deep</h6>\n")
    }

    @Test func latvianAndTurkishLettersPassThrough() {
        #expect(renderer.html("Šķirošana — ğüşıöç İ") == "<p>Šķirošana — ğüşıöç İ</p>\n")
    }
}
