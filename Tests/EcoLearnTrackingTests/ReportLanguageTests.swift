import EcoLearn
import Foundation
import Testing

@testable import EcoLearnTracking

/// The report in English, Latvian and Turkish: words, dates and numbers, and the exact pages (Fixtures/reports).
@Suite struct ReportLanguageTests {
    @Test func datesInEachLanguagesHabit() {
        #expect(ReportLanguage.en.day("2019-03-05") == "2019-03-05")
        #expect(ReportLanguage.lv.day("2019-03-05") == "05.03.2019")
        #expect(ReportLanguage.tr.day("2020-01-14") == "14.01.2020")
        #expect(ReportLanguage.en.month("2019-02") == "2019-02")
        #expect(ReportLanguage.lv.month("2019-02") == "2019. gada februāris")
        #expect(ReportLanguage.tr.month("2019-08") == "Ağustos 2019")
        #expect(ReportLanguage.tr.month(Report.noLesson) == Report.noLesson)
    }

    @Test func numbersInEachLanguagesHabit() {
        #expect(ReportLanguage.en.percent(44.04) == "44.0")
        #expect(ReportLanguage.lv.percent(44.04) == "44,0")
        #expect(ReportLanguage.lv.percent(72) == "72,0")
        #expect(ReportLanguage.tr.gain(0.5) == "0,50")
        #expect(ReportLanguage.tr.gain(-0.126) == "-0,13")
        #expect(ReportLanguage.lv.gain(nil) == "–")
        #expect(ReportLanguage.en.integer(1783) == "1783")
        #expect(ReportLanguage.en.integer(12345) == "12345")
        #expect(ReportLanguage.lv.integer(1783) == "1783")
        #expect(ReportLanguage.lv.integer(12345) == "12\u{00A0}345")
        #expect(ReportLanguage.tr.integer(1_234_567) == "1.234.567")
        #expect(ReportLanguage.tr.integer(-98765) == "-98.765")
    }

    @Test func everyLabelIsWrittenInEveryLanguage() {
        for label in ReportLabel.allCases {
            let texts = ReportLanguage.allCases.map { ReportStrings.text(label, in: $0) }
            #expect(!texts.contains(""), "\(label)")
        }
        #expect(ReportStrings.groupingTitle([.country, .kind], in: .en) == "By country and kind")
        #expect(ReportStrings.groupingTitle([.country, .kind], in: .lv) == "Pa valstīm un veidiem")
        #expect(ReportStrings.groupingTitle([.kind], in: .tr) == "Tür bazında")
        #expect(ReportStrings.groupingTitle([.town, .audience], in: .tr) == "Şehir ve hedef kitle bazında")
    }

    @Test func countriesByTheirEnglishNameAreNamedInTheReportsLanguage() {
        let lv = ReportWords(language: .lv), tr = ReportWords(language: .tr), en = ReportWords(language: .en)
        #expect(lv.value("Latvia", of: .country) == "Latvija" && tr.value("Latvia", of: .country) == "Letonya")
        #expect(lv.value("Türkiye", of: .country) == "Turcija" && tr.value("Türkiye", of: .country) == "Türkiye")
        #expect(lv.value("Czechia", of: .country) == "Čehija" && tr.value("North Macedonia", of: .country) == "Kuzey Makedonya")
        #expect(en.value("Latvia", of: .country) == "Latvia")
        // Another spelling is printed as stored, so two spellings never share a name; towns are never translated.
        for stored in ["LV", "latvia", "Turkey", "Latvija", "Narnia"] {
            #expect(lv.value(stored, of: .country) == stored && tr.value(stored, of: .country) == stored)
        }
        #expect(lv.value("Latvia", of: .town) == "Latvia")
        for language in [ReportLanguage.lv, .tr] {
            let names = CountryNames.table.keys.compactMap { CountryNames.name(of: $0, in: language) }
            #expect(Set(names).count == CountryNames.table.count, "\(language)")
        }
    }

    private static let groupings: [[ReportDimension]] = [[.month], [.country, .kind], [.audience], [.lesson]]

    @Test(arguments: Backend.available, [ReportLanguage.lv, .tr]) func exactPages(
        _ backend: Backend, _ language: ReportLanguage
    ) async throws {
        let report = try await TestSupport.smallDataSet(backend).report(ReportRequest(groupings: Self.groupings))
        try ReportFixture.expect(try ReportFormat.table.render(report, language: language), "small-\(language).txt")
        try ReportFixture.expect(try ReportFormat.csv.render(report, language: language), "small-\(language).csv")
        try ReportFixture.expect(try ReportFormat.html.render(report, language: language), "small-\(language).html")
    }

    @Test(arguments: Backend.available) func englishAndMachineCSVAreTheSameStableFile(_ backend: Backend) async throws {
        let report = try await TestSupport.smallDataSet(backend).report(ReportRequest(groupings: Self.groupings))
        let english = try ReportFormat.csv.render(report)
        #expect(english.hasPrefix("section,group,measure,value\ntotals,,events,5\n"))
        try ReportFixture.expect(english, "small-machine.csv")
        for language in ReportLanguage.allCases {
            #expect(try ReportFormat.csv.render(report, language: language, machine: true) == english)
        }
        let latvian = try ReportFormat.csv.render(report, language: .lv)
        #expect(latvian.hasPrefix("sadaļa;grupa;rādītājs;vērtība\nkopā;;pasākumi;5\n"))
        let turkish = try ReportFormat.html.render(report, language: .tr)
        #expect(turkish.contains("<html lang=\"tr\">"))
        #expect(try ReportFormat.html.render(report).contains("<html lang=\"en\">"))
    }

    @Test(arguments: Backend.available) func jsonIsTheSameInEveryLanguage(_ backend: Backend) async throws {
        let report = try await TestSupport.smallDataSet(backend).report(ReportRequest(groupings: Self.groupings))
        let json = try ReportFormat.json.render(report)
        for language in ReportLanguage.allCases { #expect(try ReportFormat.json.render(report, language: language) == json) }
    }
}
