import EcoLearn
import EcoLearnTracking
import Foundation
import Testing

/// Report numbers pinned on the small hand-computed data set (Fixtures/small; see TestSupport for the quizzes).
@Suite struct ReportTests {
    typealias Counts = Report.Counts

    private func counts(_ events: Int, _ attendances: Int, _ unique: Int, _ headcount: Int) -> Counts {
        Counts(events: events, attendances: attendances, uniqueParticipants: unique, headcount: headcount)
    }

    private func rows(_ grouping: Report.Grouping) -> [String: Counts] {
        Dictionary(uniqueKeysWithValues: grouping.rows.map { ($0.key.joined(separator: "/"), $0.counts) })
    }

    @Test(arguments: Backend.available) func totals(_ backend: Backend) async throws {
        let report = try await TestSupport.smallDataSet(backend).report(ReportRequest())
        #expect(report.totals == counts(5, 6, 5, 95))
        #expect(report.totals.people == 101)
        #expect(report.firstEvent == "2019-01-15")
        #expect(report.lastEvent == "2019-03-05")
    }

    @Test(arguments: Backend.available) func groupedByEachDimension(_ backend: Backend) async throws {
        let report = try await TestSupport.smallDataSet(backend).report(ReportRequest(
            groupings: [[.month], [.country], [.town], [.kind], [.audience], [.lesson]]))
        #expect(rows(report.groupings[0]) == [
            "2019-01": counts(2, 3, 3, 25), "2019-02": counts(2, 0, 0, 70), "2019-03": counts(1, 3, 3, 0),
        ])
        #expect(rows(report.groupings[1]) == ["Latvia": counts(2, 3, 3, 25), "Türkiye": counts(3, 3, 3, 70)])
        #expect(rows(report.groupings[2]) == [
            "Amasya": counts(1, 0, 0, 40), "Daugavpils": counts(2, 3, 3, 25), "Suluova": counts(2, 3, 3, 30),
        ])
        #expect(rows(report.groupings[3]) == [
            "lesson": counts(2, 0, 0, 55), "public-action": counts(1, 0, 0, 40), "seminar": counts(1, 3, 3, 0),
            "study-visit": counts(1, 3, 3, 0),
        ])
        #expect(rows(report.groupings[4]) == [
            "municipal": counts(1, 3, 3, 0), "ngo": counts(1, 3, 3, 0), "public": counts(1, 0, 0, 40),
            "school": counts(2, 0, 0, 55),
        ])
        #expect(rows(report.groupings[5]) == [
            "(no lesson)": counts(2, 3, 3, 40), "sifir-atik-turkiye": counts(1, 0, 0, 30),
            "sorting-at-home-latvia": counts(1, 0, 0, 25), "waste-hierarchy": counts(2, 3, 3, 30),
        ])
        #expect(report.groupings[0].rows.map(\.key) == [["2019-01"], ["2019-02"], ["2019-03"]])
    }

    @Test(arguments: Backend.available) func crossedDimensions(_ backend: Backend) async throws {
        let report = try await TestSupport.smallDataSet(backend).report(ReportRequest(groupings: [[.country, .kind]]))
        #expect(rows(report.groupings[0]) == [
            "Latvia/lesson": counts(1, 0, 0, 25), "Latvia/seminar": counts(1, 3, 3, 0),
            "Türkiye/lesson": counts(1, 0, 0, 30), "Türkiye/public-action": counts(1, 0, 0, 40),
            "Türkiye/study-visit": counts(1, 3, 3, 0),
        ])
    }

    @Test(arguments: Backend.available) func breakdownsOfPeople(_ backend: Backend) async throws {
        let report = try await TestSupport.smallDataSet(backend).report(ReportRequest())
        func table(_ index: Int) -> [[String]] {
            report.breakdowns[index].rows.map {
                [$0.value, "\($0.attendances)", "\($0.uniqueParticipants)", "\($0.headcount)"]
            }
        }
        #expect(report.breakdowns.map(\.dimension) == ["gender", "age band", "local/international"])
        #expect(table(0) == [["female", "3", "2", "27"], ["male", "2", "2", "28"], ["not recorded", "1", "1", "40"]])
        #expect(table(1) == [
            ["10-14", "0", "0", "45"], ["15-18", "0", "0", "10"], ["25-34", "2", "2", "0"], ["35-44", "2", "1", "0"],
            ["45-54", "1", "1", "0"], ["not recorded", "1", "1", "40"],
        ])
        #expect(table(2) == [["international", "0", "0", "2"], ["local", "5", "4", "53"], ["not recorded", "1", "1", "40"]])
    }

    @Test(arguments: Backend.available) func periodFilter(_ backend: Backend) async throws {
        let from = try #require(DayDate("01.02.2019"))
        let to = try #require(DayDate("2019-02-28"))
        let report = try await TestSupport.smallDataSet(backend).report(ReportRequest(filter: EventFilter(from: from, to: to)))
        #expect(report.totals == counts(2, 0, 0, 70))
        #expect(report.units.isEmpty)
    }

    /// Gains over matched pairs (R1 and R2 took both tests of sorting-at-home-latvia at E2; R3 only the post-test),
    /// objective scores per respondent (the mean of their fractions on the objective's questions).
    @Test(arguments: Backend.available) func knowledgeGainPerUnitAndObjective(_ backend: Backend) async throws {
        let report = try await TestSupport.smallDataSet(backend).report(ReportRequest())
        let sorting = try #require(report.units.first { $0.unit == "sorting-at-home-latvia" })
        #expect(sorting.preCount == 2 && sorting.postCount == 3 && sorting.pairs == 2)
        #expect(sorting.meanPre == 50 && sorting.meanPost == 90)
        #expect(abs((sorting.normalisedGain ?? 0) - 0.8) < 1e-9)
        let hierarchy = try #require(report.units.first { $0.unit == "waste-hierarchy" })
        #expect(hierarchy.preCount == 1 && hierarchy.postCount == 0 && hierarchy.pairs == 0)
        #expect(hierarchy.meanPre == nil && hierarchy.meanPost == nil && hierarchy.normalisedGain == nil)

        let objectives = Dictionary(uniqueKeysWithValues: report.objectives.map { ("\($0.unit)/\($0.objective ?? "")", $0) })
        let streams = try #require(objectives["sorting-at-home-latvia/name-streams"])
        #expect(streams.preCount == 2 && streams.postCount == 3 && streams.pairs == 2)
        #expect(streams.meanPre == 75 && streams.meanPost == 100)
        #expect(streams.normalisedGain == 1)
        let rinse = try #require(objectives["sorting-at-home-latvia/rinse"])
        #expect(rinse.meanPre == 0 && rinse.meanPost == 75)
        #expect(rinse.normalisedGain == 0.75)
        let order = try #require(objectives["waste-hierarchy/order-steps"])
        #expect(order.preCount == 1 && order.pairs == 0 && order.meanPre == nil)
    }

    @Test(arguments: Backend.available) func renderedFormatsCarryTheNumbers(_ backend: Backend) async throws {
        let report = try await TestSupport.smallDataSet(backend).report(ReportRequest(groupings: [[.country]]))
        let table = try ReportFormat.table.render(report)
        #expect(table.contains("people (attendances + headcount): 101"))
        #expect(table.contains("Türkiye  3       3            3       70         73"))
        #expect(table.contains("sorting-at-home-latvia  2      3       2      50.0   90.0    0.80"))
        let csv = try ReportFormat.csv.render(report)
        #expect(csv.hasPrefix("section,group,measure,value\ntotals,,events,5\n"))
        #expect(csv.contains("gain per objective,sorting-at-home-latvia / rinse,normalised_gain,0.75\n"))
        let json = try ReportFormat.json.render(report)
        let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        #expect(decoded == report)
        #expect(json.contains("\"people\" : 101"))
        let html = try ReportFormat.html.render(report)
        #expect(html.contains("<svg"))
        #expect(html.contains("size: A4"))
        #expect(!html.contains("<script"))
        // The SVG namespace is a name, not a request; no other address may appear.
        let withoutNamespace = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        for external in ["http:", "https:", "src=\"//", "url(", "@import", "<link"] {
            #expect(!withoutNamespace.contains(external), "\(external)")
        }
    }
}
