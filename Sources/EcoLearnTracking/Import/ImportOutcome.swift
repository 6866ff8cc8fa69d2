/// What an import did.
public struct ImportOutcome: Sendable, Hashable {
    /// The file name as given.
    public var file: String
    /// Data rows read.
    public var rows: Int
    /// Events stored (events import).
    public var eventsAdded: Int = 0
    /// Rows of an events file that are events already stored with the same details, not stored again.
    public var eventsAlreadyRecorded: Int = 0
    /// Attendances stored (attendance import).
    public var attendancesAdded: Int = 0
    /// Attendances in the file that were already stored by another import, not counted again.
    public var attendancesAlreadyRecorded: Int = 0
    /// Participants seen for the first time.
    public var participantsAdded: Int = 0
    /// When set, the same file (same bytes) was imported before, at this time, and nothing was done.
    public var previouslyImportedAt: String?

    public init(
        file: String, rows: Int, eventsAdded: Int = 0, eventsAlreadyRecorded: Int = 0, attendancesAdded: Int = 0,
        attendancesAlreadyRecorded: Int = 0, participantsAdded: Int = 0, previouslyImportedAt: String? = nil
    ) {
        self.file = file
        self.rows = rows
        self.eventsAdded = eventsAdded
        self.eventsAlreadyRecorded = eventsAlreadyRecorded
        self.attendancesAdded = attendancesAdded
        self.attendancesAlreadyRecorded = attendancesAlreadyRecorded
        self.participantsAdded = participantsAdded
        self.previouslyImportedAt = previouslyImportedAt
    }
}

/// Options shared by the importers.
public struct ImportOptions: Sendable {
    /// Unit ids of the library, to check lesson ids against; nil skips the check.
    public var knownLessons: Set<String>?
    /// Called inside the import's transaction after each stored row (with the count so far); used by the
    /// crash test to stop the process mid-import.
    public var afterRow: (@Sendable (Int) -> Void)?

    public init(knownLessons: Set<String>? = nil, afterRow: (@Sendable (Int) -> Void)? = nil) {
        self.knownLessons = knownLessons
        self.afterRow = afterRow
    }
}
