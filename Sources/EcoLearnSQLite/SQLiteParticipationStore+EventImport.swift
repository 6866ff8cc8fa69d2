import EcoLearn
import EcoLearnTracking
import Foundation
import GRDB

extension SQLiteParticipationStore {
    /// Imports an events CSV in one transaction. A file with any bad row is refused whole (`ImportRefused`
    /// naming every bad row). A row that is an event already stored (`EventIdentity`: the same code, or without
    /// a code the same date, town, country, kind and title) with the same details is not stored again; with
    /// other details it is refused. So the same sheet imported again, in any line-end or encoding, changes nothing.
    public func importEvents(data: Data, fileName: String, options: ImportOptions) throws -> ImportOutcome {
        let sheet = try EventSheet(data: data, fileName: fileName, knownLessons: options.knownLessons)
        return try pool.write { db in
            if let earlier = try Self.previousImport(.events, sheet.digest, db) {
                return ImportOutcome(file: fileName, rows: sheet.rowCount, previouslyImportedAt: earlier.importedAt)
            }
            let (new, alreadyRecorded) = try sheet.sorted(against: sheet.events.map { try Self.storedMatch(for: $0.event, db) })
            let log = try Self.logImport(.events, fileName, sheet.digest, sheet.rowCount, db)
            for (index, event) in new.enumerated() {
                _ = try Self.insert(event, importID: log, db)
                options.afterRow?(index + 1)
            }
            return ImportOutcome(
                file: fileName, rows: sheet.rowCount, eventsAdded: new.count, eventsAlreadyRecorded: alreadyRecorded)
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
