import Foundation
import Testing

@testable import EcoLearnLive

/// The journal a killed server resumes from.
@Suite struct LiveJournalTests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")

    private func path() throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("game.jsonl").path
    }

    @Test func recordsReadBackInOrder() throws {
        let path = try path()
        var game = try LiveFixtures.game()
        let journal = try LiveJournal(path: path, creating: true)
        let records = [
            game.createdRecord, try game.join(name: "Ana", language: "tr", token: "a", at: 1).record,
            try game.host(.next, at: 2), try game.answer(token: "a", question: 0, cell: LiveFixtures.rightCell(game, 0), at: 3),
        ]
        for record in records { try journal.append(record) }
        journal.close()
        #expect(try LiveJournal.records(at: path) == records)
    }

    @Test func aLastLineCutShortIsLeftOutAndAnotherBadLineIsNamed() throws {
        let path = try path()
        let game = try LiveFixtures.game()
        let journal = try LiveJournal(path: path, creating: true)
        try journal.append(game.createdRecord)
        journal.close()
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"joined\":{\"player\":0,\"tok".utf8))
        try handle.close()
        #expect(try LiveJournal.records(at: path) == [game.createdRecord])

        try Data("{\"ended\":{\"at\":1}}\nnot json\n{\"ended\":{\"at\":2}}\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: LiveJournalError(path: path, message: "line 2 is not a game record")) {
            try LiveJournal.records(at: path)
        }
    }

    @Test func creatingRefusesAnExistingJournal() throws {
        let path = try path()
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(throws: LiveJournalError(path: path, message: "File exists")) {
            try LiveJournal(path: path, creating: true)
        }
    }
}
