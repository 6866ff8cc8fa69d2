@testable import EcoLearnTracking
import Foundation
import Testing

/// Forgetting a participant, and storing quiz results.
@Suite struct ForgetAndQuizTests {
    @Test(arguments: Backend.available) func forgetRemovesEveryRowOfThePerson(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        let outcome = try await store.forgetParticipant(key: "LV-01")
        #expect(outcome == ForgetOutcome(participants: 1, attendances: 2, quizResults: 1, quizAnswers: 1, importNames: 1))
        #expect(outcome.total == 5)
        let report = try await store.report(ReportRequest())
        #expect(report.totals == Report.Counts(events: 5, attendances: 4, uniqueParticipants: 4, headcount: 95))
        #expect(report.units.map(\.unit) == ["sorting-at-home-latvia"])
        #expect(try await store.forgetParticipant(key: "LV-01").total == 0)
    }

    @Test(arguments: Backend.available) func rescoringReplacesInsteadOfDoubleCounting(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        let outcome = try await store.saveQuizResults(Array(TestSupport.quizResults.prefix(2)))
        #expect(outcome == QuizSaveOutcome(added: 0, replaced: 2))
        #expect(try await store.report(ReportRequest()).units.first { $0.unit == "sorting-at-home-latvia" }?.preCount == 2)
    }

    @Test(arguments: Backend.available) func badResultsAreRefusedWithNothingStored(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        var wrong = TestSupport.quizResults[0]
        wrong.respondent = "R9"
        wrong.answers[0].fraction = 1.5
        await #expect(throws: StoreError.invalidInput(["respondent 'R9', question 'q1': fraction 1.5 is outside -1...1"])) {
            try await store.saveQuizResults([wrong])
        }
        var elsewhere = TestSupport.quizResults[0]
        elsewhere.event = "E404"
        await #expect(throws: StoreError.eventNotFound("E404")) { try await store.saveQuizResults([TestSupport.quizResults[5], elsewhere]) }
        #expect(try await store.event("E1").quizResults == 1)
    }

    @Test(arguments: Backend.available) func resultsForAUnitTheEventDoesNotListAreRefusedUnlessAdded(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        var elsewhere = TestSupport.quizResults[0]
        elsewhere.event = "E1"
        await #expect(throws: StoreError.lessonNotAtEvent(event: "E1", unit: "sorting-at-home-latvia", lessons: ["waste-hierarchy"])) {
            try await store.saveQuizResults([TestSupport.quizResults[5], elsewhere])
        }
        #expect(StoreError.lessonNotAtEvent(event: "E4", unit: "u", lessons: []).description
            == "event 'E4' does not list the lesson unit 'u' (it lists no lessons); quiz results are stored only for a lesson the event used. Nothing was saved.")
        let before = try await store.report(ReportRequest())
        #expect(before.units.first { $0.unit == "sorting-at-home-latvia" }?.preCount == 2)
        #expect(try await store.event("E1").quizResults == 1)

        let outcome = try await store.saveQuizResults([elsewhere], addingLessons: true)
        #expect(outcome == QuizSaveOutcome(added: 1, replaced: 0))
        #expect(try await store.event("E1").lessons == ["sorting-at-home-latvia", "waste-hierarchy"])
    }
}
