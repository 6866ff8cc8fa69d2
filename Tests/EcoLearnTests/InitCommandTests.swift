import Foundation
import Testing
@testable import EcoLearn

/// `ecolearn init DIR`: a new workspace copied from the example one (in a development build, this repository).
@Suite struct InitCommandTests {
    /// The files under `folder` of `root`, relative to `root`, sorted.
    static func files(in root: URL, _ folders: [String] = ["lessons", "media", "packs"]) -> [String] {
        folders.flatMap { folder in
            let base = root.appendingPathComponent(folder)
            let found = FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
            return found.filter { path in
                var isFolder: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isFolder)
                return exists && !isFolder.boolValue
            }.map { "\(folder)/\($0)" }
        }.sorted()
    }

    @Test func copiesTheRepositorysLessonsMediaAndPacks() throws {
        let scratch = try TemporaryWorkspace()
        let result = try CLI.run(["init", "my-lessons"], in: scratch.root)
        let repository = ShippedLibraryTests.repositoryRoot
        let shipped = Self.files(in: repository)
        let count = { (folder: String) in shipped.filter { $0.hasPrefix(folder + "/") }.count }
        let lessons = shipped.filter { $0.hasPrefix("lessons/") && $0.hasSuffix(".yaml") }.count
        let packs = shipped.filter { $0.hasPrefix("packs/") && $0.hasSuffix(".yaml") }
        #expect(result.status == 0)
        #expect(result.stdout == """
            made workspace my-lessons: \(lessons) lesson files, \(count("media")) media files, \(packs.count) pack specs
            next: cd my-lessons && ecolearn check && ecolearn pack build \(packs[0]) -o out

            """)
        let made = scratch.root.appendingPathComponent("my-lessons")
        #expect(Self.files(in: made, ExampleWorkspace.folders) == shipped)
        for file in shipped {
            #expect(FileManager.default.contentsEqual(
                atPath: made.appendingPathComponent(file).path, andPath: repository.appendingPathComponent(file).path))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path) == ["my-lessons"])
        let check = try CLI.run(["check", "--strict"], in: made)
        #expect(check.stdout == "checked \(lessons) lesson files: 0 errors, 0 warnings\n")
    }

    @Test func anEmptyFolderIsTakenAndMissingParentsAreMade() throws {
        let scratch = try TemporaryWorkspace()
        try FileManager.default.createDirectory(at: scratch.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let empty = try CLI.run(["init", "empty"], in: scratch.root)
        #expect(empty.status == 0)
        #expect(empty.stdout.hasPrefix("made workspace empty: "))
        let nested = try CLI.run(["init", "school/year 2027"], in: scratch.root)
        #expect(nested.status == 0)
        #expect(nested.stdout.contains("\nnext: cd 'school/year 2027' && ecolearn check"))
        #expect(FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("school/year 2027/lessons").path))
    }

    @Test func refusesAFolderThatIsNotEmptyAndChangesNothing() throws {
        let scratch = try TemporaryWorkspace()
        try scratch.write("class/notes.txt", "mine")
        let result = try CLI.run(["init", "class"], in: scratch.root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            Error: class is not empty (it holds 1 entry); ecolearn init never writes over files \
            (hint: choose a new folder name, or empty class first)

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.appendingPathComponent("class").path) == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path) == ["class"])
    }

    @Test func refusesAFile() throws {
        let scratch = try TemporaryWorkspace()
        try scratch.write("lessons.txt", "mine")
        let result = try CLI.run(["init", "lessons.txt"], in: scratch.root)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: lessons.txt already exists and is not a folder (hint: choose a new folder name)\n")
        #expect(scratch.contents("lessons.txt") == Data("mine".utf8))
    }

    @Test func needsAFolder() throws {
        let result = try CLI.run(["init"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: Missing expected argument '<folder>'"))
    }
}
