/// Something two laptops recorded differently, found by sync and kept on the server for the coordinator
/// (docs/TRACKING.md, "Conflicts"). The server keeps the version it received first (`kept`); the other (`other`)
/// is listed here and changes nothing, until the coordinator corrects the record in one place.
public struct SyncConflict: Sendable, Hashable, Codable {
    /// `event` (the same event with other details) or `participant` (one key with other details).
    public var kind: String
    /// The event's code (or date, town and title) or the participant's key.
    public var subject: String
    /// What the server keeps.
    public var kept: String
    /// What the laptop sent, not applied.
    public var other: String
    /// The laptop that sent `other` (host name and database file).
    public var origin: String
    /// When the server recorded it (ISO 8601, UTC); empty in a summary before it is stored.
    public var recordedAt: String

    public init(kind: String, subject: String, kept: String, other: String, origin: String, recordedAt: String = "") {
        self.kind = kind
        self.subject = subject
        self.kept = kept
        self.other = other
        self.origin = origin
        self.recordedAt = recordedAt
    }
}
