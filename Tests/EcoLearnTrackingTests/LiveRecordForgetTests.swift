import EcoLearn
import EcoLearnLive
import EcoLearnPostgres
import EcoLearnSQLite
import EcoLearnSync
import EcoLearnTracking
import Foundation
import GRDB
import PostgresNIO
import Testing

/// `participants forget` reaches the live games' records in the store (`live_record`): the `joined` record of a
/// player who typed the key, in any case, keeps everything but the name, which becomes `forgotten N`, and the game
/// still replays and resumes with the same answers and points. On every backend, by tombstones in both directions of
/// `ecolearn sync`, and under row-level security for a town writer's own games.
@Suite struct LiveRecordForgetTests {
    private static let key = "LV-ANNA-7"

    @Test(arguments: Backend.available) func forgetRenamesThePlayerWhoTypedTheKeyAndTheGameStillReplays(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        let played = try LiveGameFixture.play()
        try await played.store(in: store)
        let inputs = played.game.results().map { QuizResultInput($0, event: "E2", phase: .post) }
        _ = try await store.saveQuizResults(inputs, addingLessons: true)

        let outcome = try await store.forgetParticipant(key: Self.key)
        #expect(outcome == ForgetOutcome(
            participants: 0, attendances: 0, quizResults: 1, quizAnswers: inputs[0].answers.count, liveRecords: 1))
        let stored = try await LiveGameFixture.storedRecords(store)
        #expect(stored[1] == #"{"joined":{"at":1.25,"language":"lv","name":"forgotten 1","player":0,"token":"token-anna"}}"#)
        #expect(stored.enumerated().filter { $0.offset != 1 }.map(\.element)
            == played.lines.enumerated().filter { $0.offset != 1 }.map(\.element))
        #expect(stored[2].contains(#""name":"Kaķis""#))
        #expect(!stored.joined().lowercased().contains("anna-7"))
        if backend == .sqlite {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: store.location))
            #expect(bytes.range(of: Data("Lv-Anna-7".utf8)) == nil && bytes.range(of: Data("lv-anna-7".utf8)) == nil)
        }

        let records = try #require(try await store.unfinishedLiveGame(unitID: LiveGameFixture.unit.id)).records
        let resumed = try LiveGame.replay(LiveRecord.decoding(records), unit: LiveGameFixture.unit)
        #expect(LiveRecord.forgottenPlayers(in: records) == [0])
        #expect(resumed.players.map(\.name) == ["forgotten 1", "Kaķis"])
        #expect(resumed.players.map(\.answers) == played.game.players.map(\.answers))
        #expect(resumed.players.map(\.points) == played.game.players.map(\.points))
        #expect(resumed.results() == [played.game.results()[1]])

        #expect(try await store.forgetParticipant(key: "lv-anna-7") == ForgetOutcome(
            participants: 0, attendances: 0, quizResults: 0, quizAnswers: 0))
        #expect(try await LiveGameFixture.storedRecords(store) == stored)
    }

    @Test func theCommandSaysHowManyPlayersItRenamed() async throws {
        let folder = try TrackingCLI.smallDataSetFolder()
        let store = try SQLiteParticipationStore(path: folder.appendingPathComponent("t.db").path)
        let played = try LiveGameFixture.play()
        try await played.store(in: store)
        _ = try store.saveQuizResults(
            played.game.results().map { QuizResultInput($0, event: "E2", phase: .pre) }, addingLessons: true)
        let result = try TrackingCLI.run(["participants", "forget", Self.key, "--db", "t.db"], in: folder)
        #expect(result == TrackingCLI.Result(
            status: 0,
            stdout: "Forgot 'LV-ANNA-7': removed 3 rows (0 participants, 0 attendances, 1 quiz result, 2 quiz answers) "
                + "and the name of 1 live game player.\n",
            stderr: ""))
        let again = try TrackingCLI.run(["participants", "forget", Self.key, "--db", "t.db"], in: folder)
        #expect(again.stdout == "Nothing is stored under 'LV-ANNA-7'; nothing removed.\n")
    }

    @Test(.enabled(if: TestPostgres.url != nil, "needs ECOLEARN_TEST_POSTGRES_URL"))
    func aLaptopsForgetRenamesThePlayerInTheServersGames() async throws {
        let laptop = try await SyncSupport.smallLaptop()
        let server = try await SyncSupport.server()
        let played = try LiveGameFixture.play()
        try await played.store(in: server)
        _ = try laptop.forgetParticipant(key: "Lv-Anna-7")
        let summary = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        #expect(summary.tombstonesSent == 1)
        let stored = try await LiveGameFixture.storedRecords(server)
        #expect(stored[1] == #"{"joined":{"at":1.25,"language":"lv","name":"forgotten 1","player":0,"token":"token-anna"}}"#)
        #expect(!stored.joined().lowercased().contains("anna-7") && stored[2].contains("Kaķis"))
        let records = try #require(try await server.unfinishedLiveGame(unitID: LiveGameFixture.unit.id)).records
        #expect(try LiveGame.replay(LiveRecord.decoding(records), unit: LiveGameFixture.unit).players.map(\.points)
            == played.game.players.map(\.points))
    }

    @Test(.enabled(if: TestPostgres.url != nil, "needs ECOLEARN_TEST_POSTGRES_URL"))
    func aForgetOnTheServerRenamesThePlayerInALaptopsGames() async throws {
        let laptop = try await SyncSupport.smallLaptop()
        let server = try await SyncSupport.server()
        let played = try LiveGameFixture.play()
        try await played.store(in: laptop)
        _ = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        _ = try await server.forgetParticipant(key: "lv-anna-7")
        let summary = try await SyncEngine.receive(into: laptop, from: server, options: SyncSupport.options())
        // The key's only trace on the laptop was the player's name.
        #expect(summary.removedHere == 1)
        let stored = try await LiveGameFixture.storedRecords(laptop)
        #expect(stored[1] == #"{"joined":{"at":1.25,"language":"lv","name":"forgotten 1","player":0,"token":"token-anna"}}"#)
        #expect(!stored.joined().lowercased().contains("anna-7") && stored[2].contains("Kaķis"))
        let records = try #require(try await laptop.unfinishedLiveGame(unitID: LiveGameFixture.unit.id)).records
        #expect(try LiveGame.replay(LiveRecord.decoding(records), unit: LiveGameFixture.unit).players.map(\.answers)
            == played.game.players.map(\.answers))
        let again = try await SyncEngine.receive(into: laptop, from: server, options: SyncSupport.options())
        #expect(again.removedHere == 0)
    }

    @Test(.enabled(if: TestPostgres.url != nil, "needs ECOLEARN_TEST_POSTGRES_URL"))
    func aTownWriterRenamesThePlayerInItsOwnGamesAndTheOwnerInEveryGame() async throws {
        let project = try await AccessProject.make()
        let daugavpils = try await project.login("dgp", .townWriter, towns: ["Daugavpils"])
        let suluova = try await project.login("sul", .townWriter, towns: ["Suluova"])
        let played = try LiveGameFixture.play()
        try await played.store(in: daugavpils)
        try await played.store(in: suluova)
        let renamed = "SELECT count(*) FROM live_record WHERE record LIKE '%\"name\":\"forgotten 1\"%'"

        #expect(try await daugavpils.forgetParticipant(key: Self.key).liveRecords == 1)
        #expect(try await project.rows("""
            SELECT g.started_by || ' ' || r.record FROM live_record r JOIN live_game g ON g.uuid = r.game
            WHERE r.seq = 1 ORDER BY g.started_by
            """) == [
            project.name("dgp") + #" {"joined":{"at":1.25,"language":"lv","name":"forgotten 1","player":0,"token":"token-anna"}}"#,
            project.name("sul") + " " + played.lines[1],
        ])
        // Its own game's text is all a town writer may change there.
        let refused = await #expect(throws: PSQLError.self) {
            try await project.asLogin("dgp") { connection in
                _ = try await connection.query("UPDATE live_record SET seq = seq + 100", logger: TestPostgres.logger).collect()
            }
        }
        #expect(refused?.serverInfo?[.message] == "permission denied for table live_record")
        #expect(try await project.admin.forgetParticipant(key: Self.key).liveRecords == 1)
        #expect(try await project.count(renamed) == 2)
        #expect(try await project.count("SELECT count(*) FROM live_record WHERE lower(record) LIKE '%anna-7%'") == 0)
        await daugavpils.close()
        await suluova.close()
    }
}

/// A live game of `sorting-at-home` (the EcoLearn tests' quiz fixture) as `ecolearn live` stores it: player 0 typed
/// the key `Lv-Anna-7`, player 1 a nickname; the second question is open when the records end (a killed server).
struct LiveGameFixture {
    var game: LiveGame
    /// The records as `LiveGameLog` writes them.
    var lines: [String]

    static let unit: LessonUnit = {
        let workspace = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EcoLearnTests/Fixtures/quiz-workspace")
        return Library.load(at: workspace).unit("sorting-at-home")!
    }()

    static func play() throws -> LiveGameFixture {
        let settings = LiveSettings(
            unitID: unit.id, unitVersion: unit.version, seed: 7, timer: 20, points: .speed, hostLanguage: "en")
        var game = try LiveGame(unit: unit, settings: settings, at: 0)
        let questions = game.variant.questions
        func right(_ question: Int, _ language: String) -> String { questions[question].answerKey(in: language) }
        var records = [game.createdRecord]
        records.append(try game.join(name: "Lv-Anna-7", language: "lv", token: "token-anna", at: 1.25).record)
        records.append(try game.join(name: "Kaķis", language: "en", token: "token-kakis", at: 2).record)
        records.append(try game.host(.next, at: 10))
        records.append(try game.answer(token: "token-anna", question: 0, cell: right(0, "lv"), at: 12))
        records.append(try game.answer(token: "token-kakis", question: 0, cell: right(0, "en"), at: 15))
        records.append(try game.host(.next, at: 16))
        records.append(try game.host(.next, at: 20))
        records.append(try game.answer(token: "token-anna", question: 1, cell: right(1, "lv"), at: 22))
        return LiveGameFixture(game: game, lines: try records.map { String(decoding: try StableJSON.line($0), as: UTF8.self) })
    }

    /// Stores the game in `store` as `ecolearn live` does: the first record at the start, the rest in a batch.
    func store(in store: any ParticipationStore) async throws {
        let id = try await store.startLiveGame(unitID: Self.unit.id, at: Date(timeIntervalSince1970: 0), records: [lines[0]])
        try await store.appendLiveRecords(Array(lines.dropFirst()), to: id, from: 1)
    }

    /// Every stored live record's text as it is in the table (read directly, as the database's owner), in order.
    static func storedRecords(_ store: any ParticipationStore) async throws -> [String] {
        let sql = "SELECT record FROM live_record ORDER BY game, seq"
        if let store = store as? SQLiteParticipationStore {
            return try await DatabaseQueue(path: store.location).read { try String.fetchAll($0, sql: sql) }
        }
        let database = try #require(store.location.split(separator: "/").last.map(String.init))
        return try await TestPostgres.withAdmin(database: database) { connection in
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: TestPostgres.logger).collect()
                .map { try $0.decode(String.self) }
        }
    }
}
