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
    /// sent, then events, participants, attendances and quiz results.
    public static func send(
        from laptop: SQLiteParticipationStore, to server: PostgresParticipationStore, options: SyncOptions
    ) async throws -> SyncSummary {
        var summary = SyncSummary(server: server.location)
        try await exchangeTombstones(laptop, server, options, &summary)
        let todo = try laptop.unsentCounts()
        var progress = Progress(options: options, total: todo.events + todo.participants + todo.attendances + todo.quizResults)
        var batches = 0
        func batchDone() throws {
            batches += 1
            try options.afterBatch?(batches)
        }

        progress.start("events", todo.events)
        var after: Int64 = 0
        while true {
            let batch = try laptop.unsentEvents(after: after, limit: options.eventBatch)
            guard let first = batch.first?.id, let last = batch.last?.id else { break }
            let received = try await server.receiveEvents(batch.map(\.event), origin: options.origin)
            try laptop.markEventsSent(from: first, through: last)
            summary.count(received, \.events)
            after = last
            progress.advance(batch.count)
            try batchDone()
        }

        progress.start("participants", todo.participants)
        after = 0
        while true {
            let batch = try laptop.unsentParticipants(after: after, limit: options.participantBatch)
            guard let first = batch.first?.id, let last = batch.last?.id else { break }
            let received = try await server.receiveParticipants(batch.map(\.participant), origin: options.origin)
            try laptop.markParticipantsSent(from: first, through: last)
            summary.count(received, \.participants)
            after = last
            progress.advance(batch.count)
            try batchDone()
        }

        progress.start("attendances", todo.attendances)
        var key: (event: Int64, participant: Int64) = (0, 0)
        while true {
            let batch = try laptop.unsentAttendances(after: key, limit: options.attendanceBatch)
            guard batch.count > 0 else { break }
            let received = try await server.receiveAttendances(batch)
            try laptop.markAttendancesSent(batch)
            summary.count(received, \.attendances)
            key = batch.last
            progress.advance(batch.count)
            try batchDone()
        }

        progress.start("quiz results", todo.quizResults)
        after = 0
        while true {
            let batch = try laptop.unsentQuizResults(after: after, limit: options.quizResultBatch)
            guard let first = batch.first?.id, let last = batch.last?.id else { break }
            let received = try await server.receiveQuizResults(batch.map(\.result))
            try laptop.markQuizResultsSent(from: first, through: last)
            summary.count(received, \.quizResults)
            after = last
            progress.advance(batch.count)
            try batchDone()
        }
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

    /// Records the server, applies its tombstones here and sends this laptop's.
    private static func exchangeTombstones(
        _ laptop: SQLiteParticipationStore, _ server: PostgresParticipationStore, _ options: SyncOptions,
        _ summary: inout SyncSummary
    ) async throws {
        let serverID = try await server.storeID()
        try laptop.beginSync(withServer: serverID, location: server.location)
        summary.removedHere = try laptop.applyTombstones(try await server.tombstoneHashes())
        let mine = try laptop.unsentTombstones()
        summary.removedOnServer = try await server.receiveTombstones(mine, origin: options.origin)
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
