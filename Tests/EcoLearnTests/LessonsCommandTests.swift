import Foundation
import Testing

@Suite struct LessonsCommandTests {
    private var library: String { Fixtures.url("workspace").path }

    @Test func listShowsATableOfUnits() throws {
        let result = try CLI.run(["lessons", "list", "--library", library])
        #expect(result.status == 0)
        #expect(result.stdout == """
            id               title                  audiences      ages   min  languages
            ---------------  ---------------------  -------------  -----  ---  --------------
            sorting-at-home  Sorting waste at home  school,public  10-14  45   en lv:reviewed
            1 of 1 units

            """)
    }

    @Test func listWarnsAboutFilesWithErrors() throws {
        let result = try CLI.run(["lessons", "list", "--library", Fixtures.url("broken-workspace").path])
        #expect(result.status == 0)
        #expect(result.stderr == "warning: 3 files have errors; run `ecolearn check` to see them\n")
        #expect(result.stdout.hasSuffix("2 of 2 units\n"))
    }

    @Test func listFiltersByEveryCriterion() throws {
        for (arguments, count) in [
            (["--topic", "sorting"], 1), (["--topic", "water"], 0), (["--audience", "ngo"], 0), (["--audience", "public"], 1),
            (["--lang", "tr"], 0), (["--age", "12"], 1), (["--age", "16"], 0), (["--max-minutes", "30"], 0),
        ] {
            let result = try CLI.run(["lessons", "list", "--library", library] + arguments)
            #expect(result.stdout.hasSuffix("\(count) of 1 units\n"), "\(arguments)")
        }
    }

    @Test func listTitlesInTheAskedLanguageAndJSON() throws {
        let result = try CLI.run(["lessons", "list", "--lang", "lv", "--format", "json", "--library", library])
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.first?["title"] as? String == "Atkritumu šķirošana mājās")
        #expect(rows?.first?["languages"] as? [String: String] == ["en": "source", "lv": "reviewed"])
    }

    @Test func unknownTopicIsAUsageError() throws {
        let result = try CLI.run(["lessons", "list", "--topic", "recyclng", "--library", library])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown topic 'recyclng' (did you mean 'recycling'?)"))
    }

    @Test func showPrintsTheWholeUnitInOneLanguage() throws {
        let result = try CLI.run(["lessons", "show", "sorting-at-home", "--lang", "lv", "--library", library])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Atkritumu šķirošana mājās\nsorting-at-home v3 · lessons/waste/sorting-at-home.yaml\n"))
        #expect(result.stdout.contains("## Activity 1: Konteineru stafete (game, 15 min)\n1. Novietojiet četras kastes telpas vienā galā."))
        #expect(result.stdout.contains("8. [sort, sort-items] Ievietojiet katru priekšmetu pareizajā konteinerā."))
    }

    @Test func showRefusesUnknownUnitsAndLanguages() throws {
        let unknown = try CLI.run(["lessons", "show", "sorting-at-hom", "--library", library])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: no lesson unit 'sorting-at-hom' in \(library)/lessons (did you mean 'sorting-at-home'?)\n")
        let start = try CLI.run(["lessons", "show", "Sorting", "--library", library])
        #expect(start.status == 2)
        #expect(start.stderr == "error: no lesson unit 'Sorting' in \(library)/lessons (did you mean 'sorting-at-home'?)\n")
        let far = try CLI.run(["lessons", "show", "compost", "--library", library])
        #expect(far.status == 2)
        #expect(far.stderr == "error: no lesson unit 'compost' in \(library)/lessons (`ecolearn lessons list` shows the ids)\n")
        let language = try CLI.run(["lessons", "show", "sorting-at-home", "--lang", "tr", "--library", library])
        #expect(language.status == 2)
        #expect(language.stderr.contains("unit 'sorting-at-home' is not written in 'tr'; it has en, lv"))
    }

    @Test func newWritesASkeletonThatDecodesAndPointsAtItsGaps() throws {
        let workspace = try TemporaryWorkspace(copying: "workspace")
        let result = try CLI.run(["lessons", "new", "air-at-school", "--lang", "en,lv,tr", "--folder", "air"], in: workspace.root)
        #expect(result.status == 0)
        #expect(result.stdout == "wrote lessons/air/air-at-school.yaml; fill in every TODO, then run: ecolearn check\n")
        let check = try CLI.run(["check"], in: workspace.root)
        #expect(check.status == 0)
        #expect(check.stdout.contains("lessons/air/air-at-school.yaml:4:7: warning: title.en: placeholder text still to fill in"))
        let again = try CLI.run(["lessons", "new", "air-at-school"], in: workspace.root)
        #expect(again.status == 2)
        #expect(again.stderr.contains("a unit 'air-at-school' already exists: lessons/air/air-at-school.yaml"))
    }

    @Test func newRefusesBadIds() throws {
        let workspace = try TemporaryWorkspace()
        let result = try CLI.run(["lessons", "new", "../escape"], in: workspace.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("'../escape' is not a slug"))
        #expect((try FileManager.default.contentsOfDirectory(atPath: workspace.root.path)).isEmpty)
    }

    @Test func newDoesNotFollowALinkOutOfLessons() throws {
        let workspace = try TemporaryWorkspace(copying: "workspace")
        let outside = try TemporaryWorkspace()
        try FileManager.default.createSymbolicLink(
            at: workspace.root.appendingPathComponent("lessons/air"), withDestinationURL: outside.root)
        let result = try CLI.run(["lessons", "new", "air-at-school", "--folder", "air"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stderr == """
            Error: lessons/air is a link that leads outside lessons/ (hint: choose another folder, or replace the link with a real folder)

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.root.path).isEmpty)
        // A dangling link where the file would go is not followed either.
        try FileManager.default.createSymbolicLink(
            at: workspace.root.appendingPathComponent("lessons/waste/new-unit.yaml"),
            withDestinationURL: outside.root.appendingPathComponent("planted.yaml"))
        let planted = try CLI.run(["lessons", "new", "new-unit"], in: workspace.root)
        #expect(planted.status == 1)
        #expect(planted.stderr.hasPrefix("Error: lessons/waste/new-unit.yaml already exists"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.root.path).isEmpty)
    }

    @Test func newMayUseALinkToAFolderInsideLessons() throws {
        let workspace = try TemporaryWorkspace(copying: "workspace")
        try FileManager.default.createSymbolicLink(
            at: workspace.root.appendingPathComponent("lessons/recycling"),
            withDestinationURL: workspace.root.appendingPathComponent("lessons/waste"))
        let result = try CLI.run(["lessons", "new", "cans", "--folder", "recycling"], in: workspace.root)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: workspace.root.appendingPathComponent("lessons/waste/cans.yaml").path))
    }
}
