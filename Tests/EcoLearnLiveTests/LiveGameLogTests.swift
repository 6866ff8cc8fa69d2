import EcoLearn
import Foundation
import Testing

@testable import EcoLearnLive

/// The log that carries a game's records to the store: in order, in batches, retried and reported on failure.
@Suite(.timeLimit(.minutes(1))) struct LiveGameLogTests {
    @Test func aBurstReachesTheStoreInOrderInAFewBatches() async throws {
        let store = StandIn(delay: .milliseconds(100))
        let log = LiveGameLog(store: store, stored: 1) { _ in }
        let commits = Counts()
        log.onCommit { count in Task { await commits.add(count) } }
        var game = try LiveFixtures.game()
        var records: [LiveRecord] = []
        for index in 0..<1000 {
            let (_, record) = try game.join(name: "P\(index)", language: "en", token: "t\(index)", at: Double(index))
            records.append(record)
            #expect(try log.append(record) == index + 1)
        }
        #expect(await log.close())
        #expect(log.committed == 1001)
        let batches = await store.batches
        #expect(try LiveRecord.decoding(batches.flatMap(\.records)) == records)
        #expect(batches.map(\.from) == batches.indices.map { 1 + batches[..<$0].map(\.records.count).reduce(0, +) })
        #expect(batches.count <= 3, "\(batches.map(\.records.count))")
        try await Task.sleep(for: .milliseconds(50))
        #expect(await commits.values.max() == 1001)
    }

    @Test func aFailedCommitIsReportedAndTriedAgainUntilTheStoreTakesIt() async throws {
        let store = StandIn(failures: 3)
        let reports = Reports()
        let log = LiveGameLog(store: store, stored: 1, retryDelay: .milliseconds(5)) { message in
            reports.add(message)
        }
        try log.append(.paused(at: 1))
        #expect(await log.sync(within: .seconds(10)))
        try log.append(.resumed(at: 2))
        #expect(await log.close())
        #expect(await store.batches.map(\.from) == [1, 2])
        #expect(try LiveRecord.decoding(await store.batches.flatMap(\.records)) == [.paused(at: 1), .resumed(at: 2)])
        #expect(reports.messages == [
            "error: the game's records from record 1 on are not in the store yet (the disk is full); trying again",
            "the game's records are in the store again (2 in all)",
        ])
    }

    @Test func closingGivesUpAfterItsLimitWhenTheStoreNeverTakesTheRecords() async throws {
        let store = StandIn(failures: .max)
        let log = LiveGameLog(store: store, stored: 5, retryDelay: .milliseconds(5)) { _ in }
        try log.append(.ended(at: 3))
        let started = ContinuousClock.now
        #expect(await log.close(within: .milliseconds(200)) == false)
        // Bounded by the limit, not by the store (the margin is for a loaded machine running the whole suite).
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(log.committed == 5)
        #expect(await store.batches.isEmpty)
    }
}

/// A store that takes batches after `delay`, failing the first `failures` commits.
private actor StandIn: LiveRecordStore {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "the disk is full" }
    }

    private(set) var batches: [(from: Int, records: [String])] = []
    private var failures: Int
    private let delay: Duration

    init(delay: Duration = .zero, failures: Int = 0) {
        self.delay = delay
        self.failures = failures
    }

    func append(_ records: [String], from sequence: Int) async throws {
        if delay > .zero { try await Task.sleep(for: delay) }
        if failures > 0 {
            failures -= 1
            throw Failure()
        }
        batches.append((sequence, records))
    }
}

private actor Counts {
    var values: [Int] = []
    func add(_ value: Int) { values.append(value) }
}

/// Messages a log reported, kept from any thread.
private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [String] = []

    func add(_ message: String) {
        lock.lock()
        kept.append(message)
        lock.unlock()
    }

    var messages: [String] {
        lock.lock()
        defer { lock.unlock() }
        return kept
    }
}
