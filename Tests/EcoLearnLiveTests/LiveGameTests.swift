import EcoLearn
import Foundation
import Testing

@testable import EcoLearnLive

/// The live game as a state machine, driven by host commands and times passed in: no network, no clock.
@Suite struct LiveGameTests {
    private typealias F = LiveFixtures

    /// The code of the refusal `body` throws; nil when it does not throw one.
    private func refusal(_ body: () throws -> Void) -> LiveRefusal.Code? {
        do {
            try body()
            return nil
        } catch {
            return (error as? LiveRefusal)?.code
        }
    }

    @Test func nextMovesFromTheLobbyThroughEveryQuestionToTheEnd() throws {
        var game = try F.game(count: 3)
        #expect(game.stage == .lobby)
        #expect(try game.host(.next, at: 1) == .opened(question: 0, seconds: 20, at: 1))
        #expect(game.stage == .open(question: 0, openedAt: 1, deadline: 21, elapsedBefore: 0))
        #expect(try game.host(.next, at: 2) == .closed(question: 0, at: 2))
        _ = try game.host(.next, at: 3)
        _ = try game.host(.close, at: 4)
        _ = try game.host(.next, at: 5)
        #expect(game.stage.question == 2)
        _ = try game.host(.next, at: 6)
        #expect(try game.host(.next, at: 7) == .ended(at: 7))
        #expect(game.stage == .ended)
        #expect(refusal { _ = try game.host(.next, at: 8) } == .notNow)
        #expect(refusal { _ = try game.host(.end, at: 8) } == .notNow)
    }

    @Test func commandsThatDoNotFitTheStageAreRefused() throws {
        var game = try F.game()
        #expect(refusal { _ = try game.host(.pause, at: 1) } == .notNow)
        #expect(refusal { _ = try game.host(.close, at: 1) } == .notNow)
        #expect(refusal { _ = try game.host(.resume, at: 1) } == .notNow)
        #expect(refusal { _ = try game.host(.kick(player: 0), at: 1) } == .unknownPlayer)
        var untimed = try F.game(timer: nil)
        _ = try untimed.host(.next, at: 1)
        #expect(refusal { _ = try untimed.host(.extend(seconds: 10), at: 2) } == .timerOff)
        #expect(untimed.tick(at: 10_000) == nil)
    }

    @Test func theTimerClosesTheQuestionAndLaterAnswersAreRefused() throws {
        var game = try F.game(timer: 20)
        let (ana, _) = try game.join(name: "Ana", language: "en", token: "t-ana", at: 0)
        _ = try game.host(.next, at: 100)
        #expect(game.tick(at: 119.9) == nil)
        #expect(refusal { _ = try game.answer(token: ana.token, question: 0, cell: F.rightCell(game, 0), at: 120) } == .notOpen)
        #expect(game.tick(at: 120) == .closed(question: 0, at: 120))
        #expect(refusal { _ = try game.answer(token: ana.token, question: 0, cell: F.rightCell(game, 0), at: 121) } == .notOpen)
    }

    @Test func pauseStopsTheTimerAndExtendAddsTime() throws {
        var game = try F.game(timer: 20, points: .speed)
        let (ana, _) = try game.join(name: "Ana", language: "en", token: "t-ana", at: 0)
        _ = try game.host(.next, at: 100)
        _ = try game.host(.pause, at: 105)
        #expect(game.stage == .paused(question: 0, remaining: 15, elapsedBefore: 5))
        #expect(refusal { _ = try game.answer(token: ana.token, question: 0, cell: "A", at: 106) } == .notOpen)
        _ = try game.host(.extend(seconds: 10), at: 200)
        _ = try game.host(.resume, at: 300)
        #expect(game.deadline == 325)
        _ = try game.answer(token: ana.token, question: 0, cell: F.rightCell(game, 0), at: 310)
        // 5 s before the pause and 10 s after it: 15 s of a 20 s timer.
        #expect(game.players[0].answers[0]?.elapsed == 15)
        #expect(game.players[0].points == Int((1000 * (1 - 15.0 / 20 / 2)).rounded()))
    }

    @Test func joiningChecksNamesAndLanguages() throws {
        var game = try F.game()
        let (ana, record) = try game.join(name: "  Ana   Liepa ", language: "lv", token: "t1", at: 1)
        #expect(ana.name == "Ana Liepa")
        #expect(record == .joined(player: 0, token: "t1", name: "Ana Liepa", language: "lv", at: 1))
        #expect(refusal { _ = try game.join(name: "ana liepa", language: "en", token: "t2", at: 2) } == .nameTaken)
        #expect(refusal { _ = try game.join(name: "   ", language: "en", token: "t2", at: 2) } == .nameEmpty)
        #expect(refusal { _ = try game.join(name: String(repeating: "x", count: 25), language: "en", token: "t2", at: 2) } == .nameTooLong)
        #expect(refusal { _ = try game.join(name: "a\u{7}b", language: "en", token: "t2", at: 2) } == .nameTooLong)
        #expect(refusal { _ = try game.join(name: "Eve", language: "de", token: "t2", at: 2) } == .unknownLanguage)
        let (eve, _) = try game.join(name: String(repeating: "é", count: 24), language: "tr", token: "t2", at: 2)
        #expect(eve.id == 1)
        _ = try game.host(.end, at: 3)
        #expect(refusal { _ = try game.join(name: "Late", language: "en", token: "t3", at: 4) } == .ended)
    }

    @Test func everyKindIsScoredByTheQuizEngineInEachPlayersLanguage() throws {
        var game = try F.game(timer: nil)
        let languages = ["en", "lv", "tr"]
        for (index, language) in languages.enumerated() {
            _ = try game.join(name: "right-\(language)", language: language, token: "r\(index)", at: 0)
        }
        _ = try game.join(name: "wrong", language: "en", token: "w", at: 0)
        #expect(game.variant.questions.count == 8)
        #expect(Set(game.variant.questions.map(\.question.kind)) == Set(QuestionKind.allCases))
        for index in 0..<8 {
            _ = try game.host(.next, at: Double(index * 10 + 1))
            for (number, language) in languages.enumerated() {
                _ = try game.answer(
                    token: "r\(number)", question: index, cell: F.rightCell(game, index, language: language),
                    at: Double(index * 10 + 2))
            }
            _ = try game.answer(token: "w", question: index, cell: F.wrongCell(game, index), at: Double(index * 10 + 2))
            _ = try game.host(.next, at: Double(index * 10 + 3))
        }
        _ = try game.host(.next, at: 100)
        let results = game.results()
        #expect(results.map(\.respondent) == ["right-en", "right-lv", "right-tr", "wrong"])
        #expect(results.map(\.percent) == [100, 100, 100, 0])
        #expect(results.map(\.language) == ["en", "lv", "tr", "en"])
        #expect(results[0].maximum == 9)
        // The same answers scored by the engine directly give the same results.
        let direct = QuizScorer.score(
            game.players[1].answers.sorted { $0.key < $1.key }.map(\.value.response), to: game.variant,
            respondent: "right-lv", passPercent: 60, language: "lv")
        #expect(results[1] == direct)
    }

    @Test func aShortAnswerCountsInThePlayersOwnLanguage() throws {
        var game = try F.game(timer: nil)
        let short = game.variant.questions.firstIndex { $0.question.kind == .short }!
        _ = try game.join(name: "Ayşe", language: "tr", token: "a", at: 0)
        _ = try game.join(name: "Jānis", language: "lv", token: "j", at: 0)
        try F.open(&game, question: short)
        _ = try game.answer(token: "a", question: short, cell: "gübre", at: 2)
        _ = try game.answer(token: "j", question: short, cell: "gübre", at: 2)
        #expect(game.players[0].answers[short]?.fraction == 1)
        #expect(game.players[1].answers[short]?.fraction == 0)
    }

    @Test func aPlayerCannotAnswerTwiceAnotherQuestionOrNonsense() throws {
        var game = try F.game()
        _ = try game.join(name: "Ana", language: "en", token: "t", at: 0)
        _ = try game.host(.next, at: 1)
        #expect(refusal { _ = try game.answer(token: "t", question: 1, cell: "A", at: 2) } == .otherQuestion)
        #expect(refusal { _ = try game.answer(token: "nobody", question: 0, cell: "A", at: 2) } == .unknownPlayer)
        let error = try #require(throws: LiveRefusal.self) {
            _ = try game.answer(token: "t", question: 0, cell: "Z", at: 2)
        }
        #expect(error.code == .badAnswer)
        #expect(error.message == "expected 3 letters A-C, one per item in printed order (- for none), found 'Z'")
        _ = try game.answer(token: "t", question: 0, cell: F.rightCell(game, 0), at: 2)
        #expect(refusal { _ = try game.answer(token: "t", question: 0, cell: F.wrongCell(game, 0), at: 3) } == .alreadyAnswered)
        #expect(game.players[0].answers[0]?.cell == F.rightCell(game, 0))
    }

    @Test func aKickedPlayerCannotAnswerRejoinOrCount() throws {
        var game = try F.game()
        _ = try game.join(name: "Ana", language: "en", token: "a", at: 0)
        _ = try game.join(name: "Rude Name", language: "en", token: "r", at: 0)
        _ = try game.host(.next, at: 1)
        _ = try game.answer(token: "r", question: 0, cell: F.rightCell(game, 0), at: 2)
        #expect(game.answeredCount(question: 0) == 1 && game.activePlayerCount == 2)
        #expect(try game.host(.kick(player: 1), at: 3) == .kicked(player: 1, at: 3))
        #expect(game.answeredCount(question: 0) == 0 && game.activePlayerCount == 1)
        #expect(refusal { _ = try game.player(token: "r") } == .kicked)
        #expect(refusal { _ = try game.join(name: "rude name", language: "en", token: "r2", at: 4) } == .nameRemoved)
        _ = try game.answer(token: "a", question: 0, cell: F.wrongCell(game, 0), at: 4)
        #expect(game.answeredCount(question: 0) == 1 && game.answeredCount(question: 99) == 0)
        _ = try game.host(.close, at: 5)
        let view = LiveHostView(game: game, at: 5)
        #expect(view.players.map(\.name) == ["Ana"])
        #expect(view.distribution?.answered == 1)
        #expect(view.distribution?.bars.filter(\.isCorrect).map(\.count) == [0])
        #expect(game.results().map(\.respondent) == ["Ana"])
        #expect(LivePlayerView(game: game, player: game.players[1], at: 5).screen == .kicked)
    }

    @Test func aLateJoinerEntersAtTheCurrentQuestionAndARejoinKeepsTheAnswer() throws {
        var game = try F.game(timer: 30)
        _ = try game.host(.next, at: 1)
        _ = try game.host(.next, at: 2)
        _ = try game.host(.next, at: 3)
        let (late, _) = try game.join(name: "Late", language: "lv", token: "l", at: 4)
        var view = LivePlayerView(game: game, player: late, at: 4)
        #expect(view.screen == .question)
        #expect(view.question?.index == 1)
        #expect(view.remaining == 29)
        _ = try game.answer(token: "l", question: 1, cell: F.rightCell(game, 1), at: 5)
        // The page reloads: the token finds the same player with the answer given.
        let again = try game.player(token: "l")
        view = LivePlayerView(game: game, player: again, at: 6)
        #expect(again.id == late.id)
        #expect(view.answer == F.rightCell(game, 1))
        #expect(view.screen == .question)
    }

    @Test(arguments: [
        (0.3, 20.0, 1000), (2.0, 20.0, 950), (10.0, 20.0, 750), (20.0, 20.0, 500), (25.0, 20.0, 500),
    ])
    func speedPointsFollowKahootsFormula(elapsed: Double, timer: Double, points: Int) {
        #expect(LivePoints.speed.points(fraction: 1, questionPoints: 1, elapsed: elapsed, timer: timer) == points)
    }

    @Test func pointsScaleWithTheFractionAndTheQuestionsPoints() {
        #expect(LivePoints.off.points(fraction: 1, questionPoints: 2, elapsed: 1, timer: 20) == 0)
        #expect(LivePoints.accuracy.points(fraction: 0.5, questionPoints: 2, elapsed: 19, timer: 20) == 1000)
        #expect(LivePoints.accuracy.points(fraction: -0.5, questionPoints: 1, elapsed: 1, timer: 20) == 0)
        #expect(LivePoints.speed.points(fraction: 0.75, questionPoints: 2, elapsed: 10, timer: 20) == 1125)
    }

    @Test func speedPointsWithoutATimerAreRefused() {
        #expect(refusal { _ = try F.game(timer: nil, points: .speed) } == .badSettings)
        #expect(refusal { _ = try F.game(timer: 0) } == .badSettings)
    }

    @Test func phonesNeverSeeTheAnswerBeforeTheClose() throws {
        var game = try F.game(timer: nil)
        let languages = ["en", "lv", "tr"]
        for (index, language) in languages.enumerated() {
            _ = try game.join(name: "p\(index)", language: language, token: "t\(index)", at: 0)
        }
        let encoder = JSONEncoder()
        for index in 0..<8 {
            _ = try game.host(.next, at: 1)
            let question = game.variant.questions[index].question
            for player in game.players {
                let json = String(decoding: try encoder.encode(LivePlayerView(game: game, player: player, at: 1)), as: UTF8.self)
                #expect(!json.contains("correct"), "question \(question.id) in \(player.language)")
                #expect(!json.contains("feedback"))
                if let explanation = question.explanation?.text(in: player.language) {
                    #expect(!json.contains(explanation))
                }
                if case .short(let answers) = question.body {
                    for answer in answers.answers(in: player.language) { #expect(!json.lowercased().contains(answer.lowercased())) }
                }
            }
            let host = String(decoding: try encoder.encode(LiveHostView(game: game, at: 1)), as: UTF8.self)
            #expect(!host.contains("correctAnswer") && !host.contains("isCorrect"))
            _ = try game.host(.next, at: 2)
            let closed = LivePlayerView(game: game, player: game.players[0], at: 2)
            #expect(closed.feedback?.correctAnswer.isEmpty == false)
            #expect(LiveHostView(game: game, at: 2).correctAnswer?.isEmpty == false)
        }
    }

    @Test func afterTheCloseAPlayerSeesTheFeedbackOfTheOptionChosen() throws {
        var game = try F.game(points: .accuracy)
        _ = try game.join(name: "Ana", language: "lv", token: "a", at: 0)
        let index = game.variant.questions.firstIndex { $0.question.id == "glass-jar" }!
        try F.open(&game, question: index)
        let mixed = game.variant.questions[index].position(ofWritten: 1)!
        _ = try game.answer(token: "a", question: index, cell: PresentedQuestion.letter(mixed), at: 2)
        _ = try game.host(.close, at: 3)
        let view = LivePlayerView(game: game, player: game.players[0], at: 3)
        #expect(view.screen == .closed)
        #expect(view.feedback?.verdict == .wrong)
        #expect(view.feedback?.chosenFeedback == ["Stiklu var kausēt atkal un atkal."])
        #expect(view.feedback?.explanation == "Tīras stikla burkas liek stikla konteinerā; vākus liek pie metāla iepakojuma.")
        #expect(view.points == 0)
    }

    @Test func aTrueFalseRightAnswerIsItsWordAloneInEachLanguage() throws {
        var game = try F.game()
        for (token, language) in [("e", "en"), ("l", "lv"), ("t", "tr")] {
            _ = try game.join(name: token, language: language, token: token, at: 0)
        }
        let index = game.variant.questions.firstIndex { $0.question.id == "lids-off" }!
        try F.open(&game, question: index)
        _ = try game.host(.close, at: 3)
        let answers = game.players.map { LivePlayerView(game: game, player: $0, at: 3).feedback?.correctAnswer }
        #expect(answers == ["False", "Nepatiesi", "Yanlış"])
        #expect(LiveHostView(game: game, at: 3).correctAnswer == "False")
    }

    @Test func theResultsAreScoredOnTheQuestionsAskedWhenTheGameEndsEarly() throws {
        var game = try F.game()
        _ = try game.join(name: "Ana", language: "en", token: "a", at: 0)
        _ = try game.join(name: "Idle", language: "en", token: "i", at: 0)
        _ = try game.host(.next, at: 1)
        _ = try game.answer(token: "a", question: 0, cell: F.rightCell(game, 0), at: 2)
        _ = try game.host(.next, at: 3)
        _ = try game.host(.next, at: 4)
        _ = try game.host(.end, at: 5)
        #expect(game.askedVariant.questions.count == 2)
        let results = game.results()
        #expect(results.map(\.respondent) == ["Ana"])
        let maximum = game.variant.questions.prefix(2).reduce(0) { $0 + $1.question.points }
        #expect(results[0].maximum == maximum)
        #expect(results[0].total == game.variant.questions[0].question.points)
    }

    @Test func thePaperCSVScoresTheSameWithQuizScore() throws {
        var game = try F.game(timer: nil)
        _ = try game.join(name: "Ana, \"the first\"", language: "en", token: "a", at: 0)
        _ = try game.join(name: "Bo", language: "en", token: "b", at: 0)
        _ = try game.join(name: "Cem", language: "en", token: "c", at: 0)
        for index in 0..<8 {
            _ = try game.host(.next, at: 1)
            _ = try game.answer(token: "a", question: index, cell: F.rightCell(game, index), at: 2)
            if index % 2 == 0 { _ = try game.answer(token: "b", question: index, cell: F.wrongCell(game, index), at: 2) }
            switch game.variant.questions[index].question.kind {
            case .numeric: _ = try game.answer(token: "c", question: index, cell: "12,5", at: 2)
            case .match, .sort:
                _ = try game.answer(token: "c", question: index, cell: "-" + F.rightCell(game, index).dropFirst(), at: 2)
            default: break
            }
            _ = try game.host(.next, at: 3)
        }
        let csv = game.paperCSV()
        #expect(csv.hasPrefix("respondent," + game.variant.questions.map(\.question.id).joined(separator: ",") + "\n"))
        #expect(csv.contains("\"Ana, \"\"the first\"\"\","))
        #expect(csv.contains("\nBo,"))
        #expect(csv.contains(",12.5,") && csv.contains("\nCem,-"))
        let report = try PaperScoring.score(Array(csv.utf8), file: "live.csv", unit: F.unit, seed: 7, language: "en")
        #expect(report.results == game.results())
    }

    @Test func aReplayedJournalRebuildsTheGameAndPausesTheOpenQuestion() throws {
        var game = try F.game(timer: 20, points: .speed)
        var records = [game.createdRecord]
        records.append(try game.join(name: "Ana", language: "lv", token: "a", at: 0).record)
        records.append(try game.join(name: "Bo", language: "tr", token: "b", at: 0).record)
        records.append(try game.host(.next, at: 10))
        records.append(try game.answer(token: "a", question: 0, cell: F.rightCell(game, 0), at: 13))
        records.append(try game.host(.next, at: 14))
        records.append(try game.host(.kick(player: 1), at: 15))
        records.append(try game.host(.next, at: 20))
        records.append(try game.answer(token: "a", question: 1, cell: F.wrongCell(game, 1), at: 26))
        let resumed = try LiveGame.replay(records, unit: F.unit)
        #expect(resumed.players == game.players)
        #expect(resumed.stage == .paused(question: 1, remaining: 14, elapsedBefore: 6))
        #expect(resumed.results() == game.results())
        #expect(resumed.players[0].points == game.players[0].points)
        #expect(resumed.answeredCount(question: 0) == 1 && resumed.answeredCount(question: 1) == 1)
        #expect(resumed.activePlayerCount == 1)
        #expect(throws: LiveRefusal.self) { try LiveGame.replay(Array(records.dropFirst()), unit: F.unit) }
        var twice = records
        twice.append(records[4])
        #expect(throws: LiveRefusal.self) { try LiveGame.replay(twice, unit: F.unit) }
    }
}
