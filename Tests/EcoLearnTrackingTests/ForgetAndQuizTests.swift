@testable import EcoLearnTracking
import Foundation
import Testing

/// Forgetting a participant, and storing quiz results.
@Suite struct ForgetAndQuizTests {
    @Test func forgetRemovesEveryRowOfThePerson() throws {
        let store = try TestSupport.smallDataSet()
        let outcome = try store.forgetParticipant(key: "LV-01")
        #expect(outcome == ForgetOutcome(participants: 1, attendances: 2, quizResults: 1, quizAnswers: 1, importNames: 1))
        #expect(outcome.total == 5)
        let report = try store.report(ReportRequest())
        #expect(report.totals == Report.Counts(events: 5, attendances: 4, uniqueParticipants: 4, headcount: 95))
        #expect(report.units.map(\.unit) == ["sorting-at-home-latvia"])
        #expect(try store.forgetParticipant(key: "LV-01").total == 0)
    }

    @Test func rescoringReplacesInsteadOfDoubleCounting() throws {
        let store = try TestSupport.smallDataSet()
        let outcome = try store.saveQuizResults(Array(TestSupport.quizResults.prefix(2)))
        #expect(outcome == QuizSaveOutcome(added: 0, replaced: 2))
        #expect(try store.report(ReportRequest()).units.first { $0.unit == "sorting-at-home-latvia" }?.preCount == 2)
    }

    @Test func badResultsAreRefusedWithNothingStored() throws {
        let store = try TestSupport.smallDataSet()
        var wrong = TestSupport.quizResults[0]
        wrong.respondent = "R9"
        wrong.answers[0].fraction = 1.5
        #expect(throws: StoreError.invalidInput(["respondent 'R9', question 'q1': fraction 1.5 is outside -1...1"])) {
            try store.saveQuizResults([wrong])
        }
        var elsewhere = TestSupport.quizResults[0]
        elsewhere.event = "E404"
        #expect(throws: StoreError.eventNotFound("E404")) { try store.saveQuizResults([TestSupport.quizResults[5], elsewhere]) }
        #expect(try store.event("E1").quizResults == 1)
    }

    @Test func resultsForAUnitTheEventDoesNotListAreRefusedUnlessAdded() throws {
        let store = try TestSupport.smallDataSet()
        var elsewhere = TestSupport.quizResults[0]
        elsewhere.event = "E1"
        #expect(throws: StoreError.lessonNotAtEvent(event: "E1", unit: "sorting-at-home-latvia", lessons: ["waste-hierarchy"])) {
            try store.saveQuizResults([TestSupport.quizResults[5], elsewhere])
        }
        #expect(StoreError.lessonNotAtEvent(event: "E4", unit: "u", lessons: []).description
            == "event 'E4' does not list the lesson unit 'u' (it lists no lessons); quiz results are stored only for a lesson the event used. Nothing was saved.")
        let before = try store.report(ReportRequest())
        #expect(before.units.first { $0.unit == "sorting-at-home-latvia" }?.preCount == 2)
        #expect(try store.event("E1").quizResults == 1)

        let outcome = try store.saveQuizResults([elsewhere], addingLessons: true)
        #expect(outcome == QuizSaveOutcome(added: 1, replaced: 0))
        #expect(try store.event("E1").lessons == ["sorting-at-home-latvia", "waste-hierarchy"])
    }
}
