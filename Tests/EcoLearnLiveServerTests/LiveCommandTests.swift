import EcoLearn
import EcoLearnLive
import Foundation
import HummingbirdWSClient
import Logging
import Testing

/// `ecolearn live` as a trainer runs it: the built binary, a real port, kill -9 and `--resume`, on an SQLite file
/// and (with `ECOLEARN_TEST_POSTGRES_URL`) on a PostgreSQL server.
@Suite(.serialized, .timeLimit(.minutes(2))) struct LiveCommandTests {
    /// The stores the game is kept in: an SQLite file always, a PostgreSQL server when the test run has one.
    enum Store: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres

        static var available: [Store] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

        var testDescription: String { rawValue }

        /// `ECOLEARN_TEST_POSTGRES_URL`: a superuser's URL, its password in `PGPASSFILE` (scripts/with-postgres).
        static var postgresURL: String? {
            ProcessInfo.processInfo.environment["ECOLEARN_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
        }

        /// A new store for `folder`: the file `p.sqlite` in it, or a new database on the test server.
        func make(in folder: URL) throws -> String {
            guard self == .postgres, let url = Self.postgresURL, var components = URLComponents(string: url) else {
                return folder.appendingPathComponent("p.sqlite").path
            }
            let name = "ecolearn_live_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
            let made = try LiveCommandTests.run(
                ["createdb", "-h", components.host ?? "127.0.0.1", "-p", String(components.port ?? 5432), "-U",
                 components.user ?? "postgres", String(name)], executable: URL(fileURLWithPath: "/usr/bin/env"))
            #expect(made.status == 0, "\(made.stderr)")
            components.path = "/" + name
            return components.string ?? url
        }

        /// How the store names itself in messages (the URL without its query).
        func location(_ db: String) -> String { db.components(separatedBy: "?")[0] }
    }

    /// A copy of the quiz fixture library and a store (`db`) with event DGP-LIVE (which lists sorting-at-home) and
    /// event OTHER (which lists no lesson).
    private func workspace(_ store: Store = .sqlite) throws -> (folder: URL, db: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("live-cli-\(UUID().uuidString)")
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EcoLearnTests/Fixtures/quiz-workspace")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("library"))
        let db = try store.make(in: folder)
        for (code, lessons) in [("DGP-LIVE", ["--lesson", "sorting-at-home"]), ("OTHER", [])] {
            let result = try Self.run(
                ["events", "add", "--library", folder.appendingPathComponent("library").path, "--db", db, "--code", code,
                 "--date", "2026-03-12", "--town", "Daugavpils", "--country", "LV", "--kind", "lesson", "--title",
                 "Sorting", "--audience", "school",
                ] + lessons)
            #expect(result.status == 0, "\(result.stderr)")
        }
        return (folder, db)
    }

    private func arguments(_ place: (folder: URL, db: String), _ extra: [String]) -> [String] {
        ["live", "sorting-at-home", "--library", place.folder.appendingPathComponent("library").path,
         "--db", place.db, "--bind", "127.0.0.1"] + extra
    }

    @Test func anEventThatIsMissingOrDoesNotListTheUnitIsRefusedBeforeTheGame() throws {
        let folder = try workspace()
        let missing = try Self.run(arguments(folder, ["--event", "NOPE", "--phase", "pre"]))
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: no event 'NOPE'; `ecolearn events list` shows the codes and numbers of recorded events\n")
        let other = try Self.run(arguments(folder, ["--event", "OTHER", "--phase", "pre"]))
        #expect(other.status == 1)
        #expect(other.stderr.hasPrefix(
            "error: event 'OTHER' does not list the lesson unit 'sorting-at-home' (it lists no lessons)"))
        #expect(other.stderr.hasSuffix("hint: pick the event where the unit is taught (ecolearn events list), "
            + "or record the unit for the event first\n"))
        let half = try Self.run(arguments(folder, ["--event", "DGP-LIVE"]))
        #expect(half.status == 2)
        #expect(half.stderr.contains("--event and --phase go together"))
        let speed = try Self.run(arguments(folder, ["--timer", "off", "--points", "speed"]))
        #expect(speed.status == 2)
        #expect(speed.stderr == "error: --points speed needs a timer (hint: --timer 30, or --points accuracy)\n")
        let nothing = try Self.run(arguments(folder, ["--resume"]))
        #expect(nothing.status == 2)
        #expect(nothing.stderr == "error: no unfinished game of sorting-at-home to resume in \(folder.db)\n")
    }

    @Test(arguments: Store.available) func aServerKilledWithSIGKILLResumesWithEveryAnswerAndCtrlCSaves(_ store: Store) async throws {
        let place = try workspace(store)
        let location = store.location(place.db)
        let first = try await Server.start(arguments(place, [
            "--port", String(Self.freePort()), "--seed", "7", "--timer", "off", "--event", "DGP-LIVE", "--phase", "post",
        ]))
        // The phone hears of its answer only once the store has it, so the kill comes after the commit.
        let token = try await first.joinAndAnswerFirstQuestion(name: "Līga", language: "lv")
        first.kill(SIGKILL)

        let fresh = try Self.run(arguments(place, ["--port", String(Self.freePort())]))
        #expect(fresh.status == 2)
        #expect(fresh.stderr.hasPrefix("error: an unfinished live game of sorting-at-home, started "))
        #expect(fresh.stderr.hasSuffix(
            " UTC, is in \(location) (hint: continue it with --resume; Ctrl-C then ends it and saves its results)\n"))

        let second = try await Server.start(arguments(place, ["--port", String(Self.freePort()), "--resume"]))
        #expect(second.banner.contains("resumed with 1 players and their answers"))
        let view = try await second.rejoin(token: token)
        #expect(view["screen"] as? String == "paused")
        #expect(view["answer"] as? String == "CAB")
        second.kill(SIGINT)
        let errors = second.waitForExit()
        #expect(second.process.terminationStatus == 0)
        #expect(errors.contains("saved 1 post-test result for event DGP-LIVE"))
        #expect(errors.hasSuffix("the game has ended; its records are kept in \(location)\n"))
        let again = try Self.run(arguments(place, ["--resume"]))
        #expect(again.stderr == "error: no unfinished game of sorting-at-home to resume in \(location)\n")
    }

    @Test func anUnfinishedJournalFileOfAnEarlierVersionIsMovedIntoTheStoreOnResume() async throws {
        let place = try workspace()
        let journal = place.folder.appendingPathComponent("live/sorting-at-home.jsonl")
        try FileManager.default.createDirectory(
            at: journal.deletingLastPathComponent(), withIntermediateDirectories: true)
        let unit = try #require(Library.load(at: place.folder.appendingPathComponent("library")).unit("sorting-at-home"))
        var game = try LiveGame(
            unit: unit,
            settings: LiveSettings(
                unitID: unit.id, unitVersion: unit.version, seed: 7, timer: nil, hostLanguage: "en", event: "DGP-LIVE",
                phase: "post"),
            at: 100)
        let token = "00112233445566778899aabbccddeeff"
        let records = [
            game.createdRecord, try game.join(name: "Līga", language: "lv", token: token, at: 101).record,
            try game.host(.next, at: 102), try game.answer(token: token, question: 0, cell: "CAB", at: 103),
        ]
        var text = try records.map { String(decoding: try StableJSON.line($0), as: UTF8.self) + "\n" }.joined()
        text += "{\"closed\":{\"at\":1"
        try Data(text.utf8).write(to: journal)

        let fresh = try Self.run(arguments(place, ["--port", String(Self.freePort())]))
        #expect(fresh.status == 2)
        #expect(fresh.stderr == "error: an unfinished game of sorting-at-home from an earlier ecolearn is in \(journal.path) "
            + "(hint: continue it with --resume, which moves it into the store, or delete the file to start a new one)\n")

        let resumed = try await Server.start(arguments(place, ["--port", String(Self.freePort()), "--resume"]))
        #expect(resumed.banner.contains("resumed with 1 players and their answers"))
        #expect(!FileManager.default.fileExists(atPath: journal.path))
        let kept = try FileManager.default.contentsOfDirectory(atPath: journal.deletingLastPathComponent().path)
        #expect(kept.count == 1 && kept[0].hasPrefix("sorting-at-home-") && kept[0].hasSuffix(".jsonl"))
        #expect(resumed.errors.text.contains("note: moved the unfinished game from \(journal.path) into \(place.db) "
            + "(the file is kept as \(journal.deletingLastPathComponent().appendingPathComponent(kept.first ?? "").path))\n"))
        let view = try await resumed.rejoin(token: token)
        #expect(view["answer"] as? String == "CAB")
        resumed.kill(SIGINT)
        #expect(resumed.waitForExit().contains("saved 1 post-test result for event DGP-LIVE"))
    }

    // MARK: Support

    /// Runs `ecolearn arguments...` to its end. Output goes through files: reading a pipe while another test's
    /// child exits can fail with EINTR inside Foundation.
    static func run(
        _ arguments: [String], executable: URL = executable
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = try OutputFile(), errors = try OutputFile()
        process.standardOutput = output.handle
        process.standardError = errors.handle
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, output.text, errors.text)
    }

    /// The `ecolearn` executable in the build folder of the test bundle.
    static var executable: URL {
        var folder = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("ecolearn").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("ecolearn")
    }

    /// A loopback port nobody listens on now.
    static func freePort() -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A running `ecolearn live` and what its banner said.
private struct Server {
    let process: Process
    let banner: String
    let errors: OutputFile
    let port: String
    let pin: String
    let key: String

    static func start(_ arguments: [String]) async throws -> Server {
        let process = Process()
        process.executableURL = LiveCommandTests.executable
        process.arguments = arguments
        let output = try OutputFile(), errors = try OutputFile()
        process.standardOutput = output.handle
        process.standardError = errors.handle
        try process.run()
        var banner = ""
        let deadline = ContinuousClock.now + .seconds(30)
        while !banner.contains("Ctrl-C"), process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(50))
            banner = output.text
        }
        let pin = banner.firstMatch(of: /PIN\s+(\d{6})/).map { String($0.1) } ?? ""
        let key = banner.firstMatch(of: /host\?key=([0-9a-f]{32})/).map { String($0.1) } ?? ""
        let port = banner.firstMatch(of: /127\.0\.0\.1:(\d+)\/host/).map { String($0.1) } ?? ""
        try #require(!pin.isEmpty && !key.isEmpty, "banner: \(banner)")
        try await Task.sleep(for: .milliseconds(300))
        return Server(process: process, banner: banner, errors: errors, port: port, pin: pin, key: key)
    }

    func kill(_ signal: Int32) {
        Foundation.kill(process.processIdentifier, signal)
        if signal == SIGKILL { process.waitUntilExit() }
    }

    /// Waits for the process to end; returns what it wrote on standard error.
    func waitForExit() -> String {
        process.waitUntilExit()
        return errors.text
    }

    /// Joins a player, opens question 0 from the host socket, answers it with the match answer `CAB`; returns
    /// the player's token.
    func joinAndAnswerFirstQuestion(name: String, language: String) async throws -> String {
        let box = TokenBox()
        let logger = Logger(label: "test")
        let pin = pin, key = key, port = port
        try await WebSocketClient.connect(url: "ws://127.0.0.1:\(port)/ws/play", logger: logger) { inbound, outbound, _ in
            let phone = TestSocket(inbound, outbound)
            try await phone.send(["type": "join", "pin": pin, "name": name, "language": language])
            await box.set(try await phone.next()["token"] as? String ?? "")
            _ = try await phone.view("lobby")
            try await WebSocketClient.connect(url: "ws://127.0.0.1:\(port)/ws/host?key=\(key)", logger: logger) { inbound, outbound, _ in
                let host = TestSocket(inbound, outbound)
                try await host.send(["type": "next"])
                try await Task.sleep(for: .milliseconds(200))
                try await host.finish()
            }
            _ = try await phone.view("question", question: 0)
            try await phone.send(["type": "answer", "question": 0, "cell": "CAB"])
            #expect(try await phone.accepted(question: 0)["answer"] as? String == "CAB")
            try await phone.finish()
        }
        return await box.token
    }

    /// Rejoins with `token`; returns the first view.
    func rejoin(token: String) async throws -> [String: Any] {
        let box = ViewBox()
        try await WebSocketClient.connect(url: "ws://127.0.0.1:\(port)/ws/play", logger: Logger(label: "test")) { inbound, outbound, _ in
            let phone = TestSocket(inbound, outbound)
            try await phone.send(["type": "rejoin", "token": token])
            let message = try await phone.next { $0["type"] as? String == "view" }
            await box.set(String(decoding: try JSONSerialization.data(withJSONObject: message["view"] ?? [:]), as: UTF8.self))
            try await phone.finish()
        }
        return try JSONSerialization.jsonObject(with: Data(await box.json.utf8)) as? [String: Any] ?? [:]
    }
}

/// A temporary file a child process writes its output to.
final class OutputFile: Sendable {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("live-cli-\(UUID().uuidString).txt")
    let handle: FileHandle

    init() throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        handle = try FileHandle(forWritingTo: url)
    }

    /// What was written so far.
    var text: String { String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
}

private actor TokenBox {
    var token = ""
    func set(_ value: String) { token = value }
}

private actor ViewBox {
    var json = "{}"
    func set(_ value: String) { json = value }
}
