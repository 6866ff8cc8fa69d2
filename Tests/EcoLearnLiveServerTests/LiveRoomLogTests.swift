import EcoLearn
import EcoLearnLive
import Foundation
import Testing

@testable import EcoLearnLiveServer

/// The room and the game's log: every record reaches the store in order, and a phone hears that its join or answer
/// counted only once the record is committed.
@Suite(.timeLimit(.minutes(1))) struct LiveRoomLogTests {
    private typealias S = LiveTestServer

    @Test func aPhoneHearsOfItsJoinAndAnswerOnlyOnceTheirRecordsAreCommitted() async throws {
        let gate = Gate()
        let log = LiveGameLog(store: gate, stored: 1) { _ in }
        let room = try S.room(log: log)
        let (id, messages) = await room.connect()
        let inbox = Inbox(messages)

        await room.receive(.join(pin: S.pin, name: "Ana", language: "en"), from: id)
        try await Task.sleep(for: .milliseconds(100))
        #expect(await inbox.count == 0)
        #expect(await gate.waiting == 1)
        await gate.set(open: true)
        let joined = try await inbox.wait(for: 2)
        guard case .joined = joined[0], case .view(let lobby) = joined[1] else {
            Issue.record("expected the token, then the lobby: \(joined)")
            return
        }
        #expect(lobby.screen == .lobby)

        await gate.set(open: false)
        await room.command(.next)
        guard case .view(let question) = try await inbox.wait(for: 3)[2] else { throw Failure() }
        #expect(question.screen == .question)
        await room.receive(.answer(question: 0, cell: "CAB"), from: id)
        try await Task.sleep(for: .milliseconds(100))
        #expect(await inbox.count == 3)
        await gate.set(open: true)
        guard case .accepted(question: 0, answer: "CAB", _, _) = try await inbox.wait(for: 4)[3] else { throw Failure() }

        #expect(await log.close())
        let records = try LiveRecord.decoding(await gate.stored)
        #expect(records.count == 3)
        guard case .joined(player: 0, _, name: "Ana", language: "en", _) = records[0],
            case .opened(question: 0, _, _) = records[1],
            case .answered(player: 0, question: 0, cell: "CAB", _, _) = records[2]
        else {
            Issue.record("records: \(records)")
            return
        }
    }

    private struct Failure: Error {}
}

/// A store that holds every batch until it is opened.
private actor Gate: LiveRecordStore {
    private(set) var stored: [String] = []
    private var isOpen = false
    private var held: [CheckedContinuation<Void, Never>] = []

    var waiting: Int { held.count }

    func append(_ records: [String], from sequence: Int) async throws {
        if !isOpen { await withCheckedContinuation { held.append($0) } }
        stored += records
    }

    func set(open: Bool) {
        isOpen = open
        guard open else { return }
        for continuation in held { continuation.resume() }
        held = []
    }
}

/// The messages a connection got, read by a task of its own.
private actor Inbox {
    private var messages: [Outgoing] = []

    init(_ stream: AsyncStream<Outgoing>) {
        Task { await self.read(stream) }
    }

    private func read(_ stream: AsyncStream<Outgoing>) async {
        for await message in stream { messages.append(message) }
    }

    var count: Int { messages.count }

    /// The messages once there are `count` of them (at most 10 seconds).
    func wait(for count: Int) async throws -> [Outgoing] {
        let deadline = ContinuousClock.now + .seconds(10)
        while messages.count < count, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        try #require(messages.count >= count, "got \(messages.count) messages")
        return messages
    }
}
