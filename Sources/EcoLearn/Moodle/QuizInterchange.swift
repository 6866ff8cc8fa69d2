import Foundation

/// The library entry points of `ecolearn quiz export` and `ecolearn quiz import`.
public enum QuizInterchange {
    /// The formats a quiz can be exported to.
    public enum Format: String, Sendable, CaseIterable {
        case gift
        case moodleXML = "moodle-xml"
    }

    /// `unit`'s quiz in `format` and `language`, with warnings about what the format cannot hold.
    public static func export(_ unit: LessonUnit, format: Format, language: String) -> (text: String, warnings: [String]) {
        switch format {
        case .gift: GIFTWriter(language: language).write(unit)
        case .moodleXML: MoodleXMLWriter(language: language).write(unit)
        }
    }

    /// What an import would add.
    public struct ImportResult: Sendable {
        /// The unit file's new bytes.
        public var bytes: [UInt8]
        public var questions: [Question]
        /// Questions that could not be read (nothing is written when there are any).
        public var problems: [MoodleProblem]
        /// What was left out or changed on the way in: one line per loss.
        public var warnings: [MoodleProblem]
        /// Images to save under media/ before the unit file (Moodle XML only).
        public var media: [MoodleXMLReader.MediaFile] = []
    }

    /// Reads `gift` and appends its questions to the unit file `source` (the bytes of `unit.file`).
    /// Questions whose `$CATEGORY:` names none of the unit's objectives assess `objective`.
    public static func importGIFT(
        _ gift: String, file: String, into unit: LessonUnit, source: [UInt8], language: String, objective: String
    ) throws -> ImportResult {
        let read = GIFTReader(file: file).read(gift)
        return try add(read.items, problems: read.problems, skipped: read.skipped, into: unit, source: source,
                       language: language, objective: objective)
    }

    /// Reads the Moodle XML `data` and appends its questions to the unit file `source`; embedded images go under
    /// `media/UNIT-ID/`. Nothing is to be written when `problems` is not empty.
    public static func importMoodleXML(
        _ data: Data, file: String, into unit: LessonUnit, source: [UInt8], language: String, objective: String
    ) throws -> ImportResult {
        let read = MoodleXMLReader(file: file, mediaFolder: "media/\(unit.id)").read(data)
        var result = try add(read.items, problems: read.problems, skipped: read.skipped, into: unit, source: source,
                             language: language, objective: objective)
        result.media = read.media
        return result
    }

    /// Appends `items` to the unit file unless there are problems.
    private static func add(
        _ items: [MoodleItem], problems: [MoodleProblem], skipped: [MoodleProblem], into unit: LessonUnit,
        source: [UInt8], language: String, objective: String
    ) throws -> ImportResult {
        let (questions, losses) = MoodleImport(unit: unit, language: language, objective: objective).questions(from: items)
        let warnings = (skipped + losses).sorted { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
        guard problems.isEmpty, !questions.isEmpty else {
            return ImportResult(bytes: source, questions: questions, problems: problems, warnings: warnings)
        }
        let bytes = try QuizFileEditor.append(questions, to: source, file: unit.file)
        return ImportResult(bytes: bytes, questions: questions, problems: problems, warnings: warnings)
    }
}
