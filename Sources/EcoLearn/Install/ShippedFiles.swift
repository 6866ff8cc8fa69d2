import Foundation

/// Where the files that ship with ecolearn are: the built-in pack templates and the example workspace (lessons,
/// media, pack specs) that `ecolearn init` copies.
///
/// An installed ecolearn keeps them in a data folder, `templates/` and `workspace/`: `../share/ecolearn` from
/// the binary's own folder (the tarball's `bin/` and `share/`, or any prefix such as /usr/local), then
/// /usr/share/ecolearn (the Debian package, so a binary copied elsewhere still finds them). A development build
/// uses the source tree it was compiled from: its `Sources/EcoLearn/Packs/Templates` and, as the example
/// workspace, the repository itself; it looks there first when the binary lies inside that tree (in `.build/`),
/// and last otherwise.
public struct ShippedFiles: Sendable, Equatable {
    /// The folder of the built-in `*.mustache` pack templates.
    public var templates: URL
    /// The example workspace: a folder with `lessons/`, `media/` and `packs/`.
    public var workspace: URL

    public init(templates: URL, workspace: URL) {
        self.templates = templates
        self.workspace = workspace
    }

    /// The data folder of the Debian package.
    public static let systemFolder = URL(fileURLWithPath: "/usr/share/ecolearn")

    /// The repository this code was compiled from (this file is its `Sources/EcoLearn/Install/ShippedFiles.swift`).
    public static let sourceTree = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped files of the running program, or nil when none of the places holds them.
    public static let current: ShippedFiles? = locate(executable: runningExecutable)

    /// The running program's file, with links resolved.
    public static var runningExecutable: URL? {
        Bundle.main.executableURL?.resolvingSymlinksInPath()
    }

    /// The places to look, in order, for a program at `executable`: see the type's documentation.
    public static func candidates(
        executable: URL?, sourceTree: URL = ShippedFiles.sourceTree, systemFolder: URL = ShippedFiles.systemFolder
    ) -> [ShippedFiles] {
        let source = ShippedFiles(
            templates: sourceTree.appendingPathComponent("Sources/EcoLearn/Packs/Templates"), workspace: sourceTree)
        var installed: [ShippedFiles] = []
        if let executable {
            let prefix = executable.deletingLastPathComponent().deletingLastPathComponent()
            installed.append(dataFolder(prefix.appendingPathComponent("share/ecolearn")))
        }
        installed.append(dataFolder(systemFolder))
        let insideSource = executable.map { $0.standardizedFileURL.path.hasPrefix(sourceTree.standardizedFileURL.path + "/") } ?? false
        return insideSource ? [source] + installed : installed + [source]
    }

    /// The first candidate whose templates folder holds the pack template, or nil.
    public static func locate(
        executable: URL?, sourceTree: URL = ShippedFiles.sourceTree, systemFolder: URL = ShippedFiles.systemFolder
    ) -> ShippedFiles? {
        candidates(executable: executable, sourceTree: sourceTree, systemFolder: systemFolder).first {
            FileManager.default.fileExists(atPath: $0.templates.appendingPathComponent("pack.mustache").path)
        }
    }

    /// Why nothing was found, naming the places looked at, for a program at `executable`.
    public static func notFound(executable: URL? = ShippedFiles.runningExecutable) -> String {
        let places = candidates(executable: executable).map(\.templates.path).joined(separator: ", ")
        return "cannot find ecolearn's shipped files (the pack templates); looked in \(places)"
    }

    /// The hint that goes with `notFound`.
    public static let notFoundHint =
        "reinstall ecolearn (the Debian package puts them in /usr/share/ecolearn), or keep the tarball's bin/ and share/ together"

    private static func dataFolder(_ folder: URL) -> ShippedFiles {
        ShippedFiles(templates: folder.appendingPathComponent("templates"), workspace: folder.appendingPathComponent("workspace"))
    }
}
