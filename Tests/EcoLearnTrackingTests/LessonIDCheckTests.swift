import EcoLearn
import Foundation
import Testing

/// The lesson ids of an event are checked against the library's unit ids, read from the file names alone: a
/// unit file that does not even parse still names its unit, and an unknown id is refused.
@Suite struct LessonIDCheckTests {
    /// A workspace whose one unit file is not valid YAML, so that validating it could not give its id.
    private func workspace() throws -> URL {
        let folder = try TestSupport.folder()
        let lessons = folder.appendingPathComponent("lessons/waste")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        try Data("id: [waste-hierarchy\n".utf8).write(to: lessons.appendingPathComponent("waste-hierarchy.yaml"))
        try Data("notes\n".utf8).write(to: lessons.appendingPathComponent("notes.txt"))
        return folder
    }

    @Test func theIDsAreTheLessonFileNames() throws {
        let folder = try workspace()
        #expect(Library.unitIDs(at: folder) == ["waste-hierarchy"])
        #expect(Library.unitIDs(at: folder.appendingPathComponent("missing")).isEmpty)
    }

    @Test func anUnknownLessonIsRefusedAndAKnownOneRecorded() throws {
        let folder = try workspace()
        let event = ["events", "add", "--date", "2019-05-01", "--town", "Amasya", "--country", "Türkiye",
                     "--kind", "lesson", "--title", "x", "--audience", "school", "--headcount", "3"]
        let refused = try TrackingCLI.run(event + ["--lesson", "waste-hierarchi"], in: folder)
        #expect(refused == TrackingCLI.Result(
            status: 1, stdout: "",
            stderr: "error: --lesson: no lesson unit 'waste-hierarchi' in the library (did you mean 'waste-hierarchy'?)\n"))
        let recorded = try TrackingCLI.run(event + ["--lesson", "waste-hierarchy"], in: folder)
        #expect(recorded == TrackingCLI.Result(
            status: 0, stdout: "Recorded event 1: 2019-05-01 Amasya, Türkiye: lesson for school \"x\"; 3 people\n",
            stderr: ""))
    }
}
