import ArgumentParser
import EcoLearnPostgres
import EcoLearnSQLite
import EcoLearnSync
import EcoLearnTracking
import Foundation

/// `ecolearn sync --to URL | --from URL [--db FILE]`: a laptop's store and the project's server.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send this laptop's records to the project's PostgreSQL server (--to), or bring down the other "
            + "towns' events and counts for an offline report (--from).")

    @OptionGroup var libraryOptions: LibraryOptions
    @Option(help: ArgumentHelp(
        "This laptop's participation database, an SQLite file (default: $ECOLEARN_DB, else "
            + "<library>/data/participation.sqlite).", valueName: "path"))
    var db: String?
    @Option(help: ArgumentHelp("Send what the server lacks: postgres://USER@HOST:PORT/DATABASE.", valueName: "url"))
    var to: String?
    @Option(help: ArgumentHelp("Bring down the project's events and counts from the server.", valueName: "url"))
    var from: String?
    @Flag(help: "List every conflict the server has recorded (with --to or --from naming it), and change nothing.")
    var conflicts = false

    /// Checks the options (in `run`, so that a mistake prints one line, as the other commands do).
    private func checkOptions() throws {
        if (to == nil) == (from == nil) { throw ValidationError("give the server as --to URL (send) or --from URL (receive)") }
        for (option, value) in [("--to", to), ("--from", from)] {
            if let value, !StoreLocation.isServerURL(value) {
                throw ValidationError("\(option): '\(value)' is not a PostgreSQL URL; expected postgres://USER@HOST:PORT/DATABASE")
            }
        }
    }

    func run() async throws {
        try checkOptions()
        try await Tracking.run {
            let environment = ProcessInfo.processInfo.environment
            guard let url = to ?? from else { return }
            if conflicts {
                let server = try await PostgresParticipationStore(url: url, environment: environment, create: false)
                let found = try await SyncEngine.conflicts(on: server)
                await server.close()
                print("Conflicts recorded on \(server.location): \(found.count)")
                for conflict in found { print(conflict.lines.joined(separator: "\n")) }
                return
            }
            let laptop = try openLaptop(environment)
            let server = try await PostgresParticipationStore(url: url, environment: environment, create: to != nil)
            var options = SyncOptions(origin: SyncCommand.origin(of: laptop.path))
            let view = SyncProgressView()
            options.progress = { view.show($0) }
            SyncCommand.applyTestHooks(&options, environment)
            do {
                let summary = to != nil
                    ? try await SyncEngine.send(from: laptop, to: server, options: options)
                    : try await SyncEngine.receive(into: laptop, from: server, options: options)
                SyncProgressView.finish()
                await server.close()
                print(to != nil ? summary.sendingText : summary.receivingText)
            } catch let error as StoreError {
                SyncProgressView.finish()
                await server.close()
                Terminal.printError("error: \(error.description)")
                // Running again finishes a sync cut off, not one the server refused.
                if case .refusedByServer = error {} else {
                    Terminal.printError("hint: what the server committed is kept and nothing is doubled: run the same command again to finish")
                }
                throw ExitCode.failure
            }
        }
    }

    /// The laptop's SQLite store; a server URL there is refused (sync goes between a file and a server).
    private func openLaptop(_ environment: [String: String]) throws -> SQLiteParticipationStore {
        switch StoreLocation.resolve(library: libraryOptions.library, db: db, environment: environment) {
        case .sqlite(let path):
            return try SQLiteParticipationStore(path: path, create: false)
        case .postgres:
            throw ValidationError("--db: sync needs this laptop's SQLite file here, not a server (the server goes in --to or --from)")
        }
    }

    /// How the server records this laptop: its host name and database file.
    static func origin(of path: String) -> String {
        "\(ProcessInfo.processInfo.hostName):\(URL(fileURLWithPath: path).standardizedFileURL.path)"
    }

    /// Test hooks: `ECOLEARN_SYNC_BATCH_ROWS=N` sends N rows a batch; `ECOLEARN_SYNC_PAUSE_AFTER_BATCHES=N` stops
    /// after N batches, saying so on standard error, until the process is killed; `ECOLEARN_SYNC_FAIL_AFTER_BATCHES=N`
    /// fails there as a cut connection would.
    static func applyTestHooks(_ options: inout SyncOptions, _ environment: [String: String]) {
        if let rows = environment["ECOLEARN_SYNC_BATCH_ROWS"].flatMap(Int.init), rows > 0 {
            (options.eventBatch, options.participantBatch, options.attendanceBatch, options.quizResultBatch) = (rows, rows, rows, rows)
        }
        let pause = environment["ECOLEARN_SYNC_PAUSE_AFTER_BATCHES"].flatMap(Int.init)
        let fail = environment["ECOLEARN_SYNC_FAIL_AFTER_BATCHES"].flatMap(Int.init)
        guard pause != nil || fail != nil else { return }
        options.afterBatch = { batches in
            if let fail, batches >= fail {
                throw StoreError.cannotOpen(
                    path: "sync", reason: "the connection to the server was lost after \(batches) batches (test hook)")
            }
            if let pause, batches >= pause {
                Terminal.printError("paused after \(batches) batches")
                while true { sleep(60) }
            }
        }
    }
}
