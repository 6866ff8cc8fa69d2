import EcoLearnTracking
import PostgresNIO

extension PostgresParticipationStore {
    /// Stores scored quizzes in one transaction (see `ParticipationStore.saveQuizResults`).
    public func saveQuizResults(_ results: [QuizResultInput]) async throws -> QuizSaveOutcome {
        let problems = QuizResultInput.problems(results)
        if !problems.isEmpty { throw StoreError.invalidInput(problems) }
        return try await transaction { connection in
            var outcome = QuizSaveOutcome(added: 0, replaced: 0)
            var events: [String: Int64] = [:]
            for result in results {
                let eventID: Int64
                if let known = events[result.event] {
                    eventID = known
                } else {
                    guard let id = try await Self.findEvent(result.event, connection) else {
                        throw StoreError.eventNotFound(result.event)
                    }
                    events[result.event] = id
                    eventID = id
                }
                var replace = SQLText()
                replace.append("""
                    WITH gone AS (
                        DELETE FROM quiz_result WHERE event_id = \(replace.bind(eventID)) AND unit_id = \(replace.bind(result.unitID))
                        AND phase = \(replace.bind(result.phase.rawValue)) AND respondent = \(replace.bind(result.respondent))
                        RETURNING 1
                    ) SELECT count(*) FROM gone
                    """)
                if try await connection.rows(replace, as: (Int.self)).first ?? 0 > 0 {
                    outcome.replaced += 1
                } else {
                    outcome.added += 1
                }
                var insert = SQLText()
                insert.append("""
                    INSERT INTO quiz_result (event_id, unit_id, unit_version, phase, respondent, seed, percent)
                    VALUES (\(insert.bind(eventID)), \(insert.bind(result.unitID)), \(insert.bind(result.unitVersion)), \
                    \(insert.bind(result.phase.rawValue)), \(insert.bind(result.respondent)), \
                    \(insert.bind(result.seed.map { Int64(bitPattern: $0) })), \(insert.bind(result.percent)))
                    RETURNING id
                    """)
                let resultID = try await connection.rows(insert, as: (Int64.self)).first ?? 0
                guard !result.answers.isEmpty else { continue }
                var answers = SQLText()
                answers.append("""
                    INSERT INTO quiz_answer (result_id, question_id, objective_id, fraction)
                    SELECT \(answers.bind(resultID)), q, o, f
                    FROM unnest(\(answers.bind(result.answers.map(\.questionID)))::text[], \
                    \(answers.bind(result.answers.map(\.objectiveID)))::text[], \
                    \(answers.bind(result.answers.map(\.fraction)))::double precision[]) AS a(q, o, f)
                    """)
                try await connection.execute(answers)
            }
            return outcome
        }
    }

    /// Removes everything stored about the person with this key, in one transaction: the participant, their
    /// attendances, and quiz results (with answers) given under the key.
    public func forgetParticipant(key: String) async throws -> ForgetOutcome {
        try await transaction { connection in
            var sql = SQLText()
            let bound = sql.bind(key)
            sql.append("""
                WITH answers AS (
                    SELECT count(*) AS n FROM quiz_answer qa JOIN quiz_result r ON r.id = qa.result_id
                    WHERE r.respondent = \(bound)
                ), attendances AS (
                    SELECT count(*) AS n FROM attendance a JOIN participant p ON p.id = a.participant_id
                    WHERE p.key = \(bound)
                ), results AS (
                    DELETE FROM quiz_result WHERE respondent = \(bound) RETURNING 1
                ), people AS (
                    DELETE FROM participant WHERE key = \(bound) RETURNING 1
                )
                SELECT (SELECT count(*) FROM people), (SELECT n FROM attendances), (SELECT count(*) FROM results),
                    (SELECT n FROM answers)
                """)
            let (people, attendances, results, answers) = try await connection.rows(
                sql, as: (Int.self, Int.self, Int.self, Int.self)).first ?? (0, 0, 0, 0)
            return ForgetOutcome(participants: people, attendances: attendances, quizResults: results, quizAnswers: answers)
        }
    }
}
