import EcoLearn
import Foundation
import Testing
@testable import EcoLearnSite

/// What machines read: the schema.org `LearningResource` of each unit page, hreflang alternates, the sitemap and
/// the Atom feeds (which need the site's address), and the search index of the home pages.
@Suite struct SiteMetadataTests {
    static let unit = FixtureUnits.sortingAtHome

    @Test func learningResourceHasTheLRMIFields() throws {
        let json = LearningResourceJSON.value(
            of: try Self.unit(), in: "lv", url: "https://example.org/lv/sorting-at-home.html", date: "2026-11-30")
        #expect(json.text == """
            {"@context":"https://schema.org","@type":"LearningResource","@id":"https://example.org/lv/sorting-at-home.html",\
            "url":"https://example.org/lv/sorting-at-home.html","identifier":"sorting-at-home",\
            "name":"Atkritumu šķirošana mājās","description":"Skolēni sašķiro ikdienas priekšmetus savas pilsētas konteineros.",\
            "inLanguage":"lv","typicalAgeRange":"10-14","timeRequired":"PT45M",\
            "educationalLevel":["Sākumskola","Pamatskola","Pieaugušo izglītība"],\
            "audience":[{"@type":"EducationalAudience","educationalRole":"student","audienceType":"Skolēni"},\
            {"@type":"Audience","audienceType":"Sabiedrība"}],\
            "teaches":["Nosaukt atkritumu veidus, ko pilsētā savāc atsevišķi"],\
            "assesses":["Nosaukt atkritumu veidus, ko pilsētā savāc atsevišķi"],\
            "learningResourceType":["lesson plan","worksheet","quiz","presentation"],\
            "keywords":["Šķirošana","Pārstrāde"],"license":"https://creativecommons.org/licenses/by/4.0/",\
            "isAccessibleForFree":true,"author":[{"@type":"Organization","name":"Daugavpils City Council"}],"version":3,"dateModified":"2026-11-30"}
            """)
    }

    @Test func withAnAddressTheSiteHasASitemapFeedsAndCanonicalLinks() throws {
        let site = SiteFixtures.temporaryFolder()
        let report = try SiteFixtures.build(try SiteFixtures.workspace(), into: site, baseURL: "https://example.org/lessons")
        #expect(report.hasSitemap)
        let sitemap = SiteFixtures.text(site, "sitemap.xml")
        #expect(sitemap.contains("<url><loc>https://example.org/lessons/lv/sorting-at-home.html</loc>"
            + "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/lessons/en/sorting-at-home.html\"/>"))
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 1 + 3 + 4)
        let feed = SiteFixtures.text(site, "tr/feed.xml")
        #expect(feed.contains("<id>https://example.org/lessons/tr/sorting-at-home.html</id>"))
        #expect(!feed.contains("script-title"), "a unit not written in Turkish is not in the Turkish feed")
        let page = SiteFixtures.text(site, "lv/sorting-at-home.html")
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/lessons/lv/sorting-at-home.html\">"))
        #expect(page.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/lessons/en/sorting-at-home.html\">"))
    }

    @Test func withoutAnAddressThereIsNoSitemapAndNoFeed() throws {
        let site = SiteFixtures.temporaryFolder()
        let report = try SiteFixtures.build(try SiteFixtures.workspace(), into: site)
        #expect(!report.hasSitemap)
        #expect(!SiteFixtures.files(in: site).contains { $0.hasSuffix(".xml") && !$0.hasPrefix("downloads/") })
    }

    @Test func searchTextFoldsCaseAndDiacritics() {
        #expect(SearchText.fold("Šķirošana") == "skirosana")
        #expect(SearchText.fold("ÇÖP İKLİM ılık") == "cop iklim ilik")
    }
}

/// The fixture's three-language unit, decoded.
enum FixtureUnits {
    static func sortingAtHome() throws -> LessonUnit {
        let library = Library.load(at: SiteFixtures.root.appendingPathComponent("site-workspace"))
        return try #require(library.unit("sorting-at-home"))
    }
}
