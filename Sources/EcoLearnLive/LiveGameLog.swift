import EcoLearn
import Foundation

/// A live game's records on their way to the store (DESIGN.md section 8). `append` only encodes a record and queues
/// it, so the room never waits on the store; one writer task commits what is queued, in order, in batches: everything
/// that queued while the previous batch was being committed, in one transaction (`LiveRecordStore.append`), so a
/// burst of a thousand answers costs a few transactions. A commit that fails is reported and tried again until it
/// succeeds, never dropped. `sync` waits until what was queued before it is committed.
public final class LiveGameLog: @unchecked Sendable {
    /// The most records committed in one transaction.
    public static let maxBatch = 1000

    private let store: any LiveRecordStore
    private let retryDelay: Duration
    private let report: @Sendable (String) -> Void
    private let doorbell: AsyncStream<Void>.Continuation
    private var writer: Task<Void, Never>?
    /// The state below is shared with the writer task, under `lock`.
    private let lock = NSLock()
    /// Encoded records not yet taken by the writer, and the sequence number of the first of them.
    private var queued: [String] = []
    private var queuedFrom: Int
    /// How many records the store holds (the sequence number it expects next).
    private var committedCount: Int
    private var committedHandler: (@Sendable (Int) -> Void)?

    /// A log whose store already holds `stored` records of the game (1 for a new game: its `created` record; all
    /// of them for a resumed one). `report` hears of failed commits (and of the first success after them); a failed
    /// commit is tried again after `retryDelay`.
    public init(
        store: any LiveRecordStore, stored: Int, retryDelay: Duration = .milliseconds(500),
        report: @escaping @Sendable (String) -> Void
    ) {
        self.store = store
        self.retryDelay = retryDelay
        self.report = report
        queuedFrom = stored
        committedCount = stored
        let (bells, doorbell) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.doorbell = doorbell
        writer = Task { [self] in await run(bells) }
    }

    /// Queues `record` for the store; returns its sequence number. Never waits.
    ///
    /// - Throws: the encoder's error when the record cannot be written as JSON (nothing is queued then).
    @discardableResult
    public func append(_ record: LiveRecord) throws -> Int {
        let line = String(decoding: try StableJSON.line(record), as: UTF8.self)
        let sequence = locked {
            queued.append(line)
            return queuedFrom + queued.count - 1
        }
        doorbell.yield()
        return sequence
    }

    /// How many records the store holds now.
    public var committed: Int {
        locked { committedCount }
    }

    /// Calls `handler` with the number of records the store holds after each commit (from the writer task).
    public func onCommit(_ handler: @escaping @Sendable (Int) -> Void) {
        locked { committedHandler = handler }
    }

    /// Waits until every record appended before the call is committed, or `limit` has passed; returns whether
    /// they all are.
    @discardableResult
    public func sync(within limit: Duration = .seconds(3600)) async -> Bool {
        let target = locked { queuedFrom + queued.count }
        let deadline = ContinuousClock.now + limit
        while committed < target {
            if ContinuousClock.now >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(2))
        }
        return true
    }

    /// Commits what is queued, waits at most `limit` for it, and stops the writer; returns whether everything was
    /// committed. Nothing may be appended afterwards.
    @discardableResult
    public func close(within limit: Duration = .seconds(3600)) async -> Bool {
        let done = await sync(within: limit)
        doorbell.finish()
        if done { await writer?.value } else { writer?.cancel() }
        return done
    }

    private func locked<Value>(_ body: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    // MARK: The writer

    private func run(_ bells: AsyncStream<Void>) async {
        for await _ in bells {
            while let (batch, first) = take() {
                guard await commit(batch, from: first) else { return }
            }
        }
    }

    /// The queued records (at most `maxBatch`) and the sequence number of the first; nil when none are queued.
    private func take() -> ([String], Int)? {
        locked {
            guard !queued.isEmpty else { return nil }
            let batch = Array(queued.prefix(Self.maxBatch))
            let first = queuedFrom
            queued.removeFirst(batch.count)
            queuedFrom += batch.count
            return (batch, first)
        }
    }

    /// Commits `batch` until the store takes it; false when the writer was cancelled first.
    private func commit(_ batch: [String], from first: Int) async -> Bool {
        var failed = false
        while true {
            do {
                try await store.append(batch, from: first)
                break
            } catch {
                if !failed {
                    report("error: the game's records from record \(first) on are not in the store yet (\(error)); trying again")
                }
                failed = true
                do {
                    try await Task.sleep(for: retryDelay)
                } catch {
                    return false
                }
            }
        }
        if failed { report("the game's records are in the store again (\(first + batch.count) in all)") }
        let handler = locked {
            committedCount = first + batch.count
            return committedHandler
        }
        handler?(first + batch.count)
        return true
    }
}
