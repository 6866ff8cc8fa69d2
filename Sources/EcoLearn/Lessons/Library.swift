import Dispatch
import Foundation

/// A workspace of lesson units (lessons/, media/, packs/ in one folder): every `lessons/**/*.yaml` file, loaded and checked.
public struct Library: Sendable {
    /// The workspace folder.
    public var root: URL
    /// The units that decoded, in path order (some may still have validation errors).
    public var units: [LessonUnit]
    /// Every problem found, in reading order.
    public var diagnostics: [Diagnostic]
    /// Every lesson file read (relative paths, sorted), including those that did not decode.
    public var files: [String]
    /// How many units decoded (also when they were not kept: see `load(at:only:keepingUnits:limits:)`).
    public var unitCount: Int

    public init(root: URL, units: [LessonUnit], diagnostics: [Diagnostic], files: [String] = [], unitCount: Int? = nil) {
        self.root = root
        self.units = units
        self.diagnostics = diagnostics
        self.files = files
        self.unitCount = unitCount ?? units.count
    }

    /// The unit with this id.
    public func unit(_ id: String) -> LessonUnit? { units.first { $0.id == id } }

    /// Loads and checks every unit under `root/lessons`, reading files on all cores; the result's order is the
    /// sorted order of the paths, whatever the scheduling. Problems never throw: they are diagnostics.
    ///
    /// With `only`, just the files named after those ids are read (a unit's id is its file name), for commands
    /// that need a few units of a large library; a library loaded so holds no other unit. Without
    /// `keepingUnits`, each unit is dropped once checked (`units` stays empty): a check of a large library then
    /// needs memory for one file per core, not for the whole library.
    public static func load(
        at root: URL, only ids: Set<String>? = nil, keepingUnits: Bool = true, limits: YAMLLimits = .default
    ) -> Library {
        let files = WorkspaceFiles(root: root)
        var diagnostics = files.problems
        let paths = ids.map { ids in files.lessonPaths.filter { ids.contains(fileStem($0)) } } ?? files.lessonPaths
        let validator = Validator(mediaFiles: files.mediaPaths)
        let results = ConcurrentMap.map(count: paths.count) { index in
            let loaded = loadUnit(relativePath: paths[index], root: root, limits: limits, validator: validator)
            return LoadedFile(unit: keepingUnits ? loaded.unit : nil, identity: loaded.unit.map(UnitIdentity.init),
                              diagnostics: loaded.diagnostics)
        }
        var units: [LessonUnit] = []
        var identities: [UnitIdentity] = []
        units.reserveCapacity(keepingUnits ? paths.count : 0)
        identities.reserveCapacity(paths.count)
        for result in results {
            if let unit = result.unit { units.append(unit) }
            if let identity = result.identity { identities.append(identity) }
            diagnostics += result.diagnostics
        }
        diagnostics += Validator.crossCheck(identities)
        if ids == nil { diagnostics += svgProblems(root: root, paths: files.mediaPaths) }
        if paths.isEmpty && ids == nil {
            diagnostics.append(Diagnostic(
                .warning, at: nil, "no lesson units found under lessons/",
                hint: "work in a workspace folder, or name one as the library folder", file: "lessons"))
        }
        return Library(root: root, units: units, diagnostics: diagnostics.sortedByPlace(), files: paths,
                       unitCount: identities.count)
    }

    /// The file name of a lesson path without folders and `.yaml`/`.yml`: the id its unit must have.
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".yaml") { return String(name.dropLast(5)) }
        if name.hasSuffix(".yml") { return String(name.dropLast(4)) }
        return name
    }

    /// The external references of every SVG in media/ (see `SVGReferenceCheck`); files too large for a pack
    /// are left to the pack builder, which names them.
    static func svgProblems(root: URL, paths: Set<String>) -> [Diagnostic] {
        paths.filter { $0.lowercased().hasSuffix(".svg") }.sorted().flatMap { path -> [Diagnostic] in
            guard case .bytes(let bytes)? = try? WorkspaceFiles.read(root.path + "/" + path, limit: MediaEmbedder.maximumBytes)
            else { return [] }
            return SVGReferenceCheck.problems(in: bytes, file: path)
        }
    }

    /// Reads, decodes and validates one file.
    static func loadUnit(relativePath: String, root: URL, limits: YAMLLimits, validator: Validator)
        -> (unit: LessonUnit?, diagnostics: [Diagnostic])
    {
        let bytes: [UInt8]
        do {
            switch try WorkspaceFiles.read(root.path + "/" + relativePath, limit: limits.maxFileBytes) {
            case .bytes(let contents): bytes = contents
            case .tooLarge(let size): return (nil, [YAMLReader(limits: limits).tooLarge(size: size, file: relativePath)])
            }
        } catch {
            return (nil, [Diagnostic(.error, at: nil, "cannot read the file: \(error.localizedDescription)", file: relativePath)])
        }
        return decode(bytes, file: relativePath, limits: limits, validator: validator)
    }

    /// Decodes and validates one unit from its bytes (the path is used for messages and the id check).
    public static func decode(_ bytes: [UInt8], file: String, limits: YAMLLimits = .default, validator: Validator)
        -> (unit: LessonUnit?, diagnostics: [Diagnostic])
    {
        let output = YAMLReader(limits: limits).read(bytes, file: file)
        guard let root = output.root else { return (nil, output.diagnostics) }
        let decoder = NodeDecoder(file: file)
        let unit = LessonDecoder(decoder: decoder).unit(from: root)
        var diagnostics = output.diagnostics + decoder.diagnostics
        if let unit { diagnostics += validator.validate(unit, document: root) }
        return (unit, diagnostics)
    }
}

/// What loading one file left: the unit when kept, what the cross-file checks need, and the problems.
private struct LoadedFile {
    var unit: LessonUnit?
    var identity: UnitIdentity?
    var diagnostics: [Diagnostic] = []
}
