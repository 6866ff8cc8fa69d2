import EcoLearnTracking
import Foundation
import GRDB

/// The participation database of one laptop (docs/TRACKING.md): one SQLite file in WAL mode with foreign keys
/// on, migrated on open. Every write happens in one transaction, so a failed or killed write leaves nothing behind.
/// A store opened with `init(readingAt:)` only reads, and changes no byte of the database's files.
///
/// GRDB is synchronous; the methods here are too, and satisfy the asynchronous `ParticipationStore` requirements.
public final class SQLiteParticipationStore: ParticipationStore {
    /// The database file.
    public let path: String

    public var location: String { path }
    /// The connection pool (read-write), or one read-only connection.
    let pool: any DatabaseWriter
    /// True when the read-only connection reads the file as immutable (no write-ahead log existed); see `read`.
    private let readsImmutably: Bool

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
        readsImmutably = false
        try migrate()
    }

    /// Opens the database at `path` for reading only (`events list`, `events show`, `report`): no byte of the
    /// file changes, no `-wal` or `-shm` file is left behind, and a copy in a folder the user cannot write is
    /// read as well.
    ///
    /// When no write-ahead log exists, no other program has the database open, so SQLite reads the file as
    /// immutable and creates nothing beside it. When one exists, SQLite reads the log too (another program may
    /// be writing: the read sees its last commit, and waits at most two seconds for SQLite's brief locks). A
    /// database from an older ecolearn is brought up to date first, which is the one write this makes.
    public init(readingAt path: String) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missingDatabase(path: path) }
        var opened = try Self.openReadOnly(path)
        if opened.applied.count < SQLiteMigrations.migrator.migrations.count, !opened.newer {
            _ = try SQLiteParticipationStore(path: path, create: false)
            opened = try Self.openReadOnly(path)
        }
        pool = opened.queue
        readsImmutably = opened.immutable
        try migrate()
    }

    /// A read-only connection to `path`, and the migrations the file has applied.
    private static func openReadOnly(_ path: String) throws
        -> (queue: DatabaseQueue, immutable: Bool, applied: Set<String>, newer: Bool)
    {
        let immutable = !FileManager.default.fileExists(atPath: path + "-wal")
        do {
            let queue = try DatabaseQueue(path: immutable ? immutableURI(path) : path, configuration: readOnlyConfiguration)
            let migrator = SQLiteMigrations.migrator
            let state = try queue.read { db in
                (try migrator.appliedIdentifiers(db), try migrator.hasBeenSuperseded(db))
            }
            return (queue, immutable, state.0, state.1)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: SQLiteParticipationStore.reason(error))
        }
    }

    /// Read-only connections: no journal mode set, a short wait for SQLite's brief locks.
    private static var readOnlyConfiguration: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(2)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -65536") }
        return configuration
    }

    /// `path` as an SQLite URI that opens it immutable (read with no locks and no companion files).
    private static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:\(absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute)?immutable=1"
    }

    /// Runs a read. A store that reads immutably checks afterwards that no other program opened the database
    /// meanwhile (a write-ahead log appeared); if one did, its pages may have moved under the read, so the
    /// read runs again through the log.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let value = try pool.read(body)
        guard readsImmutably, FileManager.default.fileExists(atPath: path + "-wal") else { return value }
        do {
            return try DatabaseQueue(path: path, configuration: Self.readOnlyConfiguration).read(body)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: SQLiteParticipationStore.reason(error))
        }
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
            if pool is DatabaseQueue { return }
            try migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: SQLiteParticipationStore.reason(error))
        }
    }

    /// The names of the migrations applied to this database, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in try SQLiteMigrations.migrator.appliedMigrations(db) }
    }

    /// Nothing to let go of: the pool closes its connections when the store is released.
    public func close() async {}

    /// SQLite's own integrity check; "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "no answer" }
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
