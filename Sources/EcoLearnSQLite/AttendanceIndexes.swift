import EcoLearnTracking
import GRDB

/// The secondary indexes of the `attendance` table, dropped for a large import and built again after it.
///
/// Inserting a million rows into an index one by one costs several times more than building the index once from
/// the finished table (SQLite sorts the keys). Both happen inside the import's transaction, so a failed or
/// killed import leaves the indexes as they were; the indexes are recreated from their own stored SQL, exactly
/// as the migrations defined them.
struct AttendanceIndexes {
    /// The `CREATE INDEX` statements of the dropped indexes (empty when nothing was dropped).
    private var statements: [String] = []

    /// Drops the indexes when the import adds at least as many rows as the table holds (so rebuilding them costs
    /// no more than inserting into them); returns what `create` must build again.
    static func dropIfCheaperToRebuild(adding rows: Int, _ db: Database) throws -> AttendanceIndexes {
        let stored = try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM attendance LIMIT ?)", arguments: [rows + 1]) ?? 0
        guard stored <= rows else { return AttendanceIndexes() }
        var indexes = AttendanceIndexes()
        for row in try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attendance' AND sql IS NOT NULL
            ORDER BY name
            """) {
            let name: String = row[0]
            indexes.statements.append(row[1])
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
        return indexes
    }

    /// Builds the dropped indexes again.
    func create(_ db: Database) throws {
        for statement in statements { try db.execute(sql: statement) }
    }
}
