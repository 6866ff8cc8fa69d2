/// The rules of docs/AUTHORING.md that need a whole decoded unit: languages present in every text, ids,
/// vocabularies, media, quiz consistency. One walk over the unit; every problem is reported.
public struct Validator: Sendable {
    /// Media files that exist inside the library's media/ folder, as `media/...` paths.
    public var mediaFiles: Set<String>

    public init(mediaFiles: Set<String>) {
        self.mediaFiles = mediaFiles
    }

    /// Every problem of one unit. With the YAML `document` the unit was decoded from, each problem points at the
    /// value its field path names (`quiz.questions[0].assesses` at the `assesses` value), when there is one.
    public func validate(_ unit: LessonUnit, document: YAMLNode? = nil) -> [Diagnostic] {
        var walk = UnitWalk(unit: unit, mediaFiles: mediaFiles)
        walk.run()
        guard let document else { return walk.diagnostics }
        let locator = ValueLocator(root: document, file: unit.file)
        return walk.diagnostics.map { diagnostic in
            var located = diagnostic
            if let mark = locator.mark(of: diagnostic.path) { located.mark = mark }
            return located
        }
    }

    /// Problems between units: duplicate ids.
    public static func crossCheck(_ units: [UnitIdentity]) -> [Diagnostic] {
        var first: [String: UnitIdentity] = [:]
        var diagnostics: [Diagnostic] = []
        for unit in units {
            if let earlier = first[unit.id] {
                let note = Diagnostic.Note(mark: earlier.idMark, message: "first used here")
                diagnostics.append(.error(
                    "duplicate unit id '\(unit.id)' (also in \(earlier.file))", at: unit.idMark, path: "id",
                    hint: "each unit needs its own id, equal to its file name", notes: [note]))
            } else {
                first[unit.id] = unit
            }
        }
        return diagnostics
    }
}

/// What the checks across units need of each: its id, its file and where the id is written.
public struct UnitIdentity: Sendable, Hashable {
    public var id: String
    public var file: String
    public var idMark: SourceMark?

    public init(_ unit: LessonUnit) {
        id = unit.id
        file = unit.file
        idMark = unit.fieldMarks["id"]
    }
}
