import Foundation

/// Writes a new unit's skeleton to `lessons/<folder>/<id>.yaml` of a workspace, never outside `lessons/`: a
/// folder that is a link leading out of `lessons/` is refused, the file is created only when nothing (not even
/// a dangling link) has its name, and an existing file is never overwritten.
public struct SkeletonWriter: Sendable {
    /// The workspace folder.
    public var root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Why the skeleton was not written.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var hint: String

        public var description: String { "\(message) (hint: \(hint))" }
    }

    /// Writes the skeleton of unit `id` in `languages` into `lessons/<folder>/`; returns its path relative to the
    /// workspace. `id` and `folder` must be slugs.
    public func write(id: String, languages: [String], folder: String) throws(Problem) -> String {
        precondition(Vocabulary.isSlug(id) && Vocabulary.isSlug(folder), "id and folder are checked as slugs first")
        let relative = "lessons/\(folder)/\(id).yaml"
        let lessons = root.appendingPathComponent("lessons").path
        let target = lessons + "/" + folder
        do {
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        } catch {
            throw Problem(message: "cannot create lessons/\(folder): \(error.localizedDescription)",
                          hint: "check that the library folder is writable")
        }
        guard let realLessons = WorkspaceFiles.realPath(lessons), let realTarget = WorkspaceFiles.realPath(target),
              realTarget.hasPrefix(realLessons + "/")
        else {
            throw Problem(message: "lessons/\(folder) is a link that leads outside lessons/",
                          hint: "choose another folder, or replace the link with a real folder")
        }
        let descriptor = open(realTarget + "/\(id).yaml", O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "already exists" : String(cString: strerror(errno))
            throw Problem(message: "\(relative) \(reason)", hint: "choose another id")
        }
        defer { close(descriptor) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        do {
            try handle.write(contentsOf: Data(LessonSkeleton.yaml(id: id, languages: languages).utf8))
        } catch {
            throw Problem(message: "cannot write \(relative): \(error.localizedDescription)",
                          hint: "check that the library folder is writable")
        }
        return relative
    }
}
