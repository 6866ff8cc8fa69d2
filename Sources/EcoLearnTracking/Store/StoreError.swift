import EcoLearn
import Foundation

/// What can go wrong opening or using the participation store, each with a message a coordinator can act on.
public enum StoreError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The database was written by a newer ecolearn (it has migrations this version does not know).
    case newerDatabase(path: String, unknownMigrations: [String])
    /// The file exists but SQLite cannot use it as a participation database.
    case cannotOpen(path: String, reason: String)
    /// A command that only reads found no database file.
    case missingDatabase(path: String)
    /// No event has this code or number.
    case eventNotFound(String)
    /// Quiz results for a unit the event does not list among its lessons.
    case lessonNotAtEvent(event: String, unit: String, lessons: [String])
    /// Something typed on the command line is wrong; one message per problem.
    case invalidInput([String])
    /// An event typed field by field (`ParticipationStore.addEvent`) is wrong: one problem per field, named by its
    /// CSV column name (`date`, `lessons`, `age 10-14`); a front end names them its own way (the CLI by option).
    case invalidEvent([FieldProblem])
    /// The database server refused a statement (for example a town writer changing another town's event).
    case refusedByServer(location: String, message: String)
    /// A new live game of `unit` while an unfinished one (started at `startedAt`) is in the store.
    case unfinishedLiveGame(location: String, unit: String, startedAt: Date)
    /// Records for a live game the store does not hold, holds as finished, or numbered with a gap after the last one
    /// stored.
    case liveRecordsRefused(location: String, game: UUID, reason: String)

    public var description: String {
        switch self {
        case let .newerDatabase(path, unknown):
            return "\(path): this participation database was written by a newer version of ecolearn "
                + "(unknown migrations: \(unknown.joined(separator: ", "))); upgrade ecolearn to use it. "
                + "Nothing was changed."
        case let .cannotOpen(path, reason):
            return "\(path): cannot open the participation database: \(reason)"
        case let .missingDatabase(path):
            return "\(path): no participation database here yet; record an event first with "
                + "`ecolearn events add` or `ecolearn events import FILE.csv`, or point to one with --db PATH"
        case let .eventNotFound(reference):
            return "no event \(TerminalText.quoted(reference)); `ecolearn events list` shows the codes and numbers of recorded events"
        case let .lessonNotAtEvent(event, unit, lessons):
            let listed = lessons.isEmpty ? "it lists no lessons" : "its lessons: \(lessons.joined(separator: ", "))"
            return "event \(TerminalText.quoted(event)) does not list the lesson unit \(TerminalText.quoted(unit)) (\(listed)); quiz results are stored only "
                + "for a lesson the event used. Nothing was saved."
        case let .invalidInput(problems):
            return problems.joined(separator: "\n")
        case let .invalidEvent(problems):
            return problems.map { "\($0.field): \($0.message)" }.joined(separator: "\n")
        case let .refusedByServer(location, message):
            return "\(location): the server refused: \(message). Nothing was changed."
        case let .unfinishedLiveGame(location, unit, startedAt):
            return "an unfinished live game of \(unit), started \(Self.time(startedAt)), is in \(location)"
        case let .liveRecordsRefused(location, game, reason):
            return "\(location): the records of live game \(game.uuidString.lowercased()) were refused: \(reason)"
        }
    }

    /// `date` as `2026-12-02 16:20:05 UTC`.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss 'UTC'"
        return formatter.string(from: date)
    }
}
