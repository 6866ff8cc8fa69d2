import EcoLearnPostgres
import EcoLearnSQLite
import EcoLearnTracking

/// `ecolearn sync`: a laptop's SQLite store and a project's PostgreSQL server (docs/TRACKING.md, "Syncing").
///
/// Sending walks each table of the laptop in key order, taking only rows not yet sent, in batches: each batch is
/// one transaction on the server (idempotent by UUID), then marked sent on the laptop. A sync killed or cut off
/// at any point has either committed a batch or not; the next sync sends what is still unmarked, and a batch the
/// server committed but the laptop did not mark is sent again and changes nothing. So running it again always
/// completes, and nothing is doubled.
public enum SyncEngine {
    /// Sends what the server lacks: first the server's tombstones are applied here and this laptop's tombstones
    /// sent, then events, participants, attendances and quiz results. With a town writer's login, a laptop holding
    /// records at events of towns the login may not write is refused before anything is sent.
    public static func send(
        from laptop: SQLiteParticipationStore, to server: PostgresParticipationStore, options: SyncOptions
    ) async throws -> SyncSummary {
        var summary = SyncSummary(server: server.location)
        try laptop.beginSync(withServer: try await server.storeID(), location: server.location)
        let towns = try await server.townsWritten()
        if !towns.isEmpty { try await server.refuseTownsNotWritten(laptop.unsentEventTowns(), writes: towns) }
        try await exchangeTombstones(laptop, server, options, &summary)
        let todo = try laptop.unsentCounts()
        var progress = Progress(options: options, total: todo.events + todo.participants + todo.attendances + todo.quizResults)
        var batches = 0
        func batchDone() throws {
            batches += 1
            try options.afterBatch?(batches)
        }

        /// Sends one table whose rows are walked by their integer id, in batches.
        func sendByID<Row>(
            _ name: String, _ total: Int, limit: Int, _ kind: WritableKeyPath<SyncCounts, Int>,
            unsent: (_ after: Int64, _ limit: Int) throws -> [(id: Int64, row: Row)],
            receive: ([Row]) async throws -> PostgresParticipationStore.Received,
            markSent: (_ from: Int64, _ through: Int64) throws -> Void
        ) async throws {
            progress.start(name, total)
            var after: Int64 = 0
            while true {
                let batch = try unsent(after, limit)
                guard let first = batch.first?.id, let last = batch.last?.id else { break }
                let received = try await receive(batch.map(\.row))
                try markSent(first, last)
                summary.count(received, kind)
                after = last
                progress.advance(batch.count)
                try batchDone()
            }
        }
        try await sendByID(
            "events", todo.events, limit: options.eventBatch, \.events,
            unsent: { try laptop.unsentEvents(after: $0, limit: $1).map { ($0.id, $0.event) } },
            receive: { try await server.receiveEvents($0, origin: options.origin) },
            markSent: { try laptop.markEventsSent(from: $0, through: $1) })
        try await sendByID(
            "participants", todo.participants, limit: options.participantBatch, \.participants,
            unsent: { try laptop.unsentParticipants(after: $0, limit: $1).map { ($0.id, $0.participant) } },
            receive: { try await server.receiveParticipants($0, origin: options.origin) },
            markSent: { try laptop.markParticipantsSent(from: $0, through: $1) })

        // The next batch is read from the laptop while the server stores this one.
        progress.start("attendances", todo.attendances)
        let limit = options.attendanceBatch
        var batch = try laptop.unsentAttendances(after: (0, 0), limit: limit)
        while batch.count > 0 {
            let after = batch.last
            async let following = laptop.unsentAttendances(after: after, limit: limit)
            let received = try await server.receiveAttendances(batch)
            try laptop.markAttendancesSent(batch)
            summary.count(received, \.attendances)
            progress.advance(batch.count)
            try batchDone()
            batch = try await following
        }

        try await sendByID(
            "quiz results", todo.quizResults, limit: options.quizResultBatch, \.quizResults,
            unsent: { try laptop.unsentQuizResults(after: $0, limit: $1).map { ($0.id, $0.result) } },
            receive: { try await server.receiveQuizResults($0) },
            markSent: { try laptop.markQuizResultsSent(from: $0, through: $1) })
        try laptop.finishSync(sending: true)
        return summary
    }

    /// Brings down what the laptop needs for the whole project's report offline: the server's tombstones (applied
    /// here), and every other event of the project with its lessons and counts. Other towns' sign-ins come as
    /// counts added to each event's headcounts; no participant of another town is copied.
    public static func receive(
        into laptop: SQLiteParticipationStore, from server: PostgresParticipationStore, options: SyncOptions
    ) async throws -> SyncSummary {
        var summary = SyncSummary(server: server.location)
        let serverID = try await server.storeID()
        try laptop.beginSync(withServer: serverID, location: server.location)
        summary.removedHere = try laptop.applyTombstones(try await server.tombstoneHashes())
        let own = try laptop.ownEventUUIDs()
        let events = try await server.projectEvents().filter { event, aliases in
            !own.contains(event.uuid) && !aliases.contains(where: own.contains)
        }.map(\.event)
        var progress = Progress(options: options, total: events.count)
        progress.start("events", events.count)
        var start = 0
        var batches = 0
        while start < events.count {
            let end = min(start + options.eventBatch, events.count)
            let stored = try laptop.storePulled(Array(events[start..<end]))
            summary.eventsReceived += stored.added
            summary.eventsUpdated += stored.updated
            summary.eventsNotReceived += stored.skipped
            progress.advance(end - start)
            start = end
            batches += 1
            try options.afterBatch?(batches)
        }
        try laptop.finishSync(sending: false)
        return summary
    }

    /// Every conflict the server has recorded, oldest first.
    public static func conflicts(on server: PostgresParticipationStore) async throws -> [SyncConflict] {
        try await server.conflicts()
    }

    /// Applies the server's tombstones here and sends this laptop's.
    private static func exchangeTombstones(
        _ laptop: SQLiteParticipationStore, _ server: PostgresParticipationStore, _ options: SyncOptions,
        _ summary: inout SyncSummary
    ) async throws {
        summary.removedHere = try laptop.applyTombstones(try await server.tombstoneHashes())
        let mine = try laptop.unsentTombstones()
        (summary.removedOnServer, summary.keptOnServer) = try await server.receiveTombstones(mine, origin: options.origin)
        summary.tombstonesSent = mine.count
        try laptop.markTombstonesSent(mine)
    }

    /// Reports progress through the options' callback.
    private struct Progress {
        var options: SyncOptions
        var total: Int
        var overall = 0
        var stage = ""
        var stageTotal = 0
        var stageDone = 0

        init(options: SyncOptions, total: Int) {
            self.options = options
            self.total = total
        }

        mutating func start(_ stage: String, _ rows: Int) {
            self.stage = stage
            stageTotal = rows
            stageDone = 0
            report()
        }

        mutating func advance(_ rows: Int) {
            stageDone += rows
            overall += rows
            report()
        }

        private func report() {
            options.progress?(SyncProgress(
                stage: stage, done: stageDone, total: max(stageTotal, stageDone), overallDone: overall,
                overallTotal: max(total, overall)))
        }
    }
}

extension SyncSummary {
    /// Adds one batch's outcome to the counts of one kind.
    mutating func count(_ received: PostgresParticipationStore.Received, _ kind: WritableKeyPath<SyncCounts, Int>) {
        sent[keyPath: kind] += received.added
        alreadyThere[keyPath: kind] += received.alreadyThere
        refusedForgotten += received.forgotten
        conflicts += received.conflicts
    }
}
