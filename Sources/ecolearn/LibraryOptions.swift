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

    /// Loads just the units with these ids when each has its file; otherwise the whole library, so that a
    /// mistyped id gets its "did you mean" and every problem is found.
    func load(only ids: Set<String>) throws -> Library {
        let subset = Library.load(at: root, only: ids)
        if Set(subset.units.map(\.id)).isSuperset(of: ids) { return subset }
        return try load()
    }

    /// Loads the unit with `id` (reading only its file when it can), or fails with the closest id.
    func loadUnit(_ id: String) throws -> LessonUnit {
        try unit(id, in: load(only: [id]))
    }

    /// The unit with `id`, or a clear error naming the closest id, the ids that start with it (`sorting-at-home`
    /// for `sorting-at-home-latvia`), or the command that lists them all.
    func unit(_ id: String, in library: Library) throws -> LessonUnit {
        if let unit = library.unit(id) { return unit }
        let ids = library.units.map(\.id).sorted()
        let longer = ids.filter { $0.lowercased().hasPrefix(id.lowercased()) }
        let hint = if let near = Suggestion.closest(to: id, in: ids) {
            "did you mean '\(near)'?"
        } else if !longer.isEmpty, longer.count <= 3 {
            "did you mean \(longer.map { "'\($0)'" }.joined(separator: " or "))?"
        } else {
            "`ecolearn lessons list` shows the ids"
        }
        throw ValidationError("no lesson unit '\(id)' in \(library.root.path)/lessons (\(hint))")
    }
}
