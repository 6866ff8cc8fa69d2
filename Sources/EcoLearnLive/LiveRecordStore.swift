/// Where a live game's records are kept while it runs: the participation store (the command line gives it, with
/// the game's id), or a stand-in in tests. `LiveGameLog` is its one writer.
public protocol LiveRecordStore: Sendable {
    /// Stores `records` (each one line of JSON) numbered from `sequence` on, in one transaction. A record already
    /// stored under its number is kept, so a batch sent again after a lost reply adds nothing twice.
    func append(_ records: [String], from sequence: Int) async throws
}
