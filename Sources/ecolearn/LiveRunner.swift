import Dispatch
import EcoLearnLive
import EcoLearnLiveServer
import Foundation

/// Runs a live game's server until Ctrl-C (or SIGTERM), then ends the game, saves the results and exits.
enum LiveRunner {
    static func run(
        room: LiveRoom, bind: String, port: Int, joinURL: String, log: LiveGameLog, records: LiveStoreRecords,
        say: @escaping @Sendable (String) -> Void
    ) async -> Never {
        let app = LiveServer.buildApplication(room: room, host: bind, port: port, joinURL: joinURL)
        let (signals, arrived) = AsyncStream<Int32>.makeStream()
        var sources: [any DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { arrived.yield(signalNumber) }
            source.resume()
            sources.append(source)
        }
        Task {
            do {
                try await app.runService(gracefulShutdownSignals: [])
            } catch {
                say("error: the server stopped: \(error)")
                exit(1)
            }
        }
        for await _ in signals { break }
        await finish(room: room, log: log, records: records, say: say)
        withExtendedLifetime(sources) {}
        exit(0)
    }

    /// Ends the game, waits for the results to be saved, the phones to hear and the records to reach the store,
    /// and marks the game finished so the next `ecolearn live UNIT` starts a new one. A game whose records or
    /// results did not reach the store stays unfinished, for `--resume`.
    private static func finish(
        room: LiveRoom, log: LiveGameLog, records: LiveStoreRecords, say: @Sendable (String) -> Void
    ) async {
        await room.end()
        try? await Task.sleep(for: .milliseconds(300))
        let unit = await room.current.unit.id
        guard await log.close(within: .seconds(30)) else {
            say("error: the game's last records are not in the store; `ecolearn live \(unit) --resume` continues it "
                + "from the last ones stored")
            return
        }
        if await room.savedMessage?.hasPrefix("error") == true {
            say("the game stays unfinished in the store: `ecolearn live \(unit) --resume`, then Ctrl-C, saves its results again")
            return
        }
        do {
            try await records.store.finishLiveGame(records.game, at: Date())
            say("the game has ended; its records are kept in \(records.store.location)")
        } catch {
            say("error: the game could not be marked finished (\(error)); `ecolearn live \(unit) --resume` then Ctrl-C "
                + "ends it")
        }
    }
}
