import EcoLearnTracking

/// What a sync did: rows sent and already on the server, people forgotten, conflicts found, events brought down.
public struct SyncSummary: Sendable, Hashable {
    /// The server, as messages name it (no password).
    public var server: String
    /// Rows the server stored for the first time.
    public var sent = SyncCounts()
    /// Rows the server already held (sent before, or the same event or person from another laptop).
    public var alreadyThere = SyncCounts()
    /// Rows the server refused because it has forgotten the person.
    public var refusedForgotten = 0
    /// Tombstones sent, and people they removed on the server.
    public var tombstonesSent = 0
    public var removedOnServer = 0
    /// Keys of forgotten people still on the server: a town writer's login removed its towns' rows of them, but they
    /// also signed in at another town's event, which only the owner login may remove.
    public var keptOnServer: [String] = []
    /// People removed here because the server has forgotten them.
    public var removedHere = 0
    /// Conflicts found by this sync (earlier ones are listed by `SyncEngine.conflicts`).
    public var conflicts: [SyncConflict] = []
    /// Events brought down: new, updated, and not stored because an event here has the same code.
    public var eventsReceived = 0
    public var eventsUpdated = 0
    public var eventsNotReceived: [String] = []

    public init(server: String) {
        self.server = server
    }
}
