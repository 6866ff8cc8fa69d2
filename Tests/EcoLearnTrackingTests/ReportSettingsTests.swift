import EcoLearnTracking
import Foundation
import Testing

/// What a person asks of `report`, checked by the library (`ReportSettings.plan`) and by the command.
@Suite struct ReportSettingsTests {
    @Test func planReadsEverySetting() throws {
        let plan = try ReportSettings(
            from: "01.02.2019", to: "2019-02-28", town: "Suluova", by: ["country+kind", "Month"], format: "csv",
            language: "lv", machine: true, minParticipants: "50", minInternational: "25"
        ).plan()
        #expect(plan.request.groupings == [[.country, .kind], [.month]])
        #expect(plan.request.filter.from?.description == "2019-02-01")
        #expect(plan.request.filter.town == "Suluova")
        #expect(plan.request.thresholds == ReportThresholds(minParticipants: 50, minInternational: 25))
        #expect(plan.format == .csv && plan.language == .lv && plan.machine)
    }

    @Test func htmlWithoutGroupingsHasTheAnnexTables() throws {
        #expect(try ReportSettings(format: "html").plan().request.groupings == ReportSettings.htmlGroupings)
        #expect(try ReportSettings(format: "table").plan().request.groupings.isEmpty)
        #expect(try ReportSettings().plan().request.thresholds == nil)
        #expect(try ReportSettings(minInternational: "0").plan().request.thresholds == ReportThresholds(minInternational: 0))
    }

    @Test func everyProblemIsNamedBySetting() {
        let settings = ReportSettings(
            from: "31.02.2019", by: ["country+colour"], format: "pdf", language: "de", machine: true,
            minParticipants: "-5", minInternational: "many")
        #expect(throws: ReportSettingsError(problems: [
            .init(field: "from", message: "expected YYYY-MM-DD or DD.MM.YYYY, found '31.02.2019'"),
            .init(field: "by", message: "expected one of month, town, country, audience, kind, lesson, found 'colour'"),
            .init(field: "format", message: "expected one of table, csv, json, html, found 'pdf'"),
            .init(field: "lang", message: "expected one of en, lv, tr, found 'de'"),
            .init(field: "min-participants", message: "expected a whole number of people (0 or more), found '-5'"),
            .init(field: "min-international", message: "expected a whole number of people (0 or more), found 'many'"),
        ])) { try settings.plan() }
        #expect(throws: ReportSettingsError(problems: [
            .init(field: "machine", message: "applies to the csv format only, not html"),
        ])) { try ReportSettings(format: "html", machine: true).plan() }
    }

    @Test(arguments: [
        (["--lang", "de"], "error: --lang: expected one of en, lv, tr, found 'de'\n"),
        (["--min-participants", "-5"], "error: --min-participants: expected a whole number of people (0 or more), found '-5'\n"),
        (["--min-international", "x", "--lang", "fr"],
         "error: --lang: expected one of en, lv, tr, found 'fr'\n--min-international: expected a whole number of people (0 or more), found 'x'\n"),
    ]) func badInputIsOneMessageAndTouchesNothing(_ arguments: [String], _ message: String) throws {
        let folder = try TestSupport.folder()
        let result = try TrackingCLI.run(["report", "--db", "t.db"] + arguments, in: folder)
        #expect(result == TrackingCLI.Result(status: 2, stdout: "", stderr: message))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("t.db").path))
    }
}
