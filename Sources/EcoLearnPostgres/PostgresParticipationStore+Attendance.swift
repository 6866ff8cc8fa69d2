import Crypto
import EcoLearn
import EcoLearnTracking
import Foundation
import PostgresNIO

extension PostgresParticipationStore {
    /// Rows sent in one statement: large sheets go in batches, each a few MB on the wire.
    static let batchRows = 50_000

    public func importAttendance(data: Data, fileName: String, options: ImportOptions) async throws -> ImportOutcome {
        let sheet = try AttendanceSheet(data: data, fileName: fileName)
        let digest = SHA256.hex(data)
        return try await transaction { connection in
            if let earlier = try await Self.previousImport("attendance", digest, connection) {
                return ImportOutcome(file: fileName, rows: sheet.count, previouslyImportedAt: earlier)
            }
            let eventIDs = try await Self.resolveEvents(sheet, fileName, connection)
            let log = try await Self.logImport("attendance", fileName, digest, sheet.count, connection)
            var outcome = ImportOutcome(file: fileName, rows: sheet.count)
            let participantIDs = try await Self.storeParticipants(sheet, &outcome, connection)
            var start = 0
            while start < sheet.count {
                let end = min(start + Self.batchRows, sheet.count)
                var sql = SQLText()
                let events = (start..<end).map { eventIDs[Int(sheet.referenceOf[$0])] }
                let people = (start..<end).map { participantIDs[Int(sheet.keyOf[$0])] }
                sql.append("""
                    WITH added AS (
                        INSERT INTO attendance (event_id, participant_id, import_id)
                        SELECT e, p, \(sql.bind(log)) FROM unnest(\(sql.bind(events))::bigint[], \(sql.bind(people))::bigint[]) AS r(e, p)
                        ON CONFLICT DO NOTHING RETURNING 1
                    ) SELECT count(*) FROM added
                    """)
                let added = try await connection.rows(sql, as: Int.self).first ?? 0
                outcome.attendancesAdded += added
                outcome.attendancesAlreadyRecorded += end - start - added
                options.afterRow?(end)
                start = end
            }
            return outcome
        }
    }

    /// The id of each event the sheet refers to (by code, or else by number), in the order of `sheet.references`;
    /// refuses the sheet when an event is not recorded or a participant signs in twice for one event.
    private static func resolveEvents(
        _ sheet: AttendanceSheet, _ fileName: String, _ connection: PostgresConnection
    ) async throws -> [Int64] {
        let references = sheet.references.map(\.text)
        var sql = SQLText()
        sql.append("""
            SELECT code, id FROM event WHERE code = ANY(\(sql.bind(references))::text[])
            UNION ALL
            SELECT id::text, id FROM event WHERE id = ANY(\(sql.bind(references.compactMap { Int64($0) }))::bigint[])
            """)
        var byCode: [String: Int64] = [:]
        var byNumber: [String: Int64] = [:]
        for row in try await connection.query(sql.query, logger: logger).collect() {
            let (text, id) = try row.decode((String, Int64).self)
            if Int64(text) == id, byNumber[text] == nil { byNumber[text] = id } else { byCode[text] = id }
        }
        var problems: [CSVProblem] = []
        let eventIDs = sheet.references.map { reference, line -> Int64 in
            if let id = byCode[reference] ?? Int64(reference).flatMap({ byNumber[String($0)] }) { return id }
            problems.append(AttendanceSheet.unknownEvent(reference, fileName: fileName, line: line))
            return -1
        }
        problems += sheet.signedInTwice(eventIDs: eventIDs, fileName: fileName)
        if !problems.isEmpty { throw ImportRefused(problems: problems) }
        return eventIDs
    }

    /// Creates each participant of the sheet on first sight and updates the details of those already stored, as the
    /// SQLite store does row by row: a detail a row leaves empty keeps the earlier value, the consent flags follow
    /// the last row. Returns the id per key (in the order of `sheet.keys`).
    private static func storeParticipants(
        _ sheet: AttendanceSheet, _ outcome: inout ImportOutcome, _ connection: PostgresConnection
    ) async throws -> [Int64] {
        var merged = [AttendanceSheet.Details?](repeating: nil, count: sheet.keys.count)
        for row in 0..<sheet.count {
            let key = Int(sheet.keyOf[row])
            let details = sheet.details[Int(sheet.detailsOf[row])]
            guard var current = merged[key] else {
                merged[key] = details
                continue
            }
            current.organisation = details.organisation ?? current.organisation
            current.ageBand = details.ageBand ?? current.ageBand
            current.gender = details.gender ?? current.gender
            current.origin = details.origin ?? current.origin
            current.consentListing = details.consentListing
            current.consentPhotos = details.consentPhotos
            merged[key] = current
        }
        // Every key comes from a stored row, so every key has details.
        let details = merged.compactMap { $0 }
        // Rows are written in the order of their folded keys, the same for every writer: two imports sharing
        // participants then wait for each other instead of each holding a row the other needs (a deadlock).
        let order = sheet.keys.indices.sorted { sheet.foldedKeys[$0] < sheet.foldedKeys[$1] }
        var ids = [Int64](repeating: -1, count: sheet.keys.count)
        var start = 0
        while start < order.count {
            let end = min(start + batchRows, order.count)
            let batch = order[start..<end]
            let people = batch.map { details[$0] }
            var sql = SQLText()
            // Empty text stands for "not given" (checked values are never empty), as arrays cannot carry NULL here.
            sql.append("""
                INSERT INTO participant AS p (key, folded_key, organisation, age_band, gender, origin, consent_listing,
                    consent_photos)
                SELECT k, fk, NULLIF(o, ''), NULLIF(a, ''), NULLIF(g, ''), NULLIF(r, ''), l, f
                FROM unnest(\(sql.bind(batch.map { sheet.keys[$0] }))::text[],
                    \(sql.bind(batch.map { sheet.foldedKeys[$0] }))::text[],
                    \(sql.bind(people.map { $0.organisation ?? "" }))::text[],
                    \(sql.bind(people.map { $0.ageBand ?? "" }))::text[],
                    \(sql.bind(people.map { $0.gender ?? "" }))::text[],
                    \(sql.bind(people.map { $0.origin?.rawValue ?? "" }))::text[],
                    \(sql.bind(people.map(\.consentListing)))::boolean[],
                    \(sql.bind(people.map(\.consentPhotos)))::boolean[]) AS n(k, fk, o, a, g, r, l, f)
                ON CONFLICT (folded_key) DO UPDATE SET
                    organisation = COALESCE(EXCLUDED.organisation, p.organisation),
                    age_band = COALESCE(EXCLUDED.age_band, p.age_band),
                    gender = COALESCE(EXCLUDED.gender, p.gender),
                    origin = COALESCE(EXCLUDED.origin, p.origin),
                    consent_listing = EXCLUDED.consent_listing,
                    consent_photos = EXCLUDED.consent_photos
                RETURNING p.folded_key, p.id, (xmax = 0)
                """)
            var index: [String: Int] = [:]
            for position in batch { index[sheet.foldedKeys[position]] = position }
            for (key, id, inserted) in try await connection.rows(sql, as: String.self, Int64.self, Bool.self) {
                if let position = index[key] { ids[position] = id }
                if inserted { outcome.participantsAdded += 1 }
            }
            start = end
        }
        return ids
    }
}
