import EcoLearnTracking
import GRDB

extension SQLiteParticipationStore {
    /// The stored event that `valid` is the same event as, if any: by code, or else by `EventIdentity` (a coded
    /// event is matched this way only against events stored without a code).
    static func storedMatch(for valid: ValidEvent, _ db: Database) throws -> StoredMatch? {
        let event = valid.record
        var found: EventRecord?
        if let code = event.code {
            found = try EventRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM event WHERE code = ?"), arguments: [code])
        }
        if found == nil {
            let sql = "SELECT * FROM event WHERE date = ? AND kind = ?" + (event.code == nil ? "" : " AND code IS NULL")
            found = StoredMatch.sameEvent(
                as: valid,
                among: try EventRecord.fetchAll(db.cachedStatement(sql: sql), arguments: [event.date, event.kind.rawValue]))
        }
        guard let stored = found, let id = stored.id else { return nil }
        let lessons = try String.fetchAll(
            db.cachedStatement(sql: "SELECT unit_id FROM event_lesson WHERE event_id = ? ORDER BY unit_id"), arguments: [id])
        let counts = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT dimension, value, count FROM headcount WHERE event_id = ?"), arguments: [id])
            .map { "\($0[0] as String) \($0[1] as String) \($0[2] as Int)" }
        return StoredMatch(valid, stored: stored, lessons: lessons, counts: counts)
    }
}
