import EcoLearn
import Foundation

/// A sign-in sheet read and checked in memory before anything is stored.
///
/// Sheets repeat the same event references, participant keys and details on many rows, so each distinct value
/// is checked and kept once, and a row is four small numbers: its line and the indexes of its event reference,
/// participant key and details. A million-row sheet then takes a few tens of MB and one pass of cheap work.
package struct AttendanceSheet {
    /// Columns of an attendance (sign-in sheet) CSV.
    package static let columns = [
        "event", "participant", "organisation", "age band", "gender", "origin", "consent listing", "consent photos",
    ]

    /// The participant details a row gives; nil where the row leaves a detail empty.
    package struct Details: Hashable {
        package var organisation: String?
        package var ageBand: String?
        package var gender: String?
        package var origin: Origin?
        package var consentListing = false
        package var consentPhotos = false
    }

    /// Distinct event references (trimmed), in order of first appearance, with the line that first names each.
    package private(set) var references: [(text: String, line: Int)] = []
    /// Distinct participant keys (trimmed, as first written), in order of first appearance; keys that
    /// `CaselessKey` folds alike (`TR-9001`, `tr-9001`) are one key.
    package private(set) var keys: [String] = []
    /// The folded form of each of `keys`.
    package private(set) var foldedKeys: [String] = []
    /// Distinct sets of details.
    package private(set) var details: [Details] = []
    /// Per row, in file order: the line it starts on, and indexes into `references`, `keys` and `details`.
    package private(set) var lines: [Int] = []
    package private(set) var referenceOf: [Int32] = []
    package private(set) var keyOf: [Int32] = []
    package private(set) var detailsOf: [Int32] = []

    /// The number of rows.
    package var count: Int { lines.count }

    /// The detail cells of a row exactly as typed, to check each distinct combination once.
    private struct TypedDetails: Hashable {
        var organisation, ageBand, gender, origin, consentListing, consentPhotos: String
    }

    /// Reads and checks a sign-in sheet; refuses it, naming every bad row, when any row is bad.
    package init(data: Data, fileName: String) throws(ImportRefused) {
        let columns = try CSVColumns(
            data: data, fileName: fileName, known: Self.columns, required: ["event", "participant"], allowGroups: false)
        func at(_ name: String) -> Int { columns.index[name] ?? Int.max }
        let (event, participant, organisation) = (at("event"), at("participant"), at("organisation"))
        let (ageBand, gender, origin) = (at("age band"), at("gender"), at("origin"))
        let (consentListing, consentPhotos) = (at("consent listing"), at("consent photos"))

        var referenceIndex: [String: Int32] = [:]
        var keyIndex: [String: Int32] = [:]
        var foldedKeyIndex: [String: Int32] = [:]
        var detailsIndex: [Details: Int32] = [:]
        var checked: [TypedDetails: (details: Int32, problems: [FieldProblem])] = [:]
        var problems: [CSVProblem] = []
        let rows = columns.table.rows
        lines.reserveCapacity(rows.count)
        referenceOf.reserveCapacity(rows.count)
        keyOf.reserveCapacity(rows.count)
        detailsOf.reserveCapacity(rows.count)

        for row in rows {
            var rowProblems: [FieldProblem] = []
            let key = row[participant].trimmingSpacesAndTabs
            if key.isEmpty {
                rowProblems.append(FieldProblem(
                    field: "participant", message: "required, but empty (a pseudonymous key such as LV-0012; never a name)"))
            }
            let typed = TypedDetails(
                organisation: row[organisation], ageBand: row[ageBand], gender: row[gender], origin: row[origin],
                consentListing: row[consentListing], consentPhotos: row[consentPhotos])
            let found: (details: Int32, problems: [FieldProblem])
            if let earlier = checked[typed] {
                found = earlier
            } else {
                var detailProblems: [FieldProblem] = []
                let value = Self.check(typed, &detailProblems)
                let index = detailsIndex[value] ?? Int32(details.count)
                if index == details.count {
                    details.append(value)
                    detailsIndex[value] = index
                }
                found = (index, detailProblems)
                checked[typed] = found
            }
            rowProblems += found.problems
            let reference = row[event].trimmingSpacesAndTabs
            if reference.isEmpty { rowProblems.append(FieldProblem(field: "event", message: "required, but empty")) }
            if !rowProblems.isEmpty {
                problems += rowProblems.map { CSVProblem(file: fileName, line: row.line, column: $0.field, message: $0.message) }
                continue
            }
            lines.append(row.line)
            referenceOf.append(Self.intern(reference, &referenceIndex) { references.append(($0, row.line)) })
            if let known = keyIndex[key] {
                keyOf.append(known)
            } else {
                let folded = CaselessKey.fold(key)
                let index = Self.intern(folded, &foldedKeyIndex) { _ in
                    keys.append(key)
                    foldedKeys.append(folded)
                }
                keyIndex[key] = index
                keyOf.append(index)
            }
            detailsOf.append(found.details)
        }
        if !problems.isEmpty { throw ImportRefused(problems: problems) }
    }

    /// The index of `text` in `index`, adding it (and calling `add`) when it is new.
    private static func intern(_ text: String, _ index: inout [String: Int32], add: (String) -> Void) -> Int32 {
        if let known = index[text] { return known }
        let new = Int32(index.count)
        index[text] = new
        add(text)
        return new
    }

    /// Reads one combination of detail cells, naming each cell that does not fit.
    private static func check(_ typed: TypedDetails, _ problems: inout [FieldProblem]) -> Details {
        func text(_ value: String) -> String? {
            let trimmed = value.trimmingSpacesAndTabs
            return trimmed.isEmpty ? nil : trimmed
        }
        var details = Details(organisation: text(typed.organisation))
        if let band = text(typed.ageBand) {
            details.ageBand = SheetVocabulary.ageBand(band)
            if details.ageBand == nil { problems.append(.found("age band", "expected an age band such as 25-34 or 65+", band)) }
        }
        if let gender = text(typed.gender) {
            details.gender = SheetVocabulary.gender(gender)
            if details.gender == nil { problems.append(.found("gender", "expected female, male or other (or leave it empty)", gender)) }
        }
        if let origin = text(typed.origin) {
            details.origin = Origin(rawValue: origin.lowercased())
            if details.origin == nil { problems.append(.found("origin", "expected \(Origin.choices)", origin)) }
        }
        for (name, value, path) in [
            ("consent listing", typed.consentListing, \Details.consentListing),
            ("consent photos", typed.consentPhotos, \.consentPhotos),
        ] {
            if let consent = SheetVocabulary.consent(value) {
                details[keyPath: path] = consent
            } else {
                problems.append(.found(name, "expected yes or no (empty means no)", value))
            }
        }
        return details
    }

    /// The problem of a row naming an event that is not recorded.
    package static func unknownEvent(_ reference: String, fileName: String, line: Int) -> CSVProblem {
        CSVProblem(
            file: fileName, line: line, column: "event",
            message: "no event \(TerminalText.quoted(reference)) is recorded; import the events file first, "
                + "or use a code or number from `ecolearn events list`")
    }

    /// Rows where a participant signs in a second time for one event, given the stored id of each event reference
    /// (in the order of `references`; negative for an unknown event, whose rows are not checked).
    package func signedInTwice(eventIDs: [Int64], fileName: String) -> [CSVProblem] {
        var problems: [CSVProblem] = []
        var seen: [Pair: Int] = [:]
        seen.reserveCapacity(count)
        for row in 0..<count {
            let event = eventIDs[Int(referenceOf[row])]
            guard event >= 0 else { continue }
            let line = lines[row]
            let first = seen[Pair(event: event, key: keyOf[row]), default: line]
            if first == line {
                seen[Pair(event: event, key: keyOf[row])] = line
            } else {
                problems.append(CSVProblem(
                    file: fileName, line: line, column: "participant",
                    message: "\(TerminalText.quoted(keys[Int(keyOf[row])])) already signed in for event "
                        + "\(TerminalText.quoted(references[Int(referenceOf[row])].text)) on line \(first)"))
            }
        }
        return problems
    }

    /// An event and a participant key: one attendance.
    private struct Pair: Hashable {
        var event: Int64
        /// Index into the sheet's keys.
        var key: Int32
    }
}
