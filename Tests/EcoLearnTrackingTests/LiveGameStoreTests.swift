import EcoLearnTracking
import Foundation
import Testing

/// A live game's log in the participation store (`ecolearn live`, DESIGN.md section 8), on every backend: records
/// come back in order, batches sent again add nothing, gaps and finished games are refused, and one unfinished
/// game per unit.
@Suite struct LiveGameStoreTests {
    private let start = Date(timeIntervalSince1970: 1_764_700_000.75)
    private static let unit = "sorting-at-home"

    @Test(arguments: Backend.available) func recordsComeBackInOrderUntilTheGameIsFinished(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        #expect(try await store.unfinishedLiveGame(unitID: Self.unit) == nil)
        let game = try await store.startLiveGame(unitID: Self.unit, at: start, records: [#"{"created":{}}"#])
        let lines = (1...1000).map { #"{"answered":{"player":\#($0)}}"# }
        var next = 1
        for size in [1, 2, 997] {
            try await store.appendLiveRecords(Array(lines[(next - 1)..<(next - 1 + size)]), to: game, from: next)
            next += size
        }
        let stored = try #require(try await store.unfinishedLiveGame(unitID: Self.unit))
        #expect(stored == StoredLiveGame(
            id: game, unitID: Self.unit, startedAt: Date(timeIntervalSince1970: 1_764_700_000),
            records: [#"{"created":{}}"#] + lines))
        try await store.finishLiveGame(game, at: start.addingTimeInterval(60))
        #expect(try await store.unfinishedLiveGame(unitID: Self.unit) == nil)
        let second = try await store.startLiveGame(unitID: Self.unit, at: start, records: ["{}"])
        #expect(second != game)
        #expect(try await store.unfinishedLiveGame(unitID: Self.unit)?.records == ["{}"])
    }

    @Test(arguments: Backend.available) func aBatchSentAgainAddsNothingTwice(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let game = try await store.startLiveGame(unitID: Self.unit, at: start, records: ["r0"])
        try await store.appendLiveRecords(["r1", "r2"], to: game, from: 1)
        try await store.appendLiveRecords(["r1", "r2"], to: game, from: 1)
        try await store.appendLiveRecords(["r2 again", "r3"], to: game, from: 2)
        #expect(try await store.unfinishedLiveGame(unitID: Self.unit)?.records == ["r0", "r1", "r2", "r3"])
    }

    @Test(arguments: Backend.available) func gapsUnknownAndFinishedGamesAreRefusedWithNothingStored(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let game = try await store.startLiveGame(unitID: Self.unit, at: start, records: ["r0"])
        let gap = await #expect(throws: StoreError.self) { try await store.appendLiveRecords(["r5"], to: game, from: 5) }
        #expect(gap?.description == "\(store.location): the records of live game \(game.uuidString.lowercased()) "
            + "were refused: the batch starts at record 5, but the next is 1")
        let unknown = UUID()
        await #expect(throws: StoreError.liveRecordsRefused(location: store.location, game: unknown, reason: "no such game")) {
            try await store.appendLiveRecords(["r1"], to: unknown, from: 1)
        }
        try await store.finishLiveGame(game, at: start)
        await #expect(throws: StoreError.liveRecordsRefused(location: store.location, game: game, reason: "the game has finished")) {
            try await store.appendLiveRecords(["r1"], to: game, from: 1)
        }
        let again = try await store.startLiveGame(unitID: Self.unit, at: start, records: ["s0"])
        try await store.appendLiveRecords(["s1"], to: again, from: 1)
        #expect(try await store.unfinishedLiveGame(unitID: Self.unit)?.records == ["s0", "s1"])
    }

    @Test(arguments: Backend.available) func aSecondUnfinishedGameOfAUnitIsRefused(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let game = try await store.startLiveGame(unitID: Self.unit, at: start, records: ["r0"])
        let refused = await #expect(throws: StoreError.self) {
            try await store.startLiveGame(unitID: Self.unit, at: start.addingTimeInterval(5), records: ["x0"])
        }
        #expect(refused == .unfinishedLiveGame(
            location: store.location, unit: Self.unit, startedAt: Date(timeIntervalSince1970: 1_764_700_000)))
        #expect(refused?.description
            == "an unfinished live game of sorting-at-home, started 2025-12-02 18:26:40 UTC, is in \(store.location)")
        let other = try await store.startLiveGame(unitID: "waste-hierarchy", at: start, records: ["w0"])
        #expect(try await store.unfinishedLiveGame(unitID: Self.unit)?.id == game)
        #expect(try await store.unfinishedLiveGame(unitID: "waste-hierarchy")?.records == ["w0"])
        #expect(other != game)
    }
}
