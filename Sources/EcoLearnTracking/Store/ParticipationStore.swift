import Foundation

/// Where participation records are kept: the embedded SQLite file of one laptop (`EcoLearnSQLite`) or a project's
/// shared PostgreSQL server (`EcoLearnPostgres`). Commands and tests speak only to this interface, so the same
/// input gives the same stored facts and the same report on either backend.
///
/// Every method that writes does so in one transaction: a refused input, a failure or a killed process leaves
/// nothing behind.
public protocol ParticipationStore: AnyObject, Sendable {
    /// Where the store is, for messages: a file path, or a server URL without any password.
    var location: String { get }

    /// The names of the schema migrations applied, oldest first.
    func appliedMigrations() async throws -> [String]

    /// Records one event typed on the command line.
    ///
    /// - Parameter knownLessons: unit ids of the library, to check `lessons` against; nil skips the check.
    /// - Returns: the event as stored.
    /// - Throws: `StoreError.invalidEvent` with one problem per field (a code already used is a problem of `code`), or
    ///   `StoreError.invalidInput` for an event already recorded without a code; nothing stored.
    @discardableResult
    func addEvent(_ input: EventInput, knownLessons: Set<String>?) async throws -> EventSummary

    /// Events matching `filter`, by date then number.
    func events(_ filter: EventFilter) async throws -> [EventSummary]

    /// One event by its code or number.
    func event(_ reference: String) async throws -> EventSummary

    /// Imports an events CSV. A file with any bad row is refused whole (`ImportRefused` naming every bad row); the
    /// same file imported again changes nothing.
    func importEvents(data: Data, fileName: String, options: ImportOptions) async throws -> ImportOutcome

    /// Imports a sign-in sheet CSV: one row per listed participant at an event. Participants are created on first
    /// sight and their details updated by later sheets; an attendance already stored is not counted twice.
    func importAttendance(data: Data, fileName: String, options: ImportOptions) async throws -> ImportOutcome

    /// Stores scored quizzes in one transaction: the entry point of `quiz score --save` and of the live quiz.
    /// Scoring the same respondent (compared as `CaselessKey` folds it) again for the same event, unit and phase
    /// replaces the earlier result (re-scoring a corrected answer sheet does not double count).
    ///
    /// A result is stored only for a unit the event lists among its lessons, so that knowledge gain is counted
    /// where the lesson was taught; with `addingLessons` a missing unit is added to the event's lessons instead.
    ///
    /// - Throws: `StoreError.eventNotFound`, `StoreError.lessonNotAtEvent` or `StoreError.invalidInput`
    ///   (percent or fraction out of range); nothing is stored then.
    func saveQuizResults(_ results: [QuizResultInput], addingLessons: Bool) async throws -> QuizSaveOutcome

    /// Removes every trace of the person with this pseudonymous key (compared as `CaselessKey` folds it), in one
    /// transaction: the participant, their attendances, quiz results given under the key, and the file names of the
    /// imports that listed them or name the key.
    func forgetParticipant(key: String) async throws -> ForgetOutcome

    /// The report for `request`, from one consistent snapshot.
    func report(_ request: ReportRequest) async throws -> Report

    /// Starts the log of a live game of `unitID` (`ecolearn live`) with its first records (its `created` record, or
    /// a whole game moved in from elsewhere), each one line of JSON numbered from 0, in one transaction; returns the
    /// game's new UUID. The game's later records are appended as it runs (`appendLiveRecords`) until it is finished
    /// (`finishLiveGame`).
    ///
    /// - Throws: `StoreError.unfinishedLiveGame` when the store holds an unfinished game of the unit (on a server:
    ///   one started by the same login); nothing is stored then.
    func startLiveGame(unitID: String, at time: Date, records: [String]) async throws -> UUID

    /// Appends a batch of a live game's records, lines of JSON numbered from `sequence` on, in one transaction. A
    /// record already stored under its number is kept as it is, so a batch sent again after a lost reply adds
    /// nothing twice.
    ///
    /// - Throws: `StoreError.liveRecordsRefused` when the game is not stored or is finished, or when `sequence`
    ///   is beyond the next number (records are stored in order, without gaps); nothing is stored then.
    func appendLiveRecords(_ records: [String], to game: UUID, from sequence: Int) async throws

    /// The unfinished live game of `unitID` with its records in order (on a server: one started by this login), or
    /// nil.
    func unfinishedLiveGame(unitID: String) async throws -> StoredLiveGame?

    /// Marks a live game finished at `time`: it is not resumed any more and a new game of its unit may start. Its
    /// records are kept.
    func finishLiveGame(_ game: UUID, at time: Date) async throws

    /// Lets go of connections and files; the store is not used afterwards.
    func close() async
}

extension ParticipationStore {
    /// Events matching no filter: all of them.
    public func events() async throws -> [EventSummary] { try await events(EventFilter()) }

    public func importEvents(data: Data, fileName: String) async throws -> ImportOutcome {
        try await importEvents(data: data, fileName: fileName, options: ImportOptions())
    }

    public func importAttendance(data: Data, fileName: String) async throws -> ImportOutcome {
        try await importAttendance(data: data, fileName: fileName, options: ImportOptions())
    }

    /// Stores scored quizzes for units the events list (see `saveQuizResults(_:addingLessons:)`).
    public func saveQuizResults(_ results: [QuizResultInput]) async throws -> QuizSaveOutcome {
        try await saveQuizResults(results, addingLessons: false)
    }
}
