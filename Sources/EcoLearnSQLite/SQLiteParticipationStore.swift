import EcoLearnTracking
import Foundation
import GRDB

/// The participation database of one laptop (docs/TRACKING.md): one SQLite file in WAL mode with foreign keys
/// on, migrated on open. Every write happens in one transaction, so a failed or killed write leaves nothing behind.
///
/// GRDB is synchronous; the methods here are too, and satisfy the asynchronous `ParticipationStore` requirements.
public final class SQLiteParticipationStore: ParticipationStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    public var location: String { path }

    /// Opens (and with `create`, creates) the database at `path`, bringing an older schema up to date.
    ///
    /// Refuses a database from a newer ecolearn, and a file that is not a participation database,
    /// without changing it. The folder of a new database must exist unless `createFolder` is true (for the
    /// default path only, so that a mistyped folder is reported instead of created).
    public init(path: String, create: Bool = true, createFolder: Bool = false) throws {
        self.path = path
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            guard create else { throw StoreError.missingDatabase(path: path) }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            var isFolder: ObjCBool = false
            if !manager.fileExists(atPath: folder.path, isDirectory: &isFolder) {
                guard createFolder else {
                    throw StoreError.cannotOpen(
                        path: path, reason: "the folder \(folder.path) does not exist (create it first, or check the path)")
                }
                do {
                    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                } catch {
                    throw StoreError.cannotOpen(path: path, reason: "cannot create the folder \(folder.path)")
                }
            }
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // 64 MB of page cache: large imports and reports touch far more than SQLite's default 2 MB.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: SQLiteParticipationStore.reason(error))
        }
        try migrate()
    }

    /// Applies missing migrations, after checking the database is not from a newer version.
    private func migrate() throws {
        let migrator = SQLiteMigrations.migrator
        do {
            let unknown: [String] = try pool.read { db in
                guard try migrator.hasBeenSuperseded(db) else { return [] }
                let known = Set(migrator.migrations)
                return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
                    .filter { !known.contains($0) }
            }
            if !unknown.isEmpty { throw StoreError.newerDatabase(path: path, unknownMigrations: unknown) }
            try migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: SQLiteParticipationStore.reason(error))
        }
    }

    /// The names of the migrations applied to this database, oldest first.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try SQLiteMigrations.migrator.appliedMigrations(db) }
    }

    /// Nothing to let go of: the pool closes its connections when the store is released.
    public func close() async {}

    /// SQLite's own integrity check; "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
    }

    /// A short human reason for a database error.
    static func reason(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_NOTADB: return "the file is not an SQLite database"
        case .SQLITE_CORRUPT: return "the database file is damaged"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "another program is writing to it; try again in a moment"
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return "no permission to write it, or the folder is missing"
        default: return error.message ?? "\(error)"
        }
    }
}
