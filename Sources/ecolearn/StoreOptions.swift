import ArgumentParser
import EcoLearn
import EcoLearnTracking
import Foundation

/// `--db PATH`, shared by the participation commands; with `--library DIR` it picks the database file.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The participation database (default: <library>/data/participation.sqlite, or $ECOLEARN_DB).",
        valueName: "path"))
    var db: String?

    /// Opens the store; `create` is false for commands that only read. Only the default path's `data/` folder is
    /// created when missing: a mistyped `--db` or `$ECOLEARN_DB` folder is an error, not a new folder.
    func open(_ library: LibraryOptions, create: Bool) throws -> ParticipationStore {
        let environment = ProcessInfo.processInfo.environment
        let path = ParticipationStore.resolvePath(library: library.library, db: db, environment: environment)
        let isDefault = path == ParticipationStore.resolvePath(library: library.library, db: nil, environment: [:])
        return try ParticipationStore(path: path, create: create, createFolder: create && isDefault)
    }

    /// Opens the store for a command that only reads: read-only, changing no byte (`ParticipationStore.init(readingAt:)`).
    func openForReading(_ library: LibraryOptions) throws -> ParticipationStore {
        let environment = ProcessInfo.processInfo.environment
        return try ParticipationStore(
            readingAt: ParticipationStore.resolvePath(library: library.library, db: db, environment: environment))
    }
}

/// Running a participation command: store and import errors become messages on standard error and exit 1.
enum Tracking {
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as StoreError {
            Terminal.printError("error: " + error.description)
            throw ExitCode.failure
        } catch let error as ImportRefused {
            Terminal.printError(error.description)
            throw ExitCode.failure
        }
    }

    /// The unit ids of the library (every unit that decoded), to check lesson ids against.
    static func knownLessons(_ library: LibraryOptions) -> Set<String> {
        Set(Library.load(at: library.root).units.map(\.id))
    }

    /// `ECOLEARN_IMPORT_PAUSE_AFTER_ROWS=N` stops an import inside its transaction after N rows, saying so on
    /// standard error, until the process is killed: the crash test uses it to kill an import midway.
    static var pauseHook: (@Sendable (Int) -> Void)? {
        guard let text = ProcessInfo.processInfo.environment["ECOLEARN_IMPORT_PAUSE_AFTER_ROWS"],
            let limit = Int(text)
        else { return nil }
        return { rows in
            guard rows == limit else { return }
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
