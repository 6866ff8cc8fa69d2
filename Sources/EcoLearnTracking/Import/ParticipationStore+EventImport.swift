import Crypto
import EcoLearn
import Foundation
import GRDB

extension ParticipationStore {
    /// Columns of an events CSV, besides the headcount group columns (`female`, `male`, `other`, `local`,
    /// `international`, `age 10-14`, ...).
    public static let eventColumns = [
        "code", "date", "town", "country", "kind", "title", "audience", "lessons", "language", "organiser",
        "facilitator", "headcount",
    ]

    /// Imports an events CSV in one transaction. A file with any bad row is refused whole (`ImportRefused`
    /// naming every bad row). A row that is an event already stored (`EventIdentity`: the same code, or without
    /// a code the same date, town, country, kind and title) with the same details is not stored again; with
    /// other details it is refused. So the same sheet imported again, in any line-end or encoding, changes nothing.
    public func importEvents(data: Data, fileName: String, options: ImportOptions = ImportOptions()) throws -> ImportOutcome {
        let columns = try CSVColumns(
            data: data, fileName: fileName, known: Self.eventColumns,
            required: ["date", "town", "country", "kind", "title", "audience"], allowGroups: true)
        let table = columns.table
        var problems: [CSVProblem] = []

        var events: [(line: Int, event: ValidEvent)] = []
        var codeLines: [String: Int] = [:]
        var identityLines: [EventIdentity: (line: Int, coded: Bool)] = [:]
        for row in table.rows {
            let input = EventInput(
                code: columns.value("code", row), date: columns.value("date", row), town: columns.value("town", row),
                country: columns.value("country", row), title: columns.value("title", row),
                kind: columns.value("kind", row), audience: columns.value("audience", row),
                language: columns.value("language", row), organiser: columns.value("organiser", row),
                facilitator: columns.value("facilitator", row),
                lessons: Vocabulary.lessonIDs(columns.value("lessons", row)),
                headcount: columns.value("headcount", row),
                groups: columns.groups.map { ($0.name, row[$0.index]) })
            switch input.validate(knownLessons: options.knownLessons) {
            case .failure(let failure):
                problems += failure.problems.map {
                    CSVProblem(file: fileName, line: row.line, column: $0.field, message: $0.message)
                }
            case .success(let valid):
                if let code = valid.record.code {
                    if let first = codeLines[code] {
                        problems.append(CSVProblem(
                            file: fileName, line: row.line, column: "code",
                            message: "\(TerminalText.quoted(code)) is already used on line \(first); each event needs its own code"))
                    }
                    codeLines[code] = codeLines[code] ?? row.line
                }
                let identity = EventIdentity(valid.record)
                let coded = valid.record.code != nil
                if let first = identityLines[identity], !coded || !first.coded {
                    problems.append(CSVProblem(
                        file: fileName, line: row.line,
                        message: "the same event as line \(first.line) (same date, town, country, kind and title); "
                            + "remove the repeated row, or give each event its own code"))
                } else if identityLines[identity] == nil {
                    identityLines[identity] = (row.line, coded)
                }
                events.append((row.line, valid))
            }
        }
        if !problems.isEmpty { throw ImportRefused(problems: problems) }

        let digest = SHA256.hex(data)
        return try pool.write { db in
            if let earlier = try Self.previousImport(.events, digest, db) {
                return ImportOutcome(file: fileName, rows: table.rows.count, previouslyImportedAt: earlier.importedAt)
            }
            var new: [ValidEvent] = []
            var alreadyRecorded = 0
            for (line, event) in events {
                guard let match = try Self.storedMatch(for: event, db) else {
                    new.append(event)
                    continue
                }
                if match.identical {
                    alreadyRecorded += 1
                } else {
                    problems.append(Self.conflict(event.record, match.stored, file: fileName, line: line))
                }
            }
            if !problems.isEmpty { throw ImportRefused(problems: problems) }
            let log = try Self.logImport(.events, fileName, digest, table.rows.count, db)
            for (index, event) in new.enumerated() {
                _ = try Self.insert(event, importID: log, db)
                options.afterRow?(index + 1)
            }
            var outcome = ImportOutcome(file: fileName, rows: table.rows.count, eventsAdded: new.count)
            outcome.eventsAlreadyRecorded = alreadyRecorded
            return outcome
        }
    }

    /// The problem of a row that is a stored event with other details.
    private static func conflict(_ typed: EventRecord, _ stored: EventRecord, file: String, line: Int) -> CSVProblem {
        if let code = typed.code, stored.code == code {
            return CSVProblem(
                file: file, line: line, column: "code",
                message: "an event with code \(TerminalText.quoted(code)) is already recorded (\(stored.date), \(stored.town)) with other "
                    + "details; remove the row, or give it a new code")
        }
        return CSVProblem(
            file: file, line: line,
            message: "the same event (same date, town, country, kind and title) is already recorded as event "
                + "\(stored.reference) with other details; remove the row, or give the title or a code that tells them apart")
    }

    /// The earlier import of a file with these bytes, if any.
    static func previousImport(_ kind: ImportLogRecord.Kind, _ digest: String, _ db: Database) throws -> ImportLogRecord? {
        try ImportLogRecord
            .filter(ImportLogRecord.Columns.kind == kind.rawValue && ImportLogRecord.Columns.sha256 == digest)
            .fetchOne(db)
    }

    /// Records that a file is being imported; returns the log row's id.
    static func logImport(_ kind: ImportLogRecord.Kind, _ fileName: String, _ digest: String, _ rows: Int, _ db: Database) throws -> Int64 {
        let stamp = ISO8601DateFormatter().string(from: Date())
        var log = ImportLogRecord(kind: kind, fileName: fileName, sha256: digest, rows: rows, importedAt: stamp)
        try log.insert(db)
        return log.id ?? 0
    }
}
