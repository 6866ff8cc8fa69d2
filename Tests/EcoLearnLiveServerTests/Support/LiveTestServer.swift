import EcoLearn
import EcoLearnLive
import Foundation
import Hummingbird
import HummingbirdWSClient
import Testing

@testable import EcoLearnLiveServer

/// A room of the fixture unit (all eight kinds, en, lv and tr) with a known PIN and host key.
enum LiveTestServer {
    static let pin = "482913"
    static let key = "0123456789abcdef0123456789abcdef"
    static let joinURL = "http://127.0.0.1:8080/?pin=482913"

    static let unit: LessonUnit = {
        let workspace = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("EcoLearnTests/Fixtures/quiz-workspace")
        return Library.load(at: workspace).unit("sorting-at-home")!
    }()

    static func room(
        timer: Double? = nil, points: LivePoints = .off, store: (any LiveResultStore)? = nil, log: LiveGameLog? = nil
    ) throws -> LiveRoom {
        let settings = LiveSettings(
            unitID: unit.id, unitVersion: unit.version, seed: 7, timer: timer, points: points, hostLanguage: "en",
            event: store == nil ? nil : "RIGA-1", phase: store == nil ? nil : "post")
        let game = try LiveGame(unit: unit, settings: settings, at: Date().timeIntervalSince1970)
        return LiveRoom(game: game, access: .init(pin: pin, hostKey: key), log: log, store: store)
    }

    static func application(_ room: LiveRoom) -> some Hummingbird.ApplicationProtocol {
        LiveServer.buildApplication(room: room, host: "127.0.0.1", port: 0, joinURL: joinURL)
    }
}

/// One side of a test WebSocket: sends JSON, waits (at most 10 seconds) for the next message that fits. A task
/// reads the socket into a mailbox, so a wait that times out leaves the socket readable.
struct TestSocket {
    /// Messages read and not yet taken.
    private actor Mailbox {
        var texts: [String] = []
        var isClosed = false

        func put(_ text: String) { texts.append(text) }
        func close() { isClosed = true }

        /// The oldest message; nil when the socket closed or nothing came by `deadline`.
        func take(by deadline: ContinuousClock.Instant) async -> String? {
            while texts.isEmpty, !isClosed, ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(5))
            }
            return texts.isEmpty ? nil : texts.removeFirst()
        }
    }

    private let mailbox = Mailbox()
    private let reader: Task<Void, Never>
    let outbound: WebSocketOutboundWriter

    /// Starts reading; the handler ends with `finish()`, so no read outlives it.
    init(_ inbound: WebSocketInboundStream, _ outbound: WebSocketOutboundWriter) {
        self.outbound = outbound
        let mailbox = mailbox
        let messages = inbound.messages(maxSize: 1 << 20)
        reader = Task {
            do {
                for try await message in messages {
                    if case .text(let text) = message { await mailbox.put(text) }
                }
            } catch {}
            await mailbox.close()
        }
    }

    func send(_ object: [String: Any]) async throws {
        let data = try JSONSerialization.data(withJSONObject: object)
        try await outbound.write(.text(String(decoding: data, as: UTF8.self)))
    }

    /// The next text message, nil when the socket closed or nothing came within `timeout`.
    func text(timeout: Duration = .seconds(10)) async throws -> String? {
        await mailbox.take(by: ContinuousClock.now + timeout)
    }

    /// The next message for which `fits` holds (others are skipped); records an issue and returns an empty
    /// object when none comes.
    func next(where fits: ([String: Any]) -> Bool = { _ in true }) async throws -> [String: Any] {
        while let text = try await text() {
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
            if fits(object) { return object }
        }
        Issue.record("no fitting message came")
        return [:]
    }

    /// The next player view whose screen is `screen` (and whose question is `index`, when given).
    func view(_ screen: String, question index: Int? = nil) async throws -> [String: Any] {
        let message = try await next { message in
            guard message["type"] as? String == "view", let view = message["view"] as? [String: Any],
                view["screen"] as? String == screen
            else { return false }
            guard let index else { return true }
            return (view["question"] as? [String: Any])?["index"] as? Int == index
        }
        return message["view"] as? [String: Any] ?? [:]
    }

    /// The next `accepted` message (an answer taken) for question `index`.
    func accepted(question index: Int) async throws -> [String: Any] {
        try await next { $0["type"] as? String == "accepted" && $0["question"] as? Int == index }
    }

    /// The next error's code.
    func error() async throws -> String? {
        try await next { $0["type"] as? String == "error" }["code"] as? String
    }

    /// Waits until the other side closes the socket.
    func waitForClose() async {
        await reader.value
    }

    /// Closes the socket and waits for the other side's close.
    func finish() async throws {
        try await outbound.close(.normalClosure, reason: nil)
        await reader.value
    }
}
