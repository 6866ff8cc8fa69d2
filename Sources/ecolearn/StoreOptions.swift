import ArgumentParser
import EcoLearn
import EcoLearnPostgres
import EcoLearnSQLite
import EcoLearnTracking
import Foundation

/// `--db PATH|URL`, shared by the participation commands; with `--library DIR` it picks the database file.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The participation database: an SQLite file, or a PostgreSQL server as postgres://USER@HOST:PORT/DATABASE "
            + "with the password in PGPASSWORD or ~/.pgpass (default: $ECOLEARN_DB, else "
            + "<library>/data/participation.sqlite).",
        valueName: "path|url"))
    var db: String?

    /// Opens the store; `create` is false for commands that only read. Only the default path's `data/` folder is
    /// created when missing: a mistyped `--db` or `$ECOLEARN_DB` folder is an error, not a new folder.
    func open(_ library: LibraryOptions, create: Bool) async throws -> any ParticipationStore {
        let environment = ProcessInfo.processInfo.environment
        switch StoreLocation.resolve(library: library.library, db: db, environment: environment) {
        case .sqlite(let path):
            let isDefault = StoreLocation.resolve(library: library.library, db: nil, environment: [:]) == .sqlite(path: path)
            return try SQLiteParticipationStore(path: path, create: create, createFolder: create && isDefault)
        case .postgres(let url):
            return try await Self.openServer(url, environment: environment, create: create)
        }
    }

    /// Opens the store for a command that only reads: an SQLite file read-only, changing no byte
    /// (`SQLiteParticipationStore.init(readingAt:)`); a server as for any command.
    func openForReading(_ library: LibraryOptions) async throws -> any ParticipationStore {
        let environment = ProcessInfo.processInfo.environment
        switch StoreLocation.resolve(library: library.library, db: db, environment: environment) {
        case .sqlite(let path): return try SQLiteParticipationStore(readingAt: path)
        case .postgres(let url): return try await Self.openServer(url, environment: environment, create: false)
        }
    }

    /// Runs `body` on the shared store `--db` names (for `store grant|revoke`: an SQLite file has no logins), closed
    /// afterwards; returns what `body` returned and the store's location.
    func withServer<Result: Sendable>(_ body: (PostgresParticipationStore) async throws -> Result) async throws
        -> (Result, String)
    {
        let environment = ProcessInfo.processInfo.environment
        guard case .postgres(let url) = StoreLocation.resolve(library: ".", db: db, environment: environment) else {
            throw StoreError.invalidInput([
                "--db: give the shared store as postgres://USER@HOST:PORT/DATABASE (or in ECOLEARN_DB); "
                    + "an SQLite file has no logins",
            ])
        }
        let store = try await Self.openServer(url, environment: environment, create: false)
        do {
            let result = try await body(store)
            await store.close()
            return (result, store.location)
        } catch {
            await store.close()
            throw error
        }
    }

    /// Opens a PostgreSQL store; a problem with the URL itself is reported under `option`, the way it was given.
    static func openServer(
        _ url: String, environment: [String: String], create: Bool, option: String = "--db"
    ) async throws -> PostgresParticipationStore {
        do {
            _ = try PostgresLocation(url: url, environment: environment)
        } catch StoreError.invalidInput(let problems) {
            throw StoreError.invalidInput(problems.map { "\(option): \($0)" })
        }
        return try await PostgresParticipationStore(url: url, environment: environment, create: create)
    }
}

/// Running a participation command: store and import errors become messages on standard error and exit 1.
enum Tracking {
    @discardableResult
    static func run<Value>(_ body: () async throws -> Value) async throws -> Value {
        do {
            return try await body()
        } catch let error as StoreError {
            Terminal.printError("error: " + error.description)
            throw ExitCode.failure
        } catch let error as ImportRefused {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
    }

    /// The unit ids of the library, read from its file names (no unit is validated), to check lesson ids against.
    static func knownLessons(_ library: LibraryOptions) -> Set<String> {
        Library.unitIDs(at: library.root)
    }

    /// `ECOLEARN_IMPORT_PAUSE_AFTER_ROWS=N` stops an import inside its transaction after N rows, saying so on
    /// standard error, until the process is killed: the crash test uses it to kill an import midway.
    static var pauseHook: (@Sendable (Int) -> Void)? {
        guard let text = ProcessInfo.processInfo.environment["ECOLEARN_IMPORT_PAUSE_AFTER_ROWS"],
            let limit = Int(text)
        else { return nil }
        return { rows in
            guard rows >= limit else { return }
            Terminal.printError("paused after \(rows) rows")
            while true { sleep(60) }
        }
    }

    /// Reads a date option, or fails naming the option.
    static func day(_ text: String?, option: String) throws -> DayDate? {
        guard let text else { return nil }
        guard let day = DayDate(text) else {
            throw ValidationError("--\(option): \(DayDate.expected), found '\(text)'")
        }
        return day
    }
}

extension EventKind: ExpressibleByArgument {}
