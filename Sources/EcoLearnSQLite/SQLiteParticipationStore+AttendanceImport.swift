import Crypto
import EcoLearn
import EcoLearnTracking
import Foundation
import GRDB

extension SQLiteParticipationStore {
    /// Imports a sign-in sheet CSV in one transaction: one row per listed participant at an event.
    ///
    /// Participants are created on first sight and their details updated by later sheets. An attendance
    /// already stored is not counted twice; a file with any bad row is refused whole; the same file imported
    /// again changes nothing.
    public func importAttendance(data: Data, fileName: String, options: ImportOptions) throws -> ImportOutcome {
        let sheet = try AttendanceSheet(data: data, fileName: fileName)
        let digest = SHA256.hex(data)
        return try pool.writeWithoutTransaction { db in
            // Every attendance stored below refers to an event, participant and import row this transaction has
            // just read or written, so SQLite's three foreign-key lookups per row would only repeat what is already
            // known. The pragma cannot change inside a transaction: it is set around it, and always restored.
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            var outcome = ImportOutcome(file: fileName, rows: sheet.count)
            try db.inTransaction {
                outcome = try Self.store(sheet, fileName: fileName, digest: digest, options: options, db)
                return .commit
            }
            return outcome
        }
    }

    /// Stores a checked sheet inside the import's transaction.
    private static func store(
        _ sheet: AttendanceSheet, fileName: String, digest: String, options: ImportOptions, _ db: Database
    ) throws -> ImportOutcome {
        if let earlier = try previousImport(.attendance, digest, db) {
            return ImportOutcome(file: fileName, rows: sheet.count, previouslyImportedAt: earlier.importedAt)
        }
        let eventIDs = try resolveEvents(sheet, fileName, db)
        let log = try logImport(.attendance, fileName, digest, sheet.count, db)
        var outcome = ImportOutcome(file: fileName, rows: sheet.count)
        let participantIDs = try ParticipantStatements(db).store(sheet, outcome: &outcome, db)
        let rebuild = try AttendanceIndexes.dropIfCheaperToRebuild(adding: sheet.count, db)
        let attend = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO attendance (event_id, participant_id, import_id) VALUES (?, ?, ?)")
        for row in 0..<sheet.count {
            attend.setUncheckedArguments([eventIDs[Int(sheet.referenceOf[row])], participantIDs[Int(sheet.keyOf[row])], log])
            try attend.execute()
            if db.changesCount > 0 { outcome.attendancesAdded += 1 } else { outcome.attendancesAlreadyRecorded += 1 }
            options.afterRow?(row + 1)
        }
        try rebuild.create(db)
        return outcome
    }

    /// The id of each event the sheet refers to (by code, or else by number), in the order of
    /// `sheet.references`; refuses the sheet when an event is not recorded or a participant signs in twice
    /// for one event.
    private static func resolveEvents(_ sheet: AttendanceSheet, _ fileName: String, _ db: Database) throws -> [Int64] {
        var problems: [CSVProblem] = []
        let byCode = try db.cachedStatement(sql: "SELECT id FROM event WHERE code = ?")
        let byNumber = try db.cachedStatement(sql: "SELECT id FROM event WHERE id = ?")
        var eventIDs: [Int64] = []
        eventIDs.reserveCapacity(sheet.references.count)
        for (reference, line) in sheet.references {
            if let id = try Int64.fetchOne(byCode, arguments: [reference])
                ?? Int64(reference).flatMap({ try Int64.fetchOne(byNumber, arguments: [$0]) })
            {
                eventIDs.append(id)
                continue
            }
            eventIDs.append(-1)
            problems.append(AttendanceSheet.unknownEvent(reference, fileName: fileName, line: line))
        }
        problems += sheet.signedInTwice(eventIDs: eventIDs, fileName: fileName)
        if !problems.isEmpty { throw ImportRefused(problems: problems) }
        return eventIDs
    }

    /// The prepared statements that store participants during an import.
    private struct ParticipantStatements {
        let find: Statement
        let insert: Statement
        let update: Statement

        init(_ db: Database) throws {
            find = try db.cachedStatement(sql: "SELECT id FROM participant WHERE folded_key = ?")
            insert = try db.cachedStatement(sql: """
                INSERT INTO participant (key, folded_key, organisation, age_band, gender, origin, consent_listing,
                consent_photos) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            update = try db.cachedStatement(sql: """
                UPDATE participant SET organisation = COALESCE(?, organisation), age_band = COALESCE(?, age_band),
                gender = COALESCE(?, gender), origin = COALESCE(?, origin), consent_listing = ?, consent_photos = ?
                WHERE id = ?
                """)
        }

        /// Creates each participant of the sheet on first sight and, row by row in file order, updates the details
        /// a row gives unless the previous row of this file for that key gave the same; returns the id per key (in
        /// the order of `sheet.keys`).
        func store(_ sheet: AttendanceSheet, outcome: inout ImportOutcome, _ db: Database) throws -> [Int64] {
            var ids = try sheet.foldedKeys.map { try Int64.fetchOne(find, arguments: [$0]) ?? -1 }
            var lastDetails = [Int32](repeating: -1, count: sheet.keys.count)
            for row in 0..<sheet.count {
                let key = Int(sheet.keyOf[row])
                let detailsIndex = sheet.detailsOf[row]
                if lastDetails[key] == detailsIndex { continue }
                lastDetails[key] = detailsIndex
                let person = sheet.details[Int(detailsIndex)]
                let details: [(any DatabaseValueConvertible)?] = [
                    person.organisation, person.ageBand, person.gender, person.origin?.rawValue, person.consentListing,
                    person.consentPhotos,
                ]
                if ids[key] >= 0 {
                    try update.execute(arguments: StatementArguments(details + [ids[key]]))
                } else {
                    try insert.execute(arguments: StatementArguments([sheet.keys[key], sheet.foldedKeys[key]] + details))
                    ids[key] = db.lastInsertedRowID
                    outcome.participantsAdded += 1
                }
            }
            return ids
        }
    }
}
