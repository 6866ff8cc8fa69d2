import Foundation
#if canImport(Glibc)
import Glibc

/// POSIX `read(2)`, named apart from `WorkspaceFiles.read` (Glibc on Linux, Darwin on macOS).
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin

/// POSIX `read(2)`, named apart from `WorkspaceFiles.read` (Glibc on Linux, Darwin on macOS).
private let systemRead = Darwin.read
#endif

/// The files of a workspace that the library reads: lesson YAML files and media, found once per load with
/// plain POSIX calls (Foundation's URL machinery costs more than parsing a small lesson).
struct WorkspaceFiles {
    /// `lessons/**/*.yaml` (and `.yml`) paths relative to the root, sorted.
    private(set) var lessonPaths: [String] = []
    /// `media/**` file paths relative to the root whose real location stays inside media/.
    private(set) var mediaPaths: Set<String> = []
    /// Problems with the workspace itself.
    private(set) var problems: [Diagnostic] = []

    init(root: URL) {
        let rootPath = root.path
        var status = stat()
        guard stat(rootPath, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            problems.append(Diagnostic(.error, at: nil, "library folder does not exist",
                                       hint: "name the workspace folder, the one with lessons/ inside", file: rootPath))
            return
        }
        lessonPaths = Self.regularFiles(under: "lessons", root: rootPath).filter {
            $0.hasSuffix(".yaml") || $0.hasSuffix(".yml")
        }.sorted()
        guard let mediaRoot = Self.realPath(rootPath + "/media") else { return }
        for path in Self.regularFiles(under: "media", root: rootPath) {
            if let real = Self.realPath(rootPath + "/" + path), real.hasPrefix(mediaRoot + "/") {
                mediaPaths.insert(path)
            }
        }
    }

    /// Regular files (following links, skipping hidden names and folder loops) below `folder`, as paths
    /// relative to `root` that start with `folder/`.
    static func regularFiles(under folder: String, root: String) -> [String] {
        var found: [String] = []
        var visited = Set<[UInt64]>()
        var pending = [folder]
        while let relative = pending.popLast() {
            let full = root + "/" + relative
            var status = stat()
            guard stat(full, &status) == 0, visited.insert([UInt64(status.st_dev), UInt64(status.st_ino)]).inserted,
                  let directory = opendir(full)
            else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let child = relative + "/" + name
                var childStatus = stat()
                guard stat(root + "/" + child, &childStatus) == 0 else { continue }
                switch childStatus.st_mode & S_IFMT {
                case S_IFDIR: pending.append(child)
                case S_IFREG: found.append(child)
                default: break
                }
            }
        }
        return found
    }

    /// The canonical absolute path of `path` with every link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What reading a file gave: its bytes, or only its size when that is over the limit.
    enum Contents {
        case bytes([UInt8])
        case tooLarge(size: Int)
    }

    /// The whole contents of a file of at most `limit` bytes.
    static func read(_ path: String, limit: Int) throws -> Contents {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if Int(status.st_size) > limit { return .tooLarge(size: Int(status.st_size)) }
        var bytes: [UInt8] = []
        var capacity = max(Int(status.st_size), 0) + 1
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: capacity)) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            if got == 0 { break }
            count += got
            if count > limit { return .tooLarge(size: count) }
            capacity = bytes.count
        }
        bytes.removeLast(bytes.count - count)
        return .bytes(bytes)
    }
}
