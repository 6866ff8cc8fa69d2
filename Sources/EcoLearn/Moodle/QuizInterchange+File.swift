import Foundation

extension QuizInterchange {
    /// An objective named for imported questions that the unit does not have.
    public struct UnknownObjective: Error, Sendable, Equatable, CustomStringConvertible {
        public var unitID: String
        public var objective: String
        /// The unit's objective ids, in file order.
        public var known: [String]

        public var description: String {
            "unit '\(unitID)' has no objective '\(objective)'; it has \(known.joined(separator: ", "))"
        }
    }

    /// A GIFT file that is not UTF-8 text.
    public struct NotText: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file as named in messages.
        public var file: String

        public var description: String { "\(file): not UTF-8 text (hint: save the GIFT file as UTF-8)" }
    }

    /// The objective imported questions assess when their category names none: `id`, or the unit's first.
    public static func objective(_ id: String?, in unit: LessonUnit) throws(UnknownObjective) -> String {
        let chosen = id ?? unit.objectives.first?.id ?? ""
        guard unit.objective(chosen) != nil else {
            throw UnknownObjective(unitID: unit.id, objective: chosen, known: unit.objectives.map(\.id))
        }
        return chosen
    }

    /// Reads a question bank and appends its questions to the unit file `source`: Moodle XML when `file` ends in
    /// `.xml` or the bytes start with `<`, GIFT otherwise (which must be UTF-8 text without NUL bytes).
    ///
    /// - Throws: `NotText` for a GIFT file that is not text; an error describing why the unit file cannot take
    ///   the questions.
    public static func importFile(
        _ bytes: [UInt8], file: String, into unit: LessonUnit, source: [UInt8], language: String, objective: String
    ) throws -> ImportResult {
        if file.lowercased().hasSuffix(".xml") || bytes.first == UInt8(ascii: "<") {
            return try importMoodleXML(
                Data(bytes), file: file, into: unit, source: source, language: language, objective: objective)
        }
        guard let gift = String(validating: bytes, as: UTF8.self), !bytes.contains(0) else { throw NotText(file: file) }
        return try importGIFT(gift, file: file, into: unit, source: source, language: language, objective: objective)
    }
}
