import EcoLearn
import EcoLearnTracking
import Foundation
import PostgresNIO

extension PostgresParticipationStore {
    @discardableResult
    public func addEvent(_ input: EventInput, knownLessons: Set<String>?) async throws -> EventSummary {
        let valid = try input.checked(knownLessons: knownLessons)
        return try await transaction { connection in
            if let match = try await Self.storedMatch(for: valid, connection) {
                throw EventSheet.alreadyRecorded(valid, as: match.stored)
            }
            let id = try await Self.insert(valid, importID: nil, connection)
            var sql = SQLText()
            let condition = "e.id = \(sql.bind(id))"
            guard let summary = try await Self.summaries(where: condition, sql, connection).first else {
                throw StoreError.eventNotFound(String(id))
            }
            return summary
        }
    }

    /// Inserts a checked event with its lessons and headcounts; returns its id.
    static func insert(_ valid: ValidEvent, importID: Int64?, _ connection: PostgresConnection) async throws -> Int64 {
        let event = valid.record
        var sql = SQLText()
        sql.append("""
            INSERT INTO event (code, date, town, country, title, kind, audience, language, organiser, facilitator, import_id)
            VALUES (\(sql.bind(event.code)), \(sql.bind(event.date))::date, \(sql.bind(event.town)), \
            \(sql.bind(event.country)), \(sql.bind(event.title)), \(sql.bind(event.kind.rawValue)), \
            \(sql.bind(event.audience.rawValue)), \(sql.bind(event.language)), \(sql.bind(event.organiser)), \
            \(sql.bind(event.facilitator)), \(sql.bind(importID)))
            RETURNING id
            """)
        guard let id = try await connection.rows(sql, as: Int64.self).first else {
            throw StoreError.refusedByServer(location: "event", message: "no id returned for a new event")
        }
        if !valid.lessons.isEmpty {
            var lessons = SQLText()
            lessons.append("""
                INSERT INTO event_lesson (event_id, unit_id)
                SELECT \(lessons.bind(id)), unnest(\(lessons.bind(valid.lessons))::text[])
                """)
            try await connection.execute(lessons)
        }
        if !valid.headcounts.isEmpty {
            var counts = SQLText()
            counts.append("""
                INSERT INTO headcount (event_id, dimension, value, count)
                SELECT \(counts.bind(id)), d, v, c
                FROM unnest(\(counts.bind(valid.headcounts.map(\.0.rawValue)))::text[], \
                \(counts.bind(valid.headcounts.map(\.1)))::text[], \(counts.bind(valid.headcounts.map(\.2)))::integer[]) AS h(d, v, c)
                """)
            try await connection.execute(counts)
        }
        return id
    }

    public func events(_ filter: EventFilter) async throws -> [EventSummary] {
        try await snapshot { connection in
            var sql = SQLText()
            let condition = filter.condition(&sql)
            return try await Self.summaries(where: condition, sql, connection)
        }
    }

    public func event(_ reference: String) async throws -> EventSummary {
        try await snapshot { connection in
            guard let id = try await Self.findEvent(reference, connection) else {
                throw StoreError.eventNotFound(reference)
            }
            var sql = SQLText()
            let condition = "e.id = \(sql.bind(id))"
            guard let summary = try await Self.summaries(where: condition, sql, connection).first else {
                throw StoreError.eventNotFound(reference)
            }
            return summary
        }
    }

    /// The id of the event with this code, or else with this number.
    static func findEvent(_ reference: String, _ connection: PostgresConnection) async throws -> Int64? {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        var byCode = SQLText()
        byCode.append("SELECT id FROM event WHERE code = \(byCode.bind(trimmed))")
        if let id = try await connection.rows(byCode, as: Int64.self).first { return id }
        guard let number = Int64(trimmed) else { return nil }
        var byNumber = SQLText()
        byNumber.append("SELECT id FROM event WHERE id = \(byNumber.bind(number))")
        return try await connection.rows(byNumber, as: Int64.self).first
    }

    /// The events matching `condition` (on `event e`, its values bound in `sql`) with what was counted at each, by
    /// date then number.
    static func summaries(where condition: String, _ sql: SQLText, _ connection: PostgresConnection) async throws -> [EventSummary] {
        var sql = sql
        sql.append("""
            SELECT e.id, e.code, to_char(e.date, 'YYYY-MM-DD'), e.town, e.country, e.title, e.kind, e.audience,
                e.language, e.organiser, e.facilitator, e.import_id,
                ARRAY(SELECT unit_id FROM event_lesson l WHERE l.event_id = e.id ORDER BY unit_id COLLATE "C"),
                (SELECT count(*) FROM attendance a WHERE a.event_id = e.id),
                (SELECT count(*) FROM quiz_result r WHERE r.event_id = e.id),
                ARRAY(SELECT h.dimension FROM headcount h WHERE h.event_id = e.id
                      ORDER BY h.dimension COLLATE "C", h.value COLLATE "C"),
                ARRAY(SELECT h.value FROM headcount h WHERE h.event_id = e.id
                      ORDER BY h.dimension COLLATE "C", h.value COLLATE "C"),
                ARRAY(SELECT h.count FROM headcount h WHERE h.event_id = e.id
                      ORDER BY h.dimension COLLATE "C", h.value COLLATE "C")
            FROM event e WHERE \(condition) ORDER BY e.date, e.id
            """)
        var summaries: [EventSummary] = []
        for row in try await connection.query(sql.query, logger: logger).collect() {
            let (id, code, date, town, country, title, kind, audience) = try row.decode(
                (Int64, String?, String, String, String, String, String, String).self)
            let columns = row.makeRandomAccess()
            let language = try columns[8].decode(String?.self)
            let organiser = try columns[9].decode(String?.self)
            let facilitator = try columns[10].decode(String?.self)
            let importID = try columns[11].decode(Int64?.self)
            let lessons = try columns[12].decode([String].self)
            let attendances = try columns[13].decode(Int.self)
            let quizResults = try columns[14].decode(Int.self)
            let dimensions = try columns[15].decode([String].self)
            let values = try columns[16].decode([String].self)
            let counts = try columns[17].decode([Int32].self)
            let record = EventRecord(
                id: id, code: code, date: date, town: town, country: country, title: title,
                kind: EventKind(rawValue: kind) ?? .lesson, audience: Audience(rawValue: audience) ?? .public,
                language: language, organiser: organiser, facilitator: facilitator, importID: importID)
            var headcount = 0
            var groups: [HeadcountGroup] = []
            for index in dimensions.indices {
                guard let dimension = HeadcountDimension(rawValue: dimensions[index]) else { continue }
                if dimension == .total {
                    headcount = Int(counts[index])
                } else {
                    groups.append(HeadcountGroup(dimension: dimension, value: values[index], count: Int(counts[index])))
                }
            }
            summaries.append(EventSummary(
                event: record, lessons: lessons, attendances: attendances, headcount: headcount, groups: groups,
                quizResults: quizResults))
        }
        return summaries
    }

    public func importEvents(data: Data, fileName: String, options: ImportOptions) async throws -> ImportOutcome {
        let sheet = try EventSheet(data: data, fileName: fileName, knownLessons: options.knownLessons)
        return try await transaction { connection in
            if let earlier = try await Self.previousImport("events", sheet.digest, connection) {
                return ImportOutcome(file: fileName, rows: sheet.rowCount, previouslyImportedAt: earlier)
            }
            var matches: [StoredMatch?] = []
            for (_, event) in sheet.events { matches.append(try await Self.storedMatch(for: event, connection)) }
            let (new, alreadyRecorded) = try sheet.sorted(against: matches)
            let log = try await Self.logImport("events", fileName, sheet.digest, sheet.rowCount, connection)
            for (index, event) in new.enumerated() {
                _ = try await Self.insert(event, importID: log, connection)
                options.afterRow?(index + 1)
            }
            return ImportOutcome(
                file: fileName, rows: sheet.rowCount, eventsAdded: new.count, eventsAlreadyRecorded: alreadyRecorded)
        }
    }

    /// The stored event that `valid` is the same event as, if any: by code, or else by `EventIdentity` (a coded
    /// event is matched this way only against events stored without a code).
    static func storedMatch(for valid: ValidEvent, _ connection: PostgresConnection) async throws -> StoredMatch? {
        let event = valid.record
        var found: EventSummary?
        if let code = event.code {
            var sql = SQLText()
            let condition = "e.code = \(sql.bind(code))"
            found = try await summaries(where: condition, sql, connection).first
        }
        if found == nil {
            var sql = SQLText()
            let condition = "e.date = \(sql.bind(event.date))::date AND e.kind = \(sql.bind(event.kind.rawValue))"
                + (event.code == nil ? "" : " AND e.code IS NULL")
            let candidates = try await summaries(where: condition, sql, connection)
            found = StoredMatch.sameEvent(as: valid, among: candidates.map(\.event))
                .flatMap { stored in candidates.first { $0.event.id == stored.id } }
        }
        guard let stored = found, let id = stored.event.id else { return nil }
        var sql = SQLText()
        sql.append("SELECT dimension, value, count FROM headcount WHERE event_id = \(sql.bind(id))")
        let counts = try await connection.rows(sql, as: String.self, String.self, Int.self).map { "\($0) \($1) \($2)" }
        return StoredMatch(valid, stored: stored.event, lessons: stored.lessons, counts: counts)
    }

    /// When a file with these bytes was imported before, if it was.
    static func previousImport(_ kind: String, _ digest: String, _ connection: PostgresConnection) async throws -> String? {
        var sql = SQLText()
        sql.append("SELECT imported_at FROM import_log WHERE kind = \(sql.bind(kind)) AND sha256 = \(sql.bind(digest))")
        return try await connection.rows(sql, as: String.self).first
    }

    /// Records that a file is being imported; returns the log row's id.
    static func logImport(
        _ kind: String, _ fileName: String, _ digest: String, _ rows: Int, _ connection: PostgresConnection
    ) async throws -> Int64 {
        var sql = SQLText()
        let stamp = ISO8601DateFormatter().string(from: Date())
        sql.append("""
            INSERT INTO import_log (kind, file_name, sha256, rows, imported_at)
            VALUES (\(sql.bind(kind)), \(sql.bind(fileName)), \(sql.bind(digest)), \(sql.bind(rows)), \(sql.bind(stamp)))
            RETURNING id
            """)
        return try await connection.rows(sql, as: Int64.self).first ?? 0
    }
}
