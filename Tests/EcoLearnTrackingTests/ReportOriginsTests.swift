import EcoLearnTracking
import Foundation
import Testing

/// Signed local and international participants per event and per country, and the funder's thresholds, on the
/// hand-made twinning data set (Fixtures/twinning): T1 Daugavpils 4 local, 3 international, 1 not recorded;
/// T2 Suluova 2 local, 2 international; T3 Amasya 5 local, 1 international; T4 Daugavpils a headcount of 40 only.
@Suite struct ReportOriginsTests {
    static func twinning(_ backend: Backend) async throws -> any ParticipationStore {
        let store = try await TestSupport.store(backend)
        _ = try await store.importEvents(
            data: TestSupport.fixture("twinning/events.csv"), fileName: "events.csv", options: ImportOptions(knownLessons: []))
        _ = try await store.importAttendance(data: TestSupport.fixture("twinning/attendance.csv"), fileName: "attendance.csv")
        return store
    }

    private func rows(_ origins: ReportOrigins) -> [[String]] {
        origins.events.map { event in
            [event.reference, event.date, event.town, event.country, "\(event.signed.local)", "\(event.signed.international)",
             "\(event.signed.notRecorded)", "\(event.signed.total)", event.shortfalls.map(\.rawValue).joined(separator: "+")]
        }
    }

    @Test(arguments: Backend.available) func signedPerEventAndCountryWithTheTwinningRule(_ backend: Backend) async throws {
        let store = try await Self.twinning(backend)
        let report = try await store.report(ReportRequest(thresholds: ReportThresholds(minParticipants: 5, minInternational: 3)))
        let origins = try #require(report.origins)
        #expect(rows(origins) == [
            ["T1", "2019-05-10", "Daugavpils", "Latvia", "4", "3", "1", "8", ""],
            ["T2", "2019-06-20", "Suluova", "Türkiye", "2", "2", "0", "4", "participants+international"],
            ["T3", "2019-06-21", "Amasya", "Türkiye", "5", "1", "0", "6", "international"],
            ["T4", "2019-07-01", "Daugavpils", "Latvia", "0", "0", "0", "0", "participants+international"],
        ])
        #expect(origins.countries.map { [$0.country, "\($0.events)", "\($0.signed.local)", "\($0.signed.international)",
                                         "\($0.signed.notRecorded)", "\($0.signed.total)", "\($0.eventsUnder)"] } == [
            ["Latvia", "2", "4", "3", "1", "8", "1"], ["Türkiye", "2", "7", "3", "0", "10", "2"],
        ])
        #expect(origins.under.map(\.reference) == ["T2", "T3", "T4"])
        // Headcounts are not signatures: T4's 40 people count among the people reached, not here.
        #expect(report.totals.headcount == 40)
    }

    @Test(arguments: Backend.available) func onlyTheThresholdsGivenAreChecked(_ backend: Backend) async throws {
        let store = try await Self.twinning(backend)
        let international = try #require(try await store.report(
            ReportRequest(thresholds: ReportThresholds(minInternational: 2))).origins)
        #expect(international.under.map(\.reference) == ["T3", "T4"])
        #expect(international.under.map(\.shortfalls) == [[.international], [.international]])
        let listing = try #require(try await store.report(ReportRequest(thresholds: ReportThresholds())).origins)
        #expect(listing.under.isEmpty)
        #expect(listing.events.count == 4)
        #expect(try await store.report(ReportRequest()).origins == nil)
    }

    @Test(arguments: Backend.available) func filtersApply(_ backend: Backend) async throws {
        let store = try await Self.twinning(backend)
        let report = try await store.report(ReportRequest(
            filter: EventFilter(country: "türkiye"), thresholds: ReportThresholds(minParticipants: 5)))
        let origins = try #require(report.origins)
        #expect(origins.events.map(\.reference) == ["T2", "T3"])
        #expect(origins.under.map(\.reference) == ["T2"])
    }

    @Test(arguments: Backend.available, ReportLanguage.allCases) func renderedSection(
        _ backend: Backend, _ language: ReportLanguage
    ) async throws {
        let store = try await Self.twinning(backend)
        let report = try await store.report(ReportRequest(
            filter: EventFilter(), thresholds: ReportThresholds(minParticipants: 5, minInternational: 3)))
        try ReportFixture.expect(try ReportFormat.table.render(report, language: language), "twinning-\(language).txt")
        try ReportFixture.expect(try ReportFormat.csv.render(report, language: language), "twinning-\(language).csv")
        try ReportFixture.expect(try ReportFormat.html.render(report, language: language), "twinning-\(language).html")
    }
}
