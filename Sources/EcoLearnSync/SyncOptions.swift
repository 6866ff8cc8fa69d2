/// How a sync runs: batch sizes, who is syncing (for the server's records), and what to tell the caller.
public struct SyncOptions: Sendable {
    /// The laptop as the server records it (`origin` of its events, tombstones and conflicts): host and file.
    public var origin: String
    /// Rows per batch; each batch is one transaction on the server, then marked sent on the laptop.
    public var eventBatch = 1_000
    public var participantBatch = 20_000
    public var attendanceBatch = 100_000
    public var quizResultBatch = 2_000
    /// Told after every step with the rows done and the rows to do.
    public var progress: (@Sendable (SyncProgress) -> Void)?
    /// Called after each batch is committed on both sides, with the number of batches so far; throwing stops the
    /// sync there (the failure tests use it to cut a sync midway).
    public var afterBatch: (@Sendable (Int) throws -> Void)?

    public init(origin: String) {
        self.origin = origin
    }
}

/// Where a long sync is: a stage (`events`, `participants`, `attendances`, `quiz results`) and its rows.
public struct SyncProgress: Sendable, Hashable {
    public var stage: String
    public var done: Int
    public var total: Int
    /// Rows done and to do over every stage.
    public var overallDone: Int
    public var overallTotal: Int
}
