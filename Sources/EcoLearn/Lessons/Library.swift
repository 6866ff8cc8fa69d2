import Foundation

/// A workspace of lesson units (DESIGN.md section 1): every `lessons/**/*.yaml` file, loaded and checked.
public struct Library: Sendable {
    /// The workspace folder.
    public var root: URL
    /// The units that decoded, in path order (some may still have validation errors).
    public var units: [LessonUnit]
    /// Every problem found, in reading order.
    public var diagnostics: [Diagnostic]

    public init(root: URL, units: [LessonUnit], diagnostics: [Diagnostic]) {
        self.root = root
        self.units = units
        self.diagnostics = diagnostics
    }

    /// The unit with this id.
    public func unit(_ id: String) -> LessonUnit? { units.first { $0.id == id } }
}
