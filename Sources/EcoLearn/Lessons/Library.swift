import Dispatch
import Foundation

/// A workspace of lesson units (DESIGN.md section 1): every `lessons/**/*.yaml` file, loaded and checked.
public struct Library: Sendable {
    /// The workspace folder.
    public var root: URL
    /// The units that decoded, in path order (some may still have validation errors).
    public var units: [LessonUnit]
    /// Every problem found, in reading order.
    public var diagnostics: [Diagnostic]
    /// Every lesson file read (relative paths, sorted), including those that did not decode.
    public var files: [String]

    public init(root: URL, units: [LessonUnit], diagnostics: [Diagnostic], files: [String] = []) {
        self.root = root
        self.units = units
        self.diagnostics = diagnostics
        self.files = files
    }

    /// The unit with this id.
    public func unit(_ id: String) -> LessonUnit? { units.first { $0.id == id } }

    /// Loads and checks every unit under `root/lessons`, reading files on all cores; the result's order is the
    /// sorted order of the paths, whatever the scheduling. Problems never throw: they are diagnostics.
    public static func load(at root: URL, limits: YAMLLimits = .default) -> Library {
        let files = WorkspaceFiles(root: root)
        var diagnostics = files.problems
        let paths = files.lessonPaths
        let validator = Validator(mediaFiles: files.mediaPaths)
        let results = UnsafeResults(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            results.store(loadUnit(relativePath: paths[index], root: root, limits: limits, validator: validator), at: index)
        }
        var units: [LessonUnit] = []
        units.reserveCapacity(paths.count)
        for result in results.values {
            if let unit = result.unit { units.append(unit) }
            diagnostics += result.diagnostics
        }
        diagnostics += Validator.crossCheck(units)
        if paths.isEmpty {
            diagnostics.append(Diagnostic(
                .warning, at: nil, "no lesson units found under lessons/",
                hint: "run ecolearn in a workspace folder or pass --library DIR", file: "lessons"))
        }
        return Library(root: root, units: units, diagnostics: diagnostics.sortedByPlace(), files: paths)
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
        if let unit { diagnostics += validator.validate(unit) }
        return (unit, diagnostics)
    }
}

/// Per-index result slots written by concurrent workers, each index by exactly one worker.
private final class UnsafeResults: @unchecked Sendable {
    private(set) var values: [(unit: LessonUnit?, diagnostics: [Diagnostic])]
    private let lock = NSLock()

    init(count: Int) {
        values = Array(repeating: (nil, []), count: count)
    }

    func store(_ value: (unit: LessonUnit?, diagnostics: [Diagnostic]), at index: Int) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
