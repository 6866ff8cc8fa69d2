import EcoLearn
import EcoLearnTracking
import Foundation
import GRDB

extension SQLiteParticipationStore {
    /// Imports an events CSV in one transaction. A file with any bad row is refused whole (`ImportRefused`
    /// naming every bad row); the same file imported again changes nothing.
    public func importEvents(data: Data, fileName: String, options: ImportOptions) throws -> ImportOutcome {
        let sheet = try EventSheet(data: data, fileName: fileName, knownLessons: options.knownLessons)
        let (events, digest) = (sheet.events, sheet.digest)
        var problems: [CSVProblem] = []
        return try pool.write { db in
            if let earlier = try Self.previousImport(.events, digest, db) {
                return ImportOutcome(file: fileName, rows: sheet.rowCount, previouslyImportedAt: earlier.importedAt)
            }
            let byCode = try db.cachedStatement(sql: "SELECT date, town FROM event WHERE code = ?")
            for (line, event) in events {
                guard let code = event.record.code, let existing = try Row.fetchOne(byCode, arguments: [code]) else {
                    continue
                }
                let (date, town): (String, String) = (existing[0], existing[1])
                problems.append(EventSheet.codeTaken(code, date: date, town: town, fileName: fileName, line: line))
            }
            if !problems.isEmpty { throw ImportRefused(problems: problems) }
            let log = try Self.logImport(.events, fileName, digest, sheet.rowCount, db)
            for (index, (_, event)) in events.enumerated() {
                _ = try Self.insert(event, importID: log, db)
                options.afterRow?(index + 1)
            }
            return ImportOutcome(file: fileName, rows: sheet.rowCount, eventsAdded: events.count)
        }
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
