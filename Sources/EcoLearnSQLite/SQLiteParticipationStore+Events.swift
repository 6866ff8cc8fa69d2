import EcoLearn
import EcoLearnTracking
import GRDB

extension SQLiteParticipationStore {
    /// Records one event typed on the command line, in one transaction.
    @discardableResult
    public func addEvent(_ input: EventInput, knownLessons: Set<String>?) throws -> EventSummary {
        let valid = try input.checked(knownLessons: knownLessons)
        return try pool.write { db in
            if let match = try Self.storedMatch(for: valid, db) {
                throw EventSheet.alreadyRecorded(valid, as: match.stored)
            }
            let id = try Self.insert(valid, importID: nil, db)
            guard let record = try EventRecord.fetchOne(db, key: id) else { throw StoreError.eventNotFound(String(id)) }
            return try Self.summary(of: record, db)
        }
    }

    /// Inserts a checked event with its lessons and headcounts; returns its id. Uses the connection's cached
    /// statements, so an import of many events prepares each statement once.
    static func insert(_ valid: ValidEvent, importID: Int64?, _ db: Database) throws -> Int64 {
        let event = valid.record
        try db.cachedStatement(sql: """
            INSERT INTO event (code, date, town, country, title, kind, audience, language, organiser, facilitator, import_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                event.code, event.date, event.town, event.country, event.title, event.kind.rawValue,
                event.audience.rawValue, event.language, event.organiser, event.facilitator, importID,
            ])
        let id = db.lastInsertedRowID
        let lesson = try db.cachedStatement(sql: "INSERT INTO event_lesson (event_id, unit_id) VALUES (?, ?)")
        for unit in valid.lessons { try lesson.execute(arguments: [id, unit]) }
        let headcount = try db.cachedStatement(
            sql: "INSERT INTO headcount (event_id, dimension, value, count) VALUES (?, ?, ?, ?)")
        for (dimension, value, count) in valid.headcounts {
            try headcount.execute(arguments: [id, dimension.rawValue, value, count])
        }
        return id
    }

    /// Events matching `filter`, by date then number.
    public func events(_ filter: EventFilter) throws -> [EventSummary] {
        try read { db in
            let (condition, arguments) = filter.sql
            let events = try EventRecord.fetchAll(
                db, sql: "SELECT e.* FROM event e WHERE \(condition) ORDER BY e.date, e.id",
                arguments: StatementArguments(arguments))
            return try events.map { try Self.summary(of: $0, db) }
        }
    }

    /// One event by its code or number.
    public func event(_ reference: String) throws -> EventSummary {
        try read { db in
            guard let record = try Self.findEvent(reference, db) else { throw StoreError.eventNotFound(reference) }
            return try Self.summary(of: record, db)
        }
    }

    /// The event with this code, or else with this number.
    static func findEvent(_ reference: String, _ db: Database) throws -> EventRecord? {
        let trimmed = reference.trimmingSpacesAndTabs
        if let byCode = try EventRecord.filter(EventRecord.Columns.code == trimmed).fetchOne(db) { return byCode }
        guard let number = Int64(trimmed) else { return nil }
        return try EventRecord.fetchOne(db, key: number)
    }

    private static func summary(of record: EventRecord, _ db: Database) throws -> EventSummary {
        let id = record.id ?? 0
        let lessons = try String.fetchAll(db, sql: "SELECT unit_id FROM event_lesson WHERE event_id = ? ORDER BY unit_id", arguments: [id])
        let attendances = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attendance WHERE event_id = ?", arguments: [id]) ?? 0
        let counts = try HeadcountRecord.filter(HeadcountRecord.Columns.eventID == id).fetchAll(db)
        let quizResults = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quiz_result WHERE event_id = ?", arguments: [id]) ?? 0
        let groups = counts.filter { $0.dimension != .total }
            .map { HeadcountGroup(dimension: $0.dimension, value: $0.value, count: $0.count) }
        return EventSummary(
            event: record, lessons: lessons, attendances: attendances,
            headcount: counts.first { $0.dimension == .total }?.count ?? 0, groups: groups, quizResults: quizResults)
    }
}
