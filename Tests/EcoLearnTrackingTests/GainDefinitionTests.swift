import EcoLearn
import EcoLearnTracking
import Foundation
import Testing

/// `quiz gain` (`KnowledgeGain`) and the report (`Report.Gain`) give the same gain for the same results: matched
/// pairs only, objective scores per respondent clamped to 0...1, Hake's normalised gain of the pair means.
@Suite struct GainDefinitionTests {
    private static let mark = SourceMark(file: "t.yaml", line: 1, column: 1)

    private static let unit = LessonUnit(
        id: "sorting-at-home-latvia", version: 2, title: LocalizedText(["en": "Sorting"]),
        summary: LocalizedText(["en": "Sorting"]), languages: ["en"], topics: ["waste"], audiences: [.school], minutes: 45,
        objectives: [
            Objective(id: "name-streams", text: LocalizedText(["en": "Name the streams"]), mark: mark),
            Objective(id: "rinse", text: LocalizedText(["en": "Rinse"]), mark: mark),
        ],
        activities: [], sources: [], license: "CC-BY-4.0")

    /// A result: q1 and q2 assess name-streams, q3 rinse (its fraction may be negative: negative marking).
    private static func result(_ respondent: String, _ percent: Double, _ fractions: [Double]) -> QuizResult {
        let objectives = ["name-streams", "name-streams", "rinse"]
        return QuizResult(
            unitID: "sorting-at-home-latvia", unitVersion: 2, seed: nil, variantCode: "", respondent: respondent,
            language: "en",
            answers: fractions.enumerated().map { index, fraction in
                QuizResult.Answer(
                    questionID: "q\(index + 1)", kind: .truefalse, objective: objectives[index], response: .blank,
                    fraction: fraction, points: fraction, maxPoints: 1)
            },
            total: percent / 100 * 3, maximum: 3, percent: percent, passed: percent >= 60)
    }

    /// A, B and C took the pre-test; a, B and D the post-test (`a` is A's key in another case): pairs A and B.
    private static let pre = [result("A", 20, [1, -0.5, -1]), result("B", 60, [1, 1, 0]), result("C", 0, [0, 0, 0])]
    private static let post = [result("a", 80, [1, 1, 0.5]), result("B", 100, [1, 1, 1]), result("D", 100, [1, 1, 1])]

    @Test func quizGainCountsPairsOnly() throws {
        let gain = KnowledgeGain(unit: Self.unit, pre: Self.pre, post: Self.post)
        #expect(gain.preCount == 3 && gain.postCount == 3 && gain.matched == 2)
        let unit = try #require(gain.unit)
        #expect(abs(unit.meanPre - 0.4) < 1e-12 && abs(unit.meanPost - 0.9) < 1e-12)
        #expect(abs((unit.normalisedGain ?? 0) - 5.0 / 6) < 1e-12)
        // name-streams: A (1 − 0.5) / 2 = 0.25, B 1 before; 1 and 1 after. rinse: A −1 clamped to 0, B 0; 0.5 and 1.
        #expect(gain.objectives.map(\.objective) == ["name-streams", "rinse"])
        #expect(abs(gain.objectives[0].gain.meanPre - 0.625) < 1e-12 && gain.objectives[0].gain.meanPost == 1)
        #expect(gain.objectives[1].gain.meanPre == 0 && gain.objectives[1].gain.meanPost == 0.75)
    }

    @Test(arguments: Backend.available) func theReportAgreesWithQuizGain(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        _ = try await store.saveQuizResults(
            Self.pre.map { QuizResultInput($0, event: "E5", phase: .pre) }
                + Self.post.map { QuizResultInput($0, event: "E5", phase: .post) },
            addingLessons: true)
        let report = try await store.report(ReportRequest(filter: EventFilter(from: DayDate("2019-03-01"))))
        let gain = KnowledgeGain(unit: Self.unit, pre: Self.pre, post: Self.post)
        let unit = try #require(report.units.first)
        #expect(report.units.count == 1)
        #expect(unit.preCount == gain.preCount && unit.postCount == gain.postCount && unit.pairs == gain.matched)
        #expect(unit.meanPre == 40 && unit.meanPost == 90)
        #expect(abs((unit.normalisedGain ?? 0) - (gain.unit?.normalisedGain ?? 0)) < 1e-9)
        #expect(report.objectives.map { $0.objective ?? "" } == gain.objectives.map(\.objective))
        for (row, objective) in zip(report.objectives, gain.objectives) {
            #expect(row.pairs == objective.matched)
            #expect(abs((row.meanPre ?? -1) - objective.gain.meanPre * 100) < 1e-9)
            #expect(abs((row.meanPost ?? -1) - objective.gain.meanPost * 100) < 1e-9)
            #expect(abs((row.normalisedGain ?? -1) - (objective.gain.normalisedGain ?? -2)) < 1e-9)
        }
    }
}
