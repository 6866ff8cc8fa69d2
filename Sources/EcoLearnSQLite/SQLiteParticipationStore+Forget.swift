import EcoLearnTracking
import GRDB

extension SQLiteParticipationStore {
    /// Removes everything stored about the person with this pseudonymous key, in one transaction: the
    /// participant, their attendances, and quiz results (with answers) given under the key.
    public func forgetParticipant(key: String) throws -> ForgetOutcome {
        try pool.write { db in
            let attendances = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM attendance a JOIN participant p ON p.id = a.participant_id WHERE p.key = ?
                """, arguments: [key]) ?? 0
            let answers = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM quiz_answer qa JOIN quiz_result r ON r.id = qa.result_id WHERE r.respondent = ?
                """, arguments: [key]) ?? 0
            let results = try QuizResultRecord.filter(QuizResultRecord.Columns.respondent == key).deleteAll(db)
            let participants = try ParticipantRecord.filter(ParticipantRecord.Columns.key == key).deleteAll(db)
            return ForgetOutcome(
                participants: participants, attendances: attendances, quizResults: results, quizAnswers: answers)
        }
    }
}
