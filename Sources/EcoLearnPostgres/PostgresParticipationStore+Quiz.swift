import EcoLearn
import EcoLearnTracking
import PostgresNIO

extension PostgresParticipationStore {
    /// Stores scored quizzes in one transaction (see `ParticipationStore.saveQuizResults`).
    public func saveQuizResults(_ results: [QuizResultInput], addingLessons: Bool) async throws -> QuizSaveOutcome {
        let problems = QuizResultInput.problems(results)
        if !problems.isEmpty { throw StoreError.invalidInput(problems) }
        return try await transaction { connection in
            var outcome = QuizSaveOutcome(added: 0, replaced: 0)
            let plan = QuizSavePlan(results)
            var eventIDs: [String: Int64] = [:]
            for reference in plan.references { eventIDs[reference] = try await Self.findEvent(reference, connection) }
            for step in plan.steps(eventIDs: eventIDs) {
                let result = step.result
                let eventID = try step.eventID()
                if step.checksLesson {
                    try await Self.requireLesson(
                        result.unitID, at: eventID, reference: result.event, adding: addingLessons, connection)
                }
                let respondentKey = CaselessKey.fold(result.respondent)
                var replace = SQLText()
                replace.append("""
                    WITH gone AS (
                        DELETE FROM quiz_result WHERE event_id = \(replace.bind(eventID)) AND unit_id = \(replace.bind(result.unitID))
                        AND phase = \(replace.bind(result.phase.rawValue)) AND respondent_key = \(replace.bind(respondentKey))
                        RETURNING 1
                    ) SELECT count(*) FROM gone
                    """)
                if try await connection.rows(replace, as: Int.self).first ?? 0 > 0 {
                    outcome.replaced += 1
                } else {
                    outcome.added += 1
                }
                var insert = SQLText()
                insert.append("""
                    INSERT INTO quiz_result (event_id, unit_id, unit_version, phase, respondent, respondent_key, seed, percent)
                    VALUES (\(insert.bind(eventID)), \(insert.bind(result.unitID)), \(insert.bind(result.unitVersion)), \
                    \(insert.bind(result.phase.rawValue)), \(insert.bind(result.respondent)), \(insert.bind(respondentKey)), \
                    \(insert.bind(result.seed.map { Int64(bitPattern: $0) })), \(insert.bind(result.percent)))
                    RETURNING id
                    """)
                let resultID: Int64 = try await connection.rows(insert, as: Int64.self).first ?? 0
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

    /// Checks that the event lists `unit` among its lessons, or adds it when `adding`.
    private static func requireLesson(
        _ unit: String, at event: Int64, reference: String, adding: Bool, _ connection: PostgresConnection
    ) async throws {
        var sql = SQLText()
        sql.append("SELECT unit_id FROM event_lesson WHERE event_id = \(sql.bind(event)) ORDER BY unit_id COLLATE \"C\"")
        let lessons = try await connection.rows(sql, as: String.self)
        if lessons.contains(unit) { return }
        guard adding else { throw StoreError.lessonNotAtEvent(event: reference, unit: unit, lessons: lessons) }
        var add = SQLText()
        add.append("INSERT INTO event_lesson (event_id, unit_id) VALUES (\(add.bind(event)), \(add.bind(unit)))")
        try await connection.execute(add)
    }

    /// Removes every trace of the person with this key (compared as `CaselessKey` folds it), in one transaction:
    /// the participant, their attendances, quiz results (with answers) given under the key, the file names of the
    /// imports that listed them or whose name holds the key, and the name in live games' records of each player who
    /// joined under the key (`forgetLivePlayers`: a town writer's own games, the owner's every game); a `Tombstone`
    /// tells laptops that sync. PostgreSQL frees the deleted rows' space at its next vacuum.
    public func forgetParticipant(key: String) async throws -> ForgetOutcome {
        let folded = CaselessKey.fold(key)
        return try await transaction { connection in
            var imports = SQLText()
            imports.append("""
                SELECT DISTINCT a.import_id FROM attendance a JOIN participant p ON p.id = a.participant_id
                WHERE p.folded_key = \(imports.bind(folded)) AND a.import_id IS NOT NULL
                """)
            var importIDs = Set<Int64>(try await connection.rows(imports, as: Int64.self))
            if folded.count >= 3 {
                for (id, name) in try await connection.rows(SQLText("SELECT id, file_name FROM import_log"), as: Int64.self, String.self)
                where CaselessKey.fold(name).contains(folded) {
                    importIDs.insert(id)
                }
            }
            var sql = SQLText()
            let bound = sql.bind(folded)
            sql.append("""
                WITH answers AS (
                    SELECT count(*) AS n FROM quiz_answer qa JOIN quiz_result r ON r.id = qa.result_id
                    WHERE r.respondent_key = \(bound)
                ), attendances AS (
                    SELECT count(*) AS n FROM attendance a JOIN participant p ON p.id = a.participant_id
                    WHERE p.folded_key = \(bound)
                ), results AS (
                    DELETE FROM quiz_result WHERE respondent_key = \(bound) RETURNING 1
                ), people AS (
                    DELETE FROM participant WHERE folded_key = \(bound) RETURNING 1
                )
                SELECT (SELECT count(*) FROM people), (SELECT n FROM attendances), (SELECT count(*) FROM results),
                    (SELECT n FROM answers)
                """)
            let (people, attendances, results, answers) = try await connection.rows(
                sql, as: Int.self, Int.self, Int.self, Int.self).first ?? (0, 0, 0, 0)
            var tombstone = SQLText()
            tombstone.append("""
                INSERT INTO tombstone (key_hash) VALUES (\(tombstone.bind(Tombstone.hash(folded: folded)))) ON CONFLICT DO NOTHING
                """)
            try await connection.execute(tombstone)
            var renamed = 0
            if !importIDs.isEmpty {
                var rename = SQLText()
                let name = rename.bind(ForgetOutcome.forgottenFileName)
                rename.append("""
                    WITH renamed AS (
                        UPDATE import_log SET file_name = \(name)
                        WHERE id = ANY(\(rename.bind(importIDs.sorted()))::bigint[]) AND file_name <> \(name) RETURNING 1
                    ) SELECT count(*) FROM renamed
                    """)
                renamed = try await connection.rows(rename, as: Int.self).first ?? 0
            }
            let players = try await Self.forgetLivePlayers(connection) { $0 == folded }
            return ForgetOutcome(
                participants: people, attendances: attendances, quizResults: results, quizAnswers: answers,
                importNames: renamed, liveRecords: players.count)
        }
    }
}
