import EcoLearn
import EcoLearnLive
import EcoLearnTracking
import GRDB

extension SQLiteParticipationStore {
    /// Removes every trace of the person with this pseudonymous key (compared as `CaselessKey` folds it), in one
    /// transaction: the participant, their attendances, quiz results (with answers) given under the key, and the
    /// file names of the imports that listed them or name the key (the file's hash stays, so importing that
    /// sheet again still changes nothing), the name in live games' records of each player who joined under the key
    /// (`forgetLivePlayers`), and a `Tombstone` for sync. Deleted bytes are overwritten (`secure_delete`) and the
    /// write-ahead log is emptied into the file, so nothing of the person stays readable in the database's files.
    public func forgetParticipant(key: String) throws -> ForgetOutcome {
        let folded = CaselessKey.fold(key)
        return try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA secure_delete = ON")
            defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
            var outcome = ForgetOutcome(participants: 0, attendances: 0, quizResults: 0, quizAnswers: 0)
            try db.inTransaction {
                outcome = try Self.forget(folded, db)
                outcome.liveRecords = try Self.forgetLivePlayers(db) { $0 == folded }.count
                return .commit
            }
            _ = try db.checkpoint(.truncate)
            return outcome
        }
    }

    static func forget(_ folded: String, _ db: Database) throws -> ForgetOutcome {
        let attendances = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM attendance a JOIN participant p ON p.id = a.participant_id WHERE p.folded_key = ?
            """, arguments: [folded]) ?? 0
        var imports = Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT a.import_id FROM attendance a JOIN participant p ON p.id = a.participant_id
            WHERE p.folded_key = ? AND a.import_id IS NOT NULL
            """, arguments: [folded]))
        if folded.count >= 3 {
            for row in try Row.fetchAll(db, sql: "SELECT id, file_name FROM import_log")
            where CaselessKey.fold(row[1]).contains(folded) {
                imports.insert(row[0])
            }
        }
        let answers = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM quiz_answer qa JOIN quiz_result r ON r.id = qa.result_id WHERE r.respondent_key = ?
            """, arguments: [folded]) ?? 0
        let results = try QuizResultRecord.filter(QuizResultRecord.Columns.respondentKey == folded).deleteAll(db)
        let participants = try ParticipantRecord.filter(ParticipantRecord.Columns.foldedKey == folded).deleteAll(db)
        let rename = try db.makeStatement(sql: "UPDATE import_log SET file_name = ? WHERE id = ? AND file_name <> ?")
        var renamed = 0
        for id in imports.sorted() {
            try rename.execute(arguments: [ForgetOutcome.forgottenFileName, id, ForgetOutcome.forgottenFileName])
            renamed += db.changesCount
        }
        // The tombstone `ecolearn sync` sends to the server (a hash of the key, never the key).
        try db.execute(sql: """
            INSERT INTO tombstone (key_hash, forgotten_at, synced) VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 0)
            ON CONFLICT (key_hash) DO UPDATE SET synced = 0
            """, arguments: [Tombstone.hash(folded: folded)])
        return ForgetOutcome(
            participants: participants, attendances: attendances, quizResults: results, quizAnswers: answers,
            importNames: renamed)
    }

    /// Renames, in the `joined` records of every live game, each player whose name, folded as `CaselessKey` folds
    /// it, `forgets` picks (`LiveRecord.forgetting`: `forgotten 3` for the third player, so the game still replays
    /// and resumes); returns the folded names renamed, one per record.
    static func forgetLivePlayers(_ db: Database, where forgets: (String) -> Bool) throws -> [String] {
        let rename = try db.makeStatement(sql: "UPDATE live_record SET record = ? WHERE game = ? AND seq = ?")
        var renamed: [String] = []
        for row in try Row.fetchAll(db, sql: #"SELECT game, seq, record FROM live_record WHERE record LIKE '{"joined":%'"#) {
            var folded = ""
            let line = try LiveRecord.forgetting(row[2]) { name in
                folded = CaselessKey.fold(name)
                return forgets(folded)
            }
            guard let line else { continue }
            try rename.execute(arguments: [line, row[0], row[1]])
            renamed.append(folded)
        }
        return renamed
    }
}
