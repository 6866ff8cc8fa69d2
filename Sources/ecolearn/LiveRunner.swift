import Dispatch
import EcoLearnLive
import EcoLearnLiveServer
import Foundation

/// Runs a live game's server until Ctrl-C (or SIGTERM), then ends the game, saves the results and exits.
enum LiveRunner {
    static func run(
        room: LiveRoom, bind: String, port: Int, joinURL: String, journal: LiveJournal,
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
        await finish(room: room, journal: journal, say: say)
        withExtendedLifetime(sources) {}
        exit(0)
    }

    /// Ends the game, waits for the results to be saved and the phones to hear, and puts the finished journal
    /// aside (`UNIT-YYYYMMDD-HHMMSS.jsonl`) so the next `ecolearn live UNIT` starts a new game.
    private static func finish(room: LiveRoom, journal: LiveJournal, say: @Sendable (String) -> Void) async {
        await room.end()
        try? await Task.sleep(for: .milliseconds(300))
        journal.close()
        let message = await room.savedMessage
        if message?.hasPrefix("error") == true { return }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        formatter.timeZone = TimeZone(identifier: "UTC")
        let archived = journal.path.replacingOccurrences(of: ".jsonl", with: "-\(formatter.string(from: Date())).jsonl")
        try? FileManager.default.moveItem(atPath: journal.path, toPath: archived)
        say("the game has ended; its journal is kept in \(archived)")
    }
}
