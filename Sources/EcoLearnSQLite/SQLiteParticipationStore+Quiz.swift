import EcoLearn
import EcoLearnTracking
import GRDB

extension SQLiteParticipationStore {
    /// Stores scored quizzes in one transaction (see `ParticipationStore.saveQuizResults`).
    public func saveQuizResults(_ results: [QuizResultInput], addingLessons: Bool) throws -> QuizSaveOutcome {
        let problems = QuizResultInput.problems(results)
        if !problems.isEmpty { throw StoreError.invalidInput(problems) }
        return try pool.write { db in
            var outcome = QuizSaveOutcome(added: 0, replaced: 0)
            let plan = QuizSavePlan(results)
            var eventIDs: [String: Int64] = [:]
            for reference in plan.references { eventIDs[reference] = try Self.findEvent(reference, db)?.id }
            for step in plan.steps(eventIDs: eventIDs) {
                let result = step.result
                let eventID = try step.eventID()
                if step.checksLesson {
                    try Self.requireLesson(result.unitID, at: eventID, reference: result.event, adding: addingLessons, db)
                }
                let respondentKey = CaselessKey.fold(result.respondent)
                try db.execute(
                    sql: "DELETE FROM quiz_result WHERE event_id = ? AND unit_id = ? AND phase = ? AND respondent_key = ?",
                    arguments: [eventID, result.unitID, result.phase.rawValue, respondentKey])
                if db.changesCount > 0 { outcome.replaced += 1 } else { outcome.added += 1 }
                var record = QuizResultRecord(
                    eventID: eventID, unitID: result.unitID, unitVersion: result.unitVersion, phase: result.phase,
                    respondent: result.respondent, respondentKey: respondentKey,
                    seed: result.seed.map { Int64(bitPattern: $0) }, percent: result.percent)
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

    /// Checks that the event lists `unit` among its lessons, or adds it when `adding`.
    private static func requireLesson(_ unit: String, at event: Int64, reference: String, adding: Bool, _ db: Database) throws {
        let lessons = try String.fetchAll(
            db, sql: "SELECT unit_id FROM event_lesson WHERE event_id = ? ORDER BY unit_id", arguments: [event])
        if lessons.contains(unit) { return }
        guard adding else { throw StoreError.lessonNotAtEvent(event: reference, unit: unit, lessons: lessons) }
        try db.execute(sql: "INSERT INTO event_lesson (event_id, unit_id) VALUES (?, ?)", arguments: [event, unit])
    }
}
