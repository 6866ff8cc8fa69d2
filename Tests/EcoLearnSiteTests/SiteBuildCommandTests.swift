import Foundation
import Testing

/// `ecolearn site build` as a user runs it: what it prints and its exit status.
@Suite struct SiteBuildCommandTests {
    @Test func buildsAndSaysWhatItWrote() throws {
        let workspace = try SiteFixtures.workspace()
        let result = try SiteFixtures.run(SiteFixtures.ecolearn, ["site", "build", "-o", "out"], in: workspace)
        #expect(result.status == 0)
        #expect(result.stderr == """
            lessons/waste/script-title.yaml:19:5: warning: sources[0].url: source has no url
                  - title: Nothing <i>here</i>
                    ^
              hint: readers check facts at the source
            lessons/waste/sorting-at-home.yaml:12:35: warning: translations.tr: the 'tr' translation is still draft
                translations: { lv: reviewed, tr: draft }
                                                  ^
              hint: read it in full against 'en', then mark it reviewed

            """)
        #expect(result.stdout == """
            built 2 units into out: 27 files written, 0 unchanged, 0 removed
            note: no sitemap.xml and no feeds: they need the site's address (--base-url https://...)

            """)
        let again = try SiteFixtures.run(
            SiteFixtures.ecolearn, ["site", "build", "-o", "out", "--base-url", "https://example.org/"], in: workspace)
        #expect(again.stdout == "built 2 units into out: 12 files written, 19 unchanged, 0 removed\n")
    }

    @Test func aUnitWithErrorsIsLeftOutAndTheExitStatusIsOne() throws {
        let workspace = try SiteFixtures.workspace()
        try FileManager.default.copyItem(
            at: SiteFixtures.root.appendingPathComponent("broken/bad-unit.yaml"),
            to: workspace.appendingPathComponent("lessons/waste/bad-unit.yaml"))
        let result = try SiteFixtures.run(SiteFixtures.ecolearn, ["site", "build", "-o", "out"], in: workspace)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("""
            lessons/waste/bad-unit.yaml:7:10: error: minutes: expected a whole number, found text 'ten'
                minutes: ten
                         ^

            """))
        #expect(result.stderr.hasSuffix("""
              hint: read it in full against 'en', then mark it reviewed
            left out lessons/waste/bad-unit.yaml: it has errors (listed above)

            """))
        #expect(result.stdout.hasPrefix("built 2 units into out: "))
    }

    @Test func aBaseURLMustBeAnHTTPAddress() throws {
        let workspace = try SiteFixtures.workspace()
        let result = try SiteFixtures.run(SiteFixtures.ecolearn, ["site", "build", "--base-url", "example.org"], in: workspace)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--base-url: 'example.org' is not an http(s) address, e.g. https://example.org/lessons/"))
    }
}
