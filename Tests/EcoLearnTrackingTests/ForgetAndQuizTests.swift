@testable import EcoLearnTracking
import Foundation
import Testing

/// Forgetting a participant, and storing quiz results.
@Suite struct ForgetAndQuizTests {
    @Test(arguments: Backend.available) func forgetRemovesEveryRowOfThePerson(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        let outcome = try await store.forgetParticipant(key: "LV-01")
        #expect(outcome == ForgetOutcome(participants: 1, attendances: 2, quizResults: 1, quizAnswers: 1))
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
        #expect(throws: StoreError.invalidInput(["respondent 'R9', question 'q1': fraction 1.5 is outside -1...1"])) {
            try await store.saveQuizResults([wrong])
        }
        var elsewhere = TestSupport.quizResults[0]
        elsewhere.event = "E404"
        #expect(throws: StoreError.eventNotFound("E404")) { try await store.saveQuizResults([TestSupport.quizResults[5], elsewhere]) }
        #expect(try await store.event("E1").quizResults == 1)
    }
}
