import ArgumentParser
import EcoLearn
import Foundation

/// `--library DIR`, shared by every command that reads the lesson library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: "The workspace folder (with lessons/, media/, packs/).")
    var library: String = "."

    /// The workspace folder as a URL.
    var root: URL { URL(fileURLWithPath: library).standardizedFileURL }

    /// Loads the library; fails with exit code 1 and the errors printed when the folder cannot be read.
    func load() throws -> Library {
        let loaded = Library.load(at: root)
        if loaded.units.isEmpty, loaded.diagnostics.hasErrors {
            Terminal.printDiagnostics(loaded.diagnostics, root: root)
            throw ExitCode.failure
        }
        return loaded
    }

    /// The unit with `id`, or a clear error naming the closest id.
    func unit(_ id: String, in library: Library) throws -> LessonUnit {
        if let unit = library.unit(id) { return unit }
        let near = Suggestion.closest(to: id, in: library.units.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
        throw ValidationError("no lesson unit '\(id)' in \(library.root.path)/lessons\(near)")
    }
}
