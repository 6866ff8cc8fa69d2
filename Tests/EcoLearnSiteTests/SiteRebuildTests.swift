import EcoLearn
import Foundation
import Testing
@testable import EcoLearnSite

/// Building again into the same folder: only the units whose inputs changed are made again, and only files
/// whose bytes changed are written; the files of a unit that is gone are deleted.
@Suite struct SiteRebuildTests {
    @Test func anUnchangedLibraryWritesNothing() throws {
        let workspace = try SiteFixtures.workspace()
        let site = SiteFixtures.temporaryFolder()
        _ = try SiteFixtures.build(workspace, into: site)
        let again = try SiteFixtures.build(workspace, into: site)
        #expect(again.written == [])
        #expect(again.reusedUnits == 2)
        #expect(again.removed == [])
    }

    @Test func changingOneUnitRewritesOnlyItsPagesAndTheIndexes() throws {
        let workspace = try SiteFixtures.workspace()
        let site = SiteFixtures.temporaryFolder()
        _ = try SiteFixtures.build(workspace, into: site)
        let file = workspace.appendingPathComponent("lessons/waste/sorting-at-home.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "lv: Atkritumu šķirošana mājās", with: "lv: Atkritumu šķirošana mājās un skolā")
            .write(to: file, atomically: true, encoding: .utf8)
        let again = try SiteFixtures.build(workspace, into: site)
        #expect(again.reusedUnits == 1)
        #expect(again.written == [
            "downloads/sorting-at-home/sorting-at-home-lv-pack.html",
            "downloads/sorting-at-home/sorting-at-home-lv-slides.html",
            "downloads/sorting-at-home/sorting-at-home-lv.gift",
            "downloads/sorting-at-home/sorting-at-home.yaml",
            "en/sorting-at-home.html", "lv/index.html", "lv/sorting-at-home.html", "tr/sorting-at-home.html",
        ])
    }

    @Test func aRemovedUnitsFilesAreDeleted() throws {
        let workspace = try SiteFixtures.workspace()
        let site = SiteFixtures.temporaryFolder()
        _ = try SiteFixtures.build(workspace, into: site)
        try FileManager.default.removeItem(at: workspace.appendingPathComponent("lessons/waste/script-title.yaml"))
        let again = try SiteFixtures.build(workspace, into: site)
        #expect(again.removed == [
            "downloads/script-title/script-title-en-pack.html", "downloads/script-title/script-title-en-slides.html",
            "downloads/script-title/script-title.yaml", "en/script-title.html",
        ])
        #expect(again.written == ["en/index.html", "lv/index.html", "tr/index.html"])
    }
}
