import EcoLearn
import Foundation
import Testing

@testable import EcoLearnLive

/// A player whose name `participants forget` removed from the game's records (`LiveRecord.forgetting`): the record
/// keeps everything but the name, the game replays and resumes with the same answers and points, no result is saved
/// for the player, and no one can join under a forgotten player's name.
@Suite struct LiveForgottenPlayerTests {
    private typealias F = LiveFixtures

    /// A game of three players (player 1 typed a participant key), two questions answered, the second open.
    private func playedGame() throws -> (game: LiveGame, lines: [String]) {
        var game = try F.game(timer: 20, points: .speed)
        var records = [game.createdRecord]
        records.append(try game.join(name: "Ana", language: "en", token: "a", at: 0.5).record)
        records.append(try game.join(name: "Lv-Anna-7", language: "lv", token: "k", at: 1.25).record)
        records.append(try game.join(name: "Bo", language: "tr", token: "b", at: 2).record)
        records.append(try game.host(.next, at: 10))
        records.append(try game.answer(token: "k", question: 0, cell: F.rightCell(game, 0), at: 12))
        records.append(try game.answer(token: "a", question: 0, cell: F.wrongCell(game, 0), at: 13))
        records.append(try game.host(.next, at: 14))
        records.append(try game.host(.next, at: 20))
        records.append(try game.answer(token: "k", question: 1, cell: F.rightCell(game, 1), at: 23))
        records.append(try game.answer(token: "b", question: 1, cell: F.rightCell(game, 1), at: 24))
        return (game, try records.map { String(decoding: try StableJSON.line($0), as: UTF8.self) })
    }

    /// `lines` with the joined record of every player whose folded name is `key`'s renamed.
    private func forgetting(_ key: String, in lines: [String]) throws -> [String] {
        try lines.map { line in
            try LiveRecord.forgetting(line) { CaselessKey.fold($0) == CaselessKey.fold(key) } ?? line
        }
    }

    @Test func onlyTheNameOfTheMatchingJoinedRecordChanges() throws {
        let (_, lines) = try playedGame()
        #expect(lines[2] == #"{"joined":{"at":1.25,"language":"lv","name":"Lv-Anna-7","player":1,"token":"k"}}"#)
        let forgotten = try forgetting("LV-ANNA-7", in: lines)
        #expect(forgotten[2] == #"{"joined":{"at":1.25,"language":"lv","name":"forgotten 2","player":1,"token":"k"}}"#)
        #expect(forgotten.enumerated().filter { $0.offset != 2 }.map(\.element)
            == lines.enumerated().filter { $0.offset != 2 }.map(\.element))
        #expect(!forgotten.joined().lowercased().contains("anna"))
        // A record already renamed, another record and a line that is no record are left alone.
        #expect(try LiveRecord.forgetting(forgotten[2]) { _ in true } == nil)
        #expect(try LiveRecord.forgetting(lines[5]) { _ in true } == nil)
        #expect(try LiveRecord.forgetting(#"{"joined":{"name":"Lv-Anna-7"}}"#) { _ in true } == nil)
    }

    @Test func theGameReplaysWithTheSameAnswersAndPointsAndSavesNoResultForTheForgottenPlayer() throws {
        let (game, lines) = try playedGame()
        let forgotten = try forgetting("lv-anna-7", in: lines)
        let resumed = try LiveGame.replay(LiveRecord.decoding(forgotten), unit: F.unit)
        #expect(resumed.players.map(\.name) == ["Ana", "forgotten 2", "Bo"])
        #expect(resumed.players.map(\.answers) == game.players.map(\.answers))
        #expect(resumed.players.map(\.points) == game.players.map(\.points))
        #expect(resumed.players.map(\.isForgotten) == [false, true, false])
        #expect(resumed.stage == .paused(question: 1, remaining: 16, elapsedBefore: 4))
        #expect(resumed.answeredCount(question: 0) == 2 && resumed.answeredCount(question: 1) == 2)
        #expect(game.results().map(\.respondent) == ["Ana", "Lv-Anna-7", "Bo"])
        #expect(resumed.results() == [game.results()[0], game.results()[2]])
        #expect(resumed.paperCSV().split(separator: "\n").map { $0.prefix { $0 != "," } } == ["respondent", "Ana", "Bo"])
    }

    @Test func theResumedGameGoesOnWithTheForgottenPlayer() throws {
        let (_, lines) = try playedGame()
        var resumed = try LiveGame.replay(LiveRecord.decoding(forgetting("Lv-Anna-7", in: lines)), unit: F.unit)
        _ = try resumed.host(.resume, at: 100)
        #expect(try resumed.player(token: "k").name == "forgotten 2")
        _ = try resumed.answer(token: "a", question: 1, cell: F.rightCell(resumed, 1), at: 101)
        _ = try resumed.host(.next, at: 102)
        _ = try resumed.host(.next, at: 103)
        // The person's phone still holds the token: they play on under the new name.
        let cell = F.rightCell(resumed, 2)
        #expect(try resumed.answer(token: "k", question: 2, cell: cell, at: 104)
            == .answered(player: 1, question: 2, cell: cell, elapsed: 1, at: 104))
        let joined = try resumed.join(name: "Cem", language: "en", token: "c", at: 102).record
        #expect(joined == .joined(player: 3, token: "c", name: "Cem", language: "en", at: 102))
        _ = try resumed.host(.end, at: 103)
        #expect(resumed.results().map(\.respondent) == ["Ana", "Bo"])
    }

    @Test func aPlayerForgottenInTheStoreWhileTheGameRanIsLeftOutOfItsResults() throws {
        let (played, lines) = try playedGame()
        var game = played
        _ = try game.host(.end, at: 30)
        let renamed = try forgetting("LV-anna-7", in: lines)
        #expect(LiveRecord.forgottenPlayers(in: renamed) == [1])
        #expect(LiveRecord.forgottenPlayers(in: lines) == [])
        #expect(LiveRecord.forgottenPlayers(in: ["not json", #"{"joined":{"name":"forgotten 1"}}"#, renamed[2]]) == [1])
        game.forget(players: LiveRecord.forgottenPlayers(in: renamed) + [7, -1])
        #expect(game.players.map(\.name) == ["Ana", "forgotten 2", "Bo"])
        #expect(game.results() == [played.results()[0], played.results()[2]])
        #expect(game.paperCSV().split(separator: "\n").map { $0.prefix { $0 != "," } } == ["respondent", "Ana", "Bo"])
    }

    @Test func noOneJoinsUnderTheNameOfAForgottenPlayer() throws {
        var game = try F.game()
        for name in ["forgotten 2", "Forgotten  17", "FORGOTTEN 0"] {
            #expect(throws: LiveRefusal(
                .nameTaken, "'\(LiveGame.cleanName(name))' is kept for forgotten players: pick another nickname")) {
                _ = try game.join(name: name, language: "en", token: name, at: 0)
            }
        }
        for name in ["forgotten", "forgotten 2b", "forgotten ٣", "not forgotten 2"] {
            #expect(try game.join(name: name, language: "en", token: name, at: 0).player.name == name)
        }
    }
}
