import EcoLearn
import GRDB

/// What makes a recorded event the same event when it is typed again (docs/TRACKING.md, "Which rows are the
/// same event"): its code when it has one; without a code, its date, town, country, kind and title, the texts
/// compared as `CaselessKey` folds them. Two different events on one day in one town with the same kind and
/// title need codes (or titles that tell them apart).
struct EventIdentity: Hashable {
    var date: String
    var kind: EventKind
    var town: String
    var country: String
    var title: String

    init(_ event: EventRecord) {
        date = event.date
        kind = event.kind
        town = CaselessKey.fold(event.town)
        country = CaselessKey.fold(event.country)
        title = CaselessKey.fold(event.title)
    }

    /// How messages name the event: `2019-03-14 Daugavpils, seminar "Title"`.
    static func describe(_ event: EventRecord) -> String {
        "\(event.date) \(event.town), \(event.kind.rawValue) \"\(event.title)\""
    }
}

/// A stored event that a typed event is the same as, and whether everything else about it agrees.
struct StoredMatch {
    var stored: EventRecord
    /// True when the stored event has the same details, lessons and headcounts: typing it again changes nothing.
    var identical: Bool
}

extension ParticipationStore {
    /// The stored event that `valid` is the same event as, if any: by code, or else by `EventIdentity` (a coded
    /// event is matched this way only against events stored without a code).
    static func storedMatch(for valid: ValidEvent, _ db: Database) throws -> StoredMatch? {
        let event = valid.record
        var found: EventRecord?
        if let code = event.code {
            found = try EventRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM event WHERE code = ?"), arguments: [code])
        }
        if found == nil {
            let identity = EventIdentity(event)
            let sql = "SELECT * FROM event WHERE date = ? AND kind = ?" + (event.code == nil ? "" : " AND code IS NULL")
            found = try EventRecord.fetchAll(db.cachedStatement(sql: sql), arguments: [event.date, event.kind.rawValue])
                .first { EventIdentity($0) == identity }
        }
        guard let stored = found, let id = stored.id else { return nil }
        var typed = event
        typed.id = id
        typed.code = event.code ?? stored.code
        if EventIdentity(typed) == EventIdentity(stored) {
            // Spelled otherwise (case, Unicode form), but the same words: the stored spelling stands.
            (typed.town, typed.country, typed.title) = (stored.town, stored.country, stored.title)
        }
        typed.importID = stored.importID
        let lessons = try String.fetchAll(
            db.cachedStatement(sql: "SELECT unit_id FROM event_lesson WHERE event_id = ? ORDER BY unit_id"), arguments: [id])
        let counts = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT dimension, value, count FROM headcount WHERE event_id = ?"), arguments: [id])
            .map { "\($0[0] as String) \($0[1] as String) \($0[2] as Int)" }
        let identical = typed == stored && lessons == valid.lessons.sorted()
            && Set(counts) == Set(valid.headcounts.map { "\($0.0.rawValue) \($0.1) \($0.2)" })
        return StoredMatch(stored: stored, identical: identical)
    }
}
