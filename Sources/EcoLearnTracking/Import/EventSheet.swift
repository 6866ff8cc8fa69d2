import Crypto
import EcoLearn
import Foundation

/// An events CSV read and checked in memory before anything is stored: the part of an events import that does not
/// depend on the backend.
package struct EventSheet: Sendable {
    /// Columns of an events CSV, besides the headcount group columns (`female`, `male`, `other`, `local`,
    /// `international`, `age 10-14`, ...).
    package static let columns = [
        "code", "date", "town", "country", "kind", "title", "audience", "lessons", "language", "organiser",
        "facilitator", "headcount",
    ]

    /// The file name as given.
    package var fileName: String
    /// Data rows read.
    package var rowCount: Int
    /// Every row, checked, with the line it starts on.
    package var events: [(line: Int, event: ValidEvent)]
    /// SHA-256 of the file's bytes: the identity of the import.
    package var digest: String

    /// Reads and checks an events CSV; refuses it, naming every bad row, when any row is bad (including two rows
    /// with the same code, or two rows for one event without a code).
    package init(data: Data, fileName: String, knownLessons: Set<String>?) throws(ImportRefused) {
        let columns = try CSVColumns(
            data: data, fileName: fileName, known: Self.columns,
            required: ["date", "town", "country", "kind", "title", "audience"], allowGroups: true)
        let table = columns.table
        var problems: [CSVProblem] = []
        var events: [(line: Int, event: ValidEvent)] = []
        var codeLines: [String: Int] = [:]
        var identityLines: [EventIdentity: (line: Int, coded: Bool)] = [:]
        for row in table.rows {
            let input = EventInput(
                code: columns.value("code", row), date: columns.value("date", row), town: columns.value("town", row),
                country: columns.value("country", row), title: columns.value("title", row),
                kind: columns.value("kind", row), audience: columns.value("audience", row),
                language: columns.value("language", row), organiser: columns.value("organiser", row),
                facilitator: columns.value("facilitator", row),
                lessons: SheetVocabulary.lessonIDs(columns.value("lessons", row)),
                headcount: columns.value("headcount", row),
                groups: columns.groups.map { ($0.name, row[$0.index]) })
            switch input.validate(knownLessons: knownLessons) {
            case .failure(let failure):
                problems += failure.problems.map {
                    CSVProblem(file: fileName, line: row.line, column: $0.field, message: $0.message)
                }
            case .success(let valid):
                if let code = valid.record.code {
                    if let first = codeLines[code] {
                        problems.append(CSVProblem(
                            file: fileName, line: row.line, column: "code",
                            message: "\(TerminalText.quoted(code)) is already used on line \(first); each event needs its own code"))
                    }
                    codeLines[code] = codeLines[code] ?? row.line
                }
                let identity = EventIdentity(valid.record)
                let coded = valid.record.code != nil
                if let first = identityLines[identity], !coded || !first.coded {
                    problems.append(CSVProblem(
                        file: fileName, line: row.line,
                        message: "the same event as line \(first.line) (same date, town, country, kind and title); "
                            + "remove the repeated row, or give each event its own code"))
                } else if identityLines[identity] == nil {
                    identityLines[identity] = (row.line, coded)
                }
                events.append((row.line, valid))
            }
        }
        if !problems.isEmpty { throw ImportRefused(problems: problems) }
        self.fileName = fileName
        self.rowCount = table.rows.count
        self.events = events
        self.digest = SHA256.hex(data)
    }

    /// The sheet's events sorted against the store: `matches` holds, for each of `events` in order, the stored event
    /// it is (`StoredMatch`), if any. Returns the events to add and how many are already recorded with the same details.
    ///
    /// - Throws: `ImportRefused` naming every row that is a stored event with other details.
    package func sorted(against matches: [StoredMatch?]) throws(ImportRefused) -> (new: [ValidEvent], alreadyRecorded: Int) {
        var new: [ValidEvent] = []
        var alreadyRecorded = 0
        var problems: [CSVProblem] = []
        for ((line, event), match) in zip(events, matches) {
            guard let match else {
                new.append(event)
                continue
            }
            if match.identical {
                alreadyRecorded += 1
            } else {
                problems.append(Self.conflict(event.record, match.stored, file: fileName, line: line))
            }
        }
        if !problems.isEmpty { throw ImportRefused(problems: problems) }
        return (new, alreadyRecorded)
    }

    /// The problem of a row that is a stored event with other details.
    private static func conflict(_ typed: EventRecord, _ stored: EventRecord, file: String, line: Int) -> CSVProblem {
        if let code = typed.code, stored.code == code {
            return CSVProblem(
                file: file, line: line, column: "code",
                message: "an event with code \(TerminalText.quoted(code)) is already recorded (\(stored.date), \(stored.town)) with other "
                    + "details; remove the row, or give it a new code")
        }
        return CSVProblem(
            file: file, line: line,
            message: "the same event (same date, town, country, kind and title) is already recorded as event "
                + "\(stored.reference) with other details; remove the row, or give the title or a code that tells them apart")
    }

    /// The message of `events add` for an event already recorded.
    package static func alreadyRecorded(_ valid: ValidEvent, as stored: EventRecord) -> StoreError {
        if let code = valid.record.code, stored.code == code {
            return StoreError.invalidEvent([
                FieldProblem(field: "code", message: "an event with code \(TerminalText.quoted(code)) already exists"),
            ])
        }
        return StoreError.invalidInput([
            "this event is already recorded as event \(stored.reference) (same date, town, country, "
                + "kind and title); to record another one, give it a title that tells them apart",
        ])
    }
}
