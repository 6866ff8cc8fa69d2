import GRDB

extension ParticipationStore {
    /// Records one event typed on the command line, in one transaction.
    ///
    /// - Parameter knownLessons: unit ids of the library, to check `lessons` against; nil skips the check.
    /// - Throws: `StoreError.invalidInput` with one message per problem (named by its option), nothing stored.
    @discardableResult
    public func addEvent(_ input: EventInput, knownLessons: Set<String>?) throws -> EventSummary {
        let valid: ValidEvent
        switch input.validate(knownLessons: knownLessons) {
        case .success(let event): valid = event
        case .failure(let failure):
            throw StoreError.invalidInput(failure.problems.map { "--\(Self.optionName($0.field)): \($0.message)" })
        }
        let id: Int64 = try pool.write { db in
            if let code = valid.record.code, try EventRecord.filter(EventRecord.Columns.code == code).fetchCount(db) > 0 {
                throw StoreError.invalidInput(["--code: an event with code '\(code)' already exists"])
            }
            return try Self.insert(valid, importID: nil, db)
        }
        return try event(String(id))
    }

    /// Inserts a checked event with its lessons and headcounts; returns its id.
    static func insert(_ valid: ValidEvent, importID: Int64?, _ db: Database) throws -> Int64 {
        var record = valid.record
        record.importID = importID
        try record.insert(db)
        guard let id = record.id else { throw StoreError.eventNotFound(record.reference) }
        for unit in valid.lessons { try EventLessonRecord(eventID: id, unitID: unit).insert(db) }
        for (dimension, value, count) in valid.headcounts {
            try HeadcountRecord(eventID: id, dimension: dimension, value: value, count: count).insert(db)
        }
        return id
    }

    /// Events matching `filter`, by date then number.
    public func events(_ filter: EventFilter = EventFilter()) throws -> [EventSummary] {
        try pool.read { db in
            let (condition, arguments) = filter.sql
            let events = try EventRecord.fetchAll(
                db, sql: "SELECT e.* FROM event e WHERE \(condition) ORDER BY e.date, e.id",
                arguments: StatementArguments(arguments))
            return try events.map { try Self.summary(of: $0, db) }
        }
    }

    /// One event by its code or number.
    public func event(_ reference: String) throws -> EventSummary {
        try pool.read { db in
            guard let record = try Self.findEvent(reference, db) else { throw StoreError.eventNotFound(reference) }
            return try Self.summary(of: record, db)
        }
    }

    /// The event with this code, or else with this number.
    static func findEvent(_ reference: String, _ db: Database) throws -> EventRecord? {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
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

    /// The command-line option for a field (`age 10-14` is typed `--age 10-14=N`).
    static func optionName(_ field: String) -> String {
        field.hasPrefix("age ") ? "age" : field == "lessons" ? "lesson" : field
    }
}
