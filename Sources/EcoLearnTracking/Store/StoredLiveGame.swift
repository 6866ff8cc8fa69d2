import Foundation

/// A live game as the participation store keeps it while it runs (`ecolearn live`, DESIGN.md section 8): its id,
/// its unit, when it started, and its records in order, each one line of JSON as the game wrote it. The live game
/// replays them (`LiveGame.replay`) to resume after a crash; the store reads them only to forget a person, renaming
/// the player in their `joined` record.
public struct StoredLiveGame: Sendable, Hashable {
    public var id: UUID
    public var unitID: String
    /// When the game started, to the second.
    public var startedAt: Date
    /// The records, by sequence number from 0.
    public var records: [String]

    public init(id: UUID, unitID: String, startedAt: Date, records: [String]) {
        self.id = id
        self.unitID = unitID
        self.startedAt = startedAt
        self.records = records
    }

    /// `date` to the whole second, as the stores keep a game's times.
    public static func seconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
