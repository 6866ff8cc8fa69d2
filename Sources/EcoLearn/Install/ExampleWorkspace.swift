import Foundation

/// Starts a teacher's own workspace from the example one that ships with ecolearn: copies its `lessons/`,
/// `media/`, `packs/` and (when there is one) `templates/` into a new folder. Nothing else of the source is
/// copied, so a development build can copy from the repository itself.
///
/// The new folder is made beside its final place under a temporary name and renamed when complete, so a failed
/// copy leaves nothing behind; an existing folder is used only when it is empty, and no file is ever overwritten.
public struct ExampleWorkspace: Sendable {
    /// The folders of a workspace that are copied.
    public static let folders = ["lessons", "media", "packs", "templates"]

    /// The example workspace to copy from.
    public var source: URL

    public init(source: URL) {
        self.source = source
    }

    /// Why no workspace was made.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var hint: String

        public var description: String { "\(message) (hint: \(hint))" }
    }

    /// What was copied.
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        /// The new folder as the person named it.
        public var folder: String
        public var lessonFiles: Int
        public var mediaFiles: Int
        public var packSpecs: Int
        /// The first pack spec (by name), for the next-step line.
        public var firstPack: String?

        /// Two lines: what was made, and what to run next.
        public var description: String {
            let counts = [Self.count(lessonFiles, "lesson file"), Self.count(mediaFiles, "media file"), Self.count(packSpecs, "pack spec")]
            let made = "made workspace \(folder): " + counts.joined(separator: ", ")
            let build = firstPack.map { " && ecolearn pack build packs/\($0) -o out" } ?? ""
            return made + "\nnext: cd \(Self.shellWord(folder)) && ecolearn check\(build)"
        }

        private static func count(_ number: Int, _ noun: String) -> String {
            number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
        }

        private static func shellWord(_ text: String) -> String {
            let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) }
            return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
    }

    /// Copies the example into `folder` (`shown` is how to name it in messages), creating the folders above it.
    public func copy(to folder: URL, shown: String) throws(Problem) -> Summary {
        let manager = FileManager.default
        let present = Self.folders.filter { manager.fileExists(atPath: source.appendingPathComponent($0).path) }
        guard present.contains("lessons") else {
            throw Problem(message: "the example workspace \(source.path) has no lessons/ folder",
                          hint: "reinstall ecolearn; its example workspace is incomplete")
        }
        try checkFree(folder, shown: shown)
        let parent = folder.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).ecolearn-init-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for name in present {
                try manager.copyItem(at: source.appendingPathComponent(name), to: staging.appendingPathComponent(name))
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw Problem(message: "cannot make \(shown): \(error.localizedDescription)",
                          hint: "check that you may write in \(parent.path) and that the disk has room")
        }
        // rename(2) replaces an empty folder, so an empty folder the person made is taken over.
        guard rename(staging.path, folder.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: staging)
            throw Problem(message: "cannot make \(shown): \(reason)", hint: "choose a new folder name")
        }
        return summary(of: folder, shown: shown)
    }

    /// Refuses a folder that is a file, or a folder that is not empty.
    private func checkFree(_ folder: URL, shown: String) throws(Problem) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw Problem(message: "\(shown) already exists and is not a folder", hint: "choose a new folder name")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard entries.isEmpty else {
            let count = entries.count == 1 ? "1 entry" : "\(entries.count) entries"
            throw Problem(message: "\(shown) is not empty (it holds \(count)); ecolearn init never writes over files",
                          hint: "choose a new folder name, or empty \(shown) first")
        }
    }

    private func summary(of folder: URL, shown: String) -> Summary {
        func files(_ name: String, ending: String? = nil) -> [String] {
            let root = folder.appendingPathComponent(name)
            let found = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
            return found.filter { path in
                var isFolder: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder)
                return exists && !isFolder.boolValue && ending.map { path.hasSuffix($0) } ?? true
            }.sorted()
        }
        let packs = files("packs", ending: ".yaml")
        return Summary(folder: shown, lessonFiles: files("lessons", ending: ".yaml").count,
                       mediaFiles: files("media").count, packSpecs: packs.count, firstPack: packs.first)
    }
}
