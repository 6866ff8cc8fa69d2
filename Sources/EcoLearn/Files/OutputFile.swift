import Foundation

/// The one way ecolearn writes a file a person named (a report, an export, a pack, a saved quiz result).
///
/// The bytes go to a temporary file in the target's folder, are flushed to disk and then renamed over the
/// target, so an interrupted write never leaves half a file. A path that is, after resolving `..` and symbolic
/// links (and hard links, by comparing the files themselves), one of the `protected` files or its SQLite
/// companions (`-wal`, `-shm`, `-journal`) is refused before anything is written: an output can never replace
/// the participation database.
public enum OutputFile {
    /// Writes `bytes` to `path`, replacing the file there.
    public static func write(_ bytes: [UInt8], to path: String, protecting protected: [String] = []) throws(OutputFileError) {
        let target = resolved(path)
        for database in protected {
            for companion in ["", "-wal", "-shm", "-journal"] where sameFile(target, resolved(database + companion)) {
                throw OutputFileError(path: path, problem: .isDatabase(database + companion))
            }
        }
        let folder = (target as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw OutputFileError(path: path, problem: .folderMissing((path as NSString).deletingLastPathComponent))
        }
        if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder), isFolder.boolValue {
            throw OutputFileError(path: path, problem: .isFolder)
        }
        var template = Array((folder + "/." + (target as NSString).lastPathComponent + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw OutputFileError(path: path, problem: .cannotWrite(errno)) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        do throws(SystemError) {
            try fill(descriptor, with: bytes, mode: existingMode(target))
            guard rename(temporary, target) == 0 else { throw SystemError() }
        } catch {
            unlink(temporary)
            throw OutputFileError(path: path, problem: .cannotWrite(error.code))
        }
    }

    /// Writes, flushes and closes the temporary file, giving it `mode`.
    private static func fill(_ descriptor: Int32, with bytes: [UInt8], mode: mode_t) throws(SystemError) {
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemError()
            }
            written += count
        }
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw SystemError() }
    }

    /// A failed system call: the `errno` it left.
    private struct SystemError: Error {
        var code = errno
    }

    /// The mode of the file being replaced, or read-write for everyone the umask allows.
    private static func existingMode(_ path: String) -> mode_t {
        var info = stat()
        if stat(path, &info) == 0 { return info.st_mode & 0o7777 }
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~mask
    }

    /// The absolute path with `..`, `.` and symbolic links resolved; for a file that does not exist yet, its
    /// folder is resolved and its name appended.
    static func resolved(_ path: String) -> String {
        let absolute = (path as NSString).isAbsolutePath
            ? path : FileManager.default.currentDirectoryPath + "/" + path
        if let real = realPath(absolute) { return real }
        let folder = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        let base = realPath(folder) ?? (folder as NSString).standardizingPath
        return (base as NSString).appendingPathComponent(name)
    }

    private static func realPath(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// True when both resolved paths name the same file: equal paths, or one file reached by two names.
    private static func sameFile(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        var a = stat(), b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}

/// A file that could not be written; nothing was changed.
public struct OutputFileError: Error, Sendable, CustomStringConvertible {
    /// Why.
    public enum Problem: Sendable {
        /// The path is the participation database (or one of its companion files).
        case isDatabase(String)
        case folderMissing(String)
        case isFolder
        case cannotWrite(Int32)
    }

    /// The path as given.
    public var path: String
    public var problem: Problem

    public var description: String {
        switch problem {
        case .isDatabase(let database):
            return "\(path): refusing to write there: it is the participation database \(database); "
                + "choose another file name (nothing was written)"
        case .folderMissing(let folder):
            return "\(path): cannot write: the folder \(folder.isEmpty ? "." : folder) does not exist (create it first)"
        case .isFolder:
            return "\(path): cannot write: it is a folder; give a file name"
        case .cannotWrite(let code):
            return "\(path): cannot write: \(String(cString: strerror(code)))"
        }
    }
}
