import EcoLearnTracking
import GRDB

extension SQLiteParticipationStore {
    /// Stores scored quizzes in one transaction (see `ParticipationStore.saveQuizResults`).
    public func saveQuizResults(_ results: [QuizResultInput]) throws -> QuizSaveOutcome {
        let problems = QuizResultInput.problems(results)
        if !problems.isEmpty { throw StoreError.invalidInput(problems) }
        return try pool.write { db in
            var outcome = QuizSaveOutcome(added: 0, replaced: 0)
            var events: [String: Int64] = [:]
            for result in results {
                let eventID: Int64
                if let known = events[result.event] {
                    eventID = known
                } else {
                    guard let event = try Self.findEvent(result.event, db), let id = event.id else {
                        throw StoreError.eventNotFound(result.event)
                    }
                    events[result.event] = id
                    eventID = id
                }
                try db.execute(
                    sql: "DELETE FROM quiz_result WHERE event_id = ? AND unit_id = ? AND phase = ? AND respondent = ?",
                    arguments: [eventID, result.unitID, result.phase.rawValue, result.respondent])
                if db.changesCount > 0 { outcome.replaced += 1 } else { outcome.added += 1 }
                var record = QuizResultRecord(
                    eventID: eventID, unitID: result.unitID, unitVersion: result.unitVersion, phase: result.phase,
                    respondent: result.respondent, seed: result.seed.map { Int64(bitPattern: $0) }, percent: result.percent)
                try record.insert(db)
                for answer in result.answers {
                    try QuizAnswerRecord(
                        resultID: record.id ?? 0, questionID: answer.questionID, objectiveID: answer.objectiveID,
                        fraction: answer.fraction
                    ).insert(db)
                }
            }
            return outcome
        }
    }
}
