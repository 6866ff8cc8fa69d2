import EcoLearn
import Foundation
import GRDB

extension ParticipationStore {
    /// Columns of an attendance (sign-in sheet) CSV.
    public static let attendanceColumns = [
        "event", "participant", "organisation", "age band", "gender", "origin", "consent listing", "consent photos",
    ]

    /// Imports a sign-in sheet CSV in one transaction: one row per listed participant at an event.
    ///
    /// Participants are created on first sight and their details updated by later sheets. An attendance
    /// already stored is not counted twice; a file with any bad row is refused whole; the same file imported
    /// again changes nothing.
    public func importAttendance(data: Data, fileName: String, options: ImportOptions = ImportOptions()) throws -> ImportOutcome {
        let columns = try CSVColumns(
            data: data, fileName: fileName, known: Self.attendanceColumns, required: ["event", "participant"],
            allowGroups: false)
        let table = columns.table
        var problems: [ImportProblem] = []

        var rows: [(line: Int, event: String, person: ParticipantRecord)] = []
        for row in table.rows {
            var rowProblems: [FieldProblem] = []
            let person = Self.participant(from: row, columns, &rowProblems)
            let event = columns.value("event", row).trimmingCharacters(in: .whitespaces)
            if event.isEmpty { rowProblems.append(FieldProblem(field: "event", message: "required, but empty")) }
            problems += rowProblems.map { ImportProblem(file: fileName, line: row.line, column: $0.field, message: $0.message) }
            rows.append((row.line, event, person))
        }
        if !problems.isEmpty { throw ImportRefused(problems: problems) }

        let digest = SHA256.hex(data)
        return try pool.write { db in
            if let earlier = try Self.previousImport(.attendance, digest, db) {
                return ImportOutcome(file: fileName, rows: rows.count, previouslyImportedAt: earlier.importedAt)
            }
            var eventIDs: [String: Int64] = [:]
            var missing: Set<String> = []
            for (line, reference, _) in rows where eventIDs[reference] == nil && !missing.contains(reference) {
                if let event = try Self.findEvent(reference, db), let id = event.id {
                    eventIDs[reference] = id
                } else {
                    missing.insert(reference)
                    problems.append(ImportProblem(
                        file: fileName, line: line, column: "event",
                        message: "no event '\(reference)' is recorded; import the events file first, "
                            + "or use a code or number from `ecolearn events list`"))
                }
            }
            var seen: [Pair: Int] = [:]
            for (line, reference, person) in rows {
                guard let eventID = eventIDs[reference] else { continue }
                let pair = Pair(event: eventID, key: person.key)
                if let first = seen[pair] {
                    problems.append(ImportProblem(
                        file: fileName, line: line, column: "participant",
                        message: "'\(person.key)' already signed in for event '\(reference)' on line \(first)"))
                }
                seen[pair] = seen[pair] ?? line
            }
            if !problems.isEmpty { throw ImportRefused(problems: problems) }

            let log = try Self.logImport(.attendance, fileName, digest, rows.count, db)
            var outcome = ImportOutcome(file: fileName, rows: rows.count)
            var participantIDs = try Dictionary(
                Row.fetchAll(db, sql: "SELECT key, id FROM participant").map { (row: Row) -> (String, Int64) in (row[0], row[1]) },
                uniquingKeysWith: { first, _ in first })
            var stored: [String: ParticipantRecord] = [:]
            let statements = try ParticipantStatements(db)
            let attend = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO attendance (event_id, participant_id, import_id) VALUES (?, ?, ?)")
            for (index, (_, reference, person)) in rows.enumerated() {
                let id = try statements.store(person, known: &participantIDs, stored: &stored, outcome: &outcome, db)
                try attend.execute(arguments: [eventIDs[reference], id, log])
                if db.changesCount > 0 { outcome.attendancesAdded += 1 } else { outcome.attendancesAlreadyRecorded += 1 }
                options.afterRow?(index + 1)
            }
            return outcome
        }
    }

    /// Reads a participant's details from a sign-in row.
    private static func participant(from row: CSVTable.Row, _ columns: CSVColumns, _ problems: inout [FieldProblem]) -> ParticipantRecord {
        func text(_ name: String) -> String? {
            let value = columns.value(name, row).trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        let key = text("participant") ?? ""
        if key.isEmpty {
            problems.append(FieldProblem(field: "participant", message: "required, but empty (a pseudonymous key such as LV-0012; never a name)"))
        }
        var person = ParticipantRecord(key: key, organisation: text("organisation"))
        if let band = text("age band") {
            person.ageBand = Vocabulary.ageBand(band)
            if person.ageBand == nil { problems.append(.found("age band", "expected an age band such as 25-34 or 65+", band)) }
        }
        if let gender = text("gender") {
            person.gender = Vocabulary.gender(gender)
            if person.gender == nil { problems.append(.found("gender", "expected female, male or other (or leave it empty)", gender)) }
        }
        if let origin = text("origin") {
            person.origin = Origin(rawValue: origin.lowercased())
            if person.origin == nil { problems.append(.found("origin", "expected \(Origin.choices)", origin)) }
        }
        for (name, path) in [("consent listing", \ParticipantRecord.consentListing), ("consent photos", \.consentPhotos)] {
            let value = columns.value(name, row)
            if let consent = Vocabulary.consent(value) {
                person[keyPath: path] = consent
            } else {
                problems.append(.found(name, "expected yes or no (empty means no)", value))
            }
        }
        return person
    }

    /// The prepared statements that store participants during an import.
    private struct ParticipantStatements {
        let insert: Statement
        let update: Statement

        init(_ db: Database) throws {
            insert = try db.cachedStatement(sql: """
                INSERT INTO participant (key, organisation, age_band, gender, origin, consent_listing, consent_photos)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            update = try db.cachedStatement(sql: """
                UPDATE participant SET organisation = COALESCE(?, organisation), age_band = COALESCE(?, age_band),
                gender = COALESCE(?, gender), origin = COALESCE(?, origin), consent_listing = ?, consent_photos = ?
                WHERE id = ?
                """)
        }

        /// Creates the participant, or updates the details this row gives (unless an earlier row of this file gave
        /// the same); returns the participant's id.
        func store(
            _ person: ParticipantRecord, known: inout [String: Int64], stored: inout [String: ParticipantRecord],
            outcome: inout ImportOutcome, _ db: Database
        ) throws -> Int64 {
            if let id = known[person.key], stored[person.key] == person { return id }
            let details: [(any DatabaseValueConvertible)?] = [
                person.organisation, person.ageBand, person.gender, person.origin?.rawValue, person.consentListing,
                person.consentPhotos,
            ]
            let id: Int64
            if let existing = known[person.key] {
                try update.execute(arguments: StatementArguments(details + [existing]))
                id = existing
            } else {
                try insert.execute(arguments: StatementArguments([person.key] + details))
                id = db.lastInsertedRowID
                outcome.participantsAdded += 1
            }
            known[person.key] = id
            stored[person.key] = person
            return id
        }
    }

    /// An event and a participant key: one attendance.
    private struct Pair: Hashable {
        var event: Int64
        var key: String
    }
}
