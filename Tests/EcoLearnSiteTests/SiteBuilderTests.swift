import EcoLearn
import Foundation
import Testing
@testable import EcoLearnSite

/// `SiteBuilder` over the fixture workspace: the files it writes, what the pages say, that lesson text cannot
/// inject markup, that the same inputs give the same bytes, and that a unit with errors is left out.
@Suite struct SiteBuilderTests {
    static let unitFiles = [
        "downloads/script-title/script-title-en-pack.html", "downloads/script-title/script-title-en-slides.html",
        "downloads/script-title/script-title.yaml",
        "downloads/sorting-at-home/sorting-at-home-en-moodle.xml", "downloads/sorting-at-home/sorting-at-home-en-pack.html",
        "downloads/sorting-at-home/sorting-at-home-en-slides.html", "downloads/sorting-at-home/sorting-at-home-en.gift",
        "downloads/sorting-at-home/sorting-at-home-lv-moodle.xml", "downloads/sorting-at-home/sorting-at-home-lv-pack.html",
        "downloads/sorting-at-home/sorting-at-home-lv-slides.html", "downloads/sorting-at-home/sorting-at-home-lv.gift",
        "downloads/sorting-at-home/sorting-at-home-tr-moodle.xml", "downloads/sorting-at-home/sorting-at-home-tr-pack.html",
        "downloads/sorting-at-home/sorting-at-home-tr-slides.html", "downloads/sorting-at-home/sorting-at-home-tr.gift",
        "downloads/sorting-at-home/sorting-at-home.yaml",
        "en/script-title.html", "en/sorting-at-home.html", "lv/sorting-at-home.html", "tr/sorting-at-home.html",
    ]
    static let sharedFiles = [
        "assets/site.css", "assets/site.js", "en/index.html", "index.html", "lv/index.html", "media/bins.svg",
        "tr/index.html",
    ]

    @Test func writesEveryPageAndDownloadOfTheFixture() throws {
        let workspace = try SiteFixtures.workspace()
        let site = SiteFixtures.temporaryFolder()
        let report = try SiteFixtures.build(workspace, into: site)
        #expect(report.units == 2)
        #expect(report.leftOut.isEmpty)
        #expect(report.hasSitemap == false)
        #expect(report.written == (Self.unitFiles + Self.sharedFiles).sorted())
        #expect(SiteFixtures.files(in: site) == (Self.unitFiles + Self.sharedFiles + [".ecolearn-site.json"]).sorted())
    }

    @Test func unitPageShowsTheUnitButNoAnswers() throws {
        let site = SiteFixtures.temporaryFolder()
        _ = try SiteFixtures.build(try SiteFixtures.workspace(), into: site)
        let page = SiteFixtures.text(site, "lv/sorting-at-home.html")
        for expected in [
            "<html lang=\"lv\">", "<h1>Atkritumu šķirošana mājās</h1>",
            "<p class=\"summary\">Skolēni sašķiro ikdienas priekšmetus savas pilsētas konteineros.</p>",
            "<dt>Valodas</dt><dd>angļu (oriģināls), latviešu (pārbaudīts), turku (melnraksts)</dd>",
            "<h2 id=\"objectives\">Sasniedzamie rezultāti</h2>", "<li>Četras kastes</li>",
            "<img src=\"../media/bins.svg\" alt=\"",
            "<link rel=\"alternate\" hreflang=\"tr\" href=\"../tr/sorting-at-home.html\">",
            "<a href=\"../tr/sorting-at-home.html\" hreflang=\"tr\" lang=\"tr\">Evde atık ayrıştırma</a> (turku)",
            "<a href=\"../downloads/sorting-at-home/sorting-at-home-lv.gift\" download=\"sorting-at-home-lv.gift\">",
            "<script type=\"application/ld+json\">",
        ] {
            #expect(page.contains(expected), "\(expected)")
        }
        #expect(!page.contains("Pareizās atbildes</h"), "no answer key on the page")
        let turkish = SiteFixtures.text(site, "tr/sorting-at-home.html")
        #expect(turkish.contains("<p class=\"notice\">Bu çeviri taslaktır ve henüz gözden geçirilmemiştir.</p>"))
    }

    @Test func homePageListsEveryUnitInItsLanguageOrItsOwn() throws {
        let site = SiteFixtures.temporaryFolder()
        _ = try SiteFixtures.build(try SiteFixtures.workspace(), into: site)
        let home = SiteFixtures.text(site, "lv/index.html")
        #expect(home.contains("<h2><a href=\"sorting-at-home.html\">Atkritumu šķirošana mājās</a></h2>"))
        #expect(home.contains("<h2 lang=\"en\"><a href=\"../en/script-title.html\" hreflang=\"en\">"
            + "Bins &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</a></h2>"))
        #expect(home.contains("<p class=\"notice\">Latviski vēl nav pieejama</p>"))
        #expect(home.contains("<p id=\"count\" class=\"count\" role=\"status\">Nodarbību skaits: 2 Zemāk ir uzskaitītas visas nodarbības.</p>"))
        #expect(home.contains("<form id=\"filters\" class=\"filters\" role=\"search\" aria-labelledby=\"find\" hidden>"))
    }

    @Test func lessonTextCannotInjectMarkup() throws {
        let site = SiteFixtures.temporaryFolder()
        _ = try SiteFixtures.build(try SiteFixtures.workspace(), into: site)
        for path in ["en/index.html", "lv/index.html", "en/script-title.html"] {
            let page = SiteFixtures.text(site, path)
            #expect(!page.contains("<script>alert"), "\(path)")
            #expect(!page.contains("<img src=x"), "\(path)")
            #expect(!page.contains("javascript:"), "\(path)")
            #expect(!page.contains("<b>carefully"), "\(path)")
        }
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let workspace = try SiteFixtures.workspace()
        let first = SiteFixtures.temporaryFolder(), second = SiteFixtures.temporaryFolder()
        _ = try SiteFixtures.build(workspace, into: first, baseURL: "https://example.org/lessons")
        _ = try SiteFixtures.build(workspace, into: second, baseURL: "https://example.org/lessons")
        let files = SiteFixtures.files(in: first)
        #expect(files == SiteFixtures.files(in: second))
        for file in files {
            #expect(FileManager.default.contents(atPath: first.appendingPathComponent(file).path)
                == FileManager.default.contents(atPath: second.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test func aUnitWithErrorsIsLeftOutWithItsErrors() throws {
        let workspace = try SiteFixtures.workspace()
        try FileManager.default.copyItem(
            at: SiteFixtures.root.appendingPathComponent("broken/bad-unit.yaml"),
            to: workspace.appendingPathComponent("lessons/waste/bad-unit.yaml"))
        let site = SiteFixtures.temporaryFolder()
        let report = try SiteFixtures.build(workspace, into: site)
        #expect(report.units == 2)
        #expect(report.leftOut == ["lessons/waste/bad-unit.yaml"])
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.summaryLine) == [
            "lessons/waste/bad-unit.yaml:7:10: error: minutes: expected a whole number, found text 'ten'",
        ])
        #expect(!SiteFixtures.files(in: site).contains { $0.contains("bad-unit") })
        #expect(!SiteFixtures.text(site, "en/index.html").contains("bad-unit"))
    }
}

/// `--pdf`: each unit's printable pack also as PDF, linked from its page.
@Suite struct SitePDFTests {
    @Test(.enabled(if: SiteFixtures.tool("weasyprint") != nil, "needs weasyprint (apt-get install weasyprint)"))
    func packsArePrintedAsPDFAndLinked() throws {
        let workspace = try SiteFixtures.workspace()
        let site = SiteFixtures.temporaryFolder()
        let report = try SiteBuilder(library: Library.load(at: workspace), settings: .init(pdf: true)).build(into: site)
        #expect(report.written.filter { $0.hasSuffix(".pdf") } == [
            "downloads/script-title/script-title-en-pack.pdf", "downloads/sorting-at-home/sorting-at-home-en-pack.pdf",
            "downloads/sorting-at-home/sorting-at-home-lv-pack.pdf", "downloads/sorting-at-home/sorting-at-home-tr-pack.pdf",
        ])
        #expect(SiteFixtures.text(site, "lv/sorting-at-home.html").contains(
            "<a href=\"../downloads/sorting-at-home/sorting-at-home-lv-pack.pdf\" download=\"sorting-at-home-lv-pack.pdf\">"
                + "Izdrukājami materiāli (PDF)</a>"))
        let pdf = try #require(FileManager.default.contents(
            atPath: site.appendingPathComponent("downloads/sorting-at-home/sorting-at-home-lv-pack.pdf").path))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }
}
