import Foundation

extension Library {
    /// The unit ids of the workspace at `root` without reading a lesson file: the names of the files under
    /// `lessons/` (a unit's id is its file name, which `check` enforces). For checking ids that people type
    /// against the library, where validating every unit would cost far more than the check is worth.
    public static func unitIDs(at root: URL) -> Set<String> {
        Set(WorkspaceFiles.regularFiles(under: "lessons", root: root.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map(fileStem))
    }
}
