import Foundation

/// The files of a workspace that the library reads: lesson YAML files and media, found once per load.
struct WorkspaceFiles {
    /// `lessons/**/*.yaml` (and `.yml`) paths relative to the root, sorted.
    private(set) var lessonPaths: [String] = []
    /// `media/**` file paths relative to the root whose real location stays inside media/.
    private(set) var mediaPaths: Set<String> = []
    /// Problems with the workspace itself.
    private(set) var problems: [Diagnostic] = []

    init(root: URL) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            problems.append(Diagnostic(.error, at: nil, "library folder does not exist",
                                       hint: "pass --library DIR with lessons/ inside", file: root.path))
            return
        }
        lessonPaths = Self.files(under: "lessons", root: root).filter {
            $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")
        }.sorted()
        let mediaRoot = root.appendingPathComponent("media").resolvingSymlinksInPath().path + "/"
        for path in Self.files(under: "media", root: root) {
            let real = root.appendingPathComponent(path).resolvingSymlinksInPath().path
            if real.hasPrefix(mediaRoot) { mediaPaths.insert(path) }
        }
    }

    /// Regular files (following links) below `folder`, relative to `root`.
    private static func files(under folder: String, root: URL) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        let basePath = base.path
        var found: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  url.path.hasPrefix(basePath + "/")
            else { continue }
            found.append("\(folder)/\(url.path.dropFirst(basePath.count + 1))")
        }
        return found
    }
}
