import EcoLearn
import EcoLearnPostgres
import EcoLearnTracking
import Foundation
import PostgresNIO
import Testing

/// Who may do what on a shared store, enforced by the PostgreSQL server itself (roles, row-level security, the
/// refusing trigger, funder views), on a real server. Skipped without `ECOLEARN_TEST_POSTGRES_URL`.
@Suite(.enabled(if: TestPostgres.url != nil, "needs ECOLEARN_TEST_POSTGRES_URL (scripts/test starts a throwaway server)"))
struct StoreAccessTests {
    @Test func townWriterWritesItsOwnTownsEventsOnly() async throws {
        let project = try await AccessProject.make()
        let writer = try await project.login("w", .townWriter, towns: ["Daugavpils"])
        let own = try await writer.addEvent(AccessProject.event(town: "Daugavpils", code: "DGP-9"), knownLessons: nil)
        #expect(own.event.reference == "DGP-9")
        await #expect(throws: project.refusal(writer, "new row violates row-level security policy for table \"event\"")) {
            try await writer.addEvent(AccessProject.event(town: "Suluova", code: "SUL-9"), knownLessons: nil)
        }
        // Signing people in at another town's event (E3 is in Suluova) is refused whole; at its own, it is stored.
        let other = Data("event,participant\nE2,LV-77\nE3,LV-78\n".utf8)
        await #expect(throws: project.refusal(writer, "new row violates row-level security policy for table \"attendance\"")) {
            try await writer.importAttendance(data: other, fileName: "other.csv")
        }
        let mine = try await writer.importAttendance(data: Data("event,participant\nE2,LV-77\n".utf8), fileName: "mine.csv")
        #expect(mine.attendancesAdded == 1)
        await #expect(throws: project.refusal(writer, "new row violates row-level security policy for table \"quiz_result\"")) {
            try await writer.saveQuizResults([AccessProject.quizResult(event: "E3", unit: "sifir-atik-turkiye")])
        }
        await writer.close()
        #expect(try await project.count("SELECT count(*) FROM event") == 6)
        #expect(try await project.count("SELECT count(*) FROM participant WHERE key = 'LV-78'") == 0)
        #expect(try await project.count("SELECT count(*) FROM attendance") == 7)
    }

    @Test func changingAnotherTownsEventIsRefusedByTheServer() async throws {
        let project = try await AccessProject.make()
        _ = try await project.login("w", .townWriter, towns: ["daugavpils"])
        let refusal = "the event is in Suluova, not a town login \(project.name("w")) writes"
        for statement in [
            "UPDATE event SET title = 'Taken over' WHERE code = 'E3'",
            "UPDATE event SET town = 'Daugavpils' WHERE code = 'E3'",
            "DELETE FROM event WHERE code = 'E3'",
            "DELETE FROM headcount WHERE event_id = (SELECT id FROM event WHERE code = 'E3')",
        ] {
            let error = try await project.asLogin("w") { connection in
                await #expect(throws: PSQLError.self) { try await connection.query(PostgresQuery(unsafeSQL: statement), logger: TestPostgres.logger) }
            }
            #expect(error?.serverInfo?[.message] == refusal, "\(statement)")
            #expect(error?.serverInfo?[.sqlState] == "42501", "\(statement)")
        }
        // Its own event it may change.
        try await project.asLogin("w") { connection in
            try await connection.query("UPDATE event SET title = 'Household waste, again' WHERE code = 'E1'", logger: TestPostgres.logger)
        }
        #expect(try await project.count("SELECT count(*) FROM event WHERE code = 'E3' AND title = 'Sıfır atık; okulda'") == 1)
        #expect(try await project.count("SELECT count(*) FROM event WHERE title = 'Household waste, again'") == 1)
    }

    @Test func coordinatorReadsEverythingAndWritesNothing() async throws {
        let project = try await AccessProject.make()
        let coordinator = try await project.login("c", .coordinator)
        let request = ReportRequest(groupings: [[.country], [.lesson]])
        #expect(try await coordinator.report(request) == project.admin.report(request))
        #expect(try await coordinator.events().count == 5)
        await #expect(throws: project.refusal(coordinator, "permission denied for table event")) {
            try await coordinator.addEvent(AccessProject.event(town: "Daugavpils", code: "DGP-9"), knownLessons: nil)
        }
        await coordinator.close()
    }

    @Test func funderReadsTheViewsButNoParticipantRow() async throws {
        let project = try await AccessProject.make()
        _ = try await project.admin.grant(.funder, to: project.name("f"), towns: [], password: "pw-f")
        // ecolearn's own commands read tables, so they are refused to a funder from the first statement.
        let location = try PostgresLocation(url: project.url("f")).description
        await #expect(throws: StoreError.refusedByServer(
            location: location,
            message: "permission denied for table ecolearn_migrations; the login \(project.name("f")) may not do this "
                + "(a town writer writes only its own towns' events, attendances, headcounts and quiz results; a "
                + "coordinator and a funder only read)")) {
            try await project.store(as: "f")
        }
        for table in ["participant", "attendance", "event", "quiz_result", "import_log", "live_game", "live_record"] {
            let error = try await project.asLogin("f") { connection in
                await #expect(throws: PSQLError.self) {
                    try await connection.query(PostgresQuery(unsafeSQL: "SELECT * FROM \(table)"), logger: TestPostgres.logger)
                }
            }
            #expect(error?.serverInfo?[.message] == "permission denied for table \(table)")
        }
        let events = try await project.asLogin("f") { connection in
            try await connection.query("""
                SELECT event, town, lessons, attendances, headcount, people FROM funder_event ORDER BY event
                """, logger: TestPostgres.logger).collect().map {
                try $0.decode((String, String, String, Int, Int, Int).self)
            }
        }
        #expect(events.map { "\($0.0) \($0.1) [\($0.2)] \($0.3) \($0.4) \($0.5)" } == [
            "E1 Daugavpils [waste-hierarchy] 3 0 3", "E2 Daugavpils [sorting-at-home-latvia] 0 25 25",
            "E3 Suluova [sifir-atik-turkiye waste-hierarchy] 0 30 30", "E4 Amasya [] 0 40 40", "E5 Suluova [] 3 0 3",
        ])
        let groups = try await project.asLogin("f") { connection in
            try await connection.query("""
                SELECT dimension || ' ' || value || ' ' || attendances || ' ' || headcount FROM funder_event_group
                WHERE event = 'E1' ORDER BY 1
                """, logger: TestPostgres.logger).collect().map { try $0.decode(String.self) }
        }
        #expect(groups == [
            "age_band 25-34 1 0", "age_band 35-44 1 0", "age_band 45-54 1 0", "gender female 2 0", "gender male 1 0",
            "origin local 3 0",
        ])
        let unique = try await project.asLogin("f") { connection in
            try await connection.query(
                "SELECT unique_participants FROM funder_unique_participants WHERE country IS NULL", logger: TestPostgres.logger
            ).collect().map { try $0.decode(Int.self) }
        }
        #expect(unique == [5])
        let gains = try await project.asLogin("f") { connection in
            try await connection.query("""
                SELECT event || ' ' || unit || ' ' || COALESCE(objective, '-') || ' ' || pairs || ' ' || round(mean_pre)
                    || ' ' || round(mean_post)
                FROM funder_quiz ORDER BY 1
                """, logger: TestPostgres.logger).collect().map { try $0.decode(String.self) }
        }
        #expect(gains == [
            "E2 sorting-at-home-latvia - 2 50 90", "E2 sorting-at-home-latvia name-streams 2 75 100",
            "E2 sorting-at-home-latvia rinse 2 0 75",
        ])
        // No view a funder reads has a column for a participant's key, organisation or consent.
        let columns = try await project.rows(
            """
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_name LIKE 'funder\\_%' ORDER BY table_name, ordinal_position
            """)
        #expect(columns == [
            "funder_event.event", "funder_event.date", "funder_event.town", "funder_event.country", "funder_event.kind",
            "funder_event.audience", "funder_event.title", "funder_event.language", "funder_event.lessons",
            "funder_event.attendances", "funder_event.headcount", "funder_event.people",
            "funder_event_group.event", "funder_event_group.dimension", "funder_event_group.value",
            "funder_event_group.attendances", "funder_event_group.headcount",
            "funder_quiz.event", "funder_quiz.unit", "funder_quiz.objective", "funder_quiz.pairs", "funder_quiz.mean_pre",
            "funder_quiz.mean_post",
            "funder_unique_participants.country", "funder_unique_participants.town",
            "funder_unique_participants.unique_participants",
        ])
    }

    @Test func liveGamesBelongToTheLoginThatStartedThem() async throws {
        let project = try await AccessProject.make()
        let daugavpils = try await project.login("dgp", .townWriter, towns: ["Daugavpils"])
        let suluova = try await project.login("sul", .townWriter, towns: ["Suluova"])
        let start = Date(timeIntervalSince1970: 1_764_700_000)
        let game = try await daugavpils.startLiveGame(unitID: "sorting-at-home", at: start, records: ["{\"n\":0}"])
        try await daugavpils.appendLiveRecords(["{\"n\":1}"], to: game, from: 1)
        #expect(try await daugavpils.unfinishedLiveGame(unitID: "sorting-at-home")?.records == ["{\"n\":0}", "{\"n\":1}"])
        // Another town's login neither sees nor writes it, and runs its own game of the same unit at the same time.
        #expect(try await suluova.unfinishedLiveGame(unitID: "sorting-at-home") == nil)
        await #expect(throws: StoreError.liveRecordsRefused(location: suluova.location, game: game, reason: "no such game")) {
            try await suluova.appendLiveRecords(["{\"n\":2}"], to: game, from: 2)
        }
        let other = try await suluova.startLiveGame(unitID: "sorting-at-home", at: start, records: ["{\"s\":0}"])
        #expect(other != game)
        // The coordinator reads every game and its records, and starts none; a funder reads none.
        let coordinator = try await project.login("c", .coordinator)
        let seen = try await project.asLogin("c") { connection in
            try await connection.query("SELECT count(*) FROM live_record", logger: TestPostgres.logger).collect().first?.decode(Int.self)
        }
        #expect(seen == 3)
        await #expect(throws: project.refusal(coordinator, "permission denied for table live_game")) {
            try await coordinator.startLiveGame(unitID: "sorting-at-home", at: start, records: ["{}"])
        }
        await daugavpils.close()
        await suluova.close()
        await coordinator.close()
        #expect(try await project.count("SELECT count(*) FROM live_game WHERE started_by = '\(project.name("dgp"))'") == 1)
    }

    @Test func setUpRunsAgainAndGrantsAddTowns() async throws {
        let project = try await AccessProject.make()
        let again = try await project.admin.setUpAccess()
        #expect(again.created == [])
        #expect(again.roles.map(\.name) == ["town_writer", "coordinator", "funder"].map { project.database + "_" + $0 })
        #expect(again.protectedTables == [
            "event", "event_lesson", "headcount", "attendance", "participant", "quiz_result", "quiz_answer",
            "ecolearn_town_login", "live_game", "live_record",
        ])
        let first = try await project.admin.grant(.townWriter, to: project.name("w"), towns: ["Suluova"], password: "pw")
        #expect(first == AccessGrant(login: project.name("w"), role: .townWriter, towns: ["Suluova"], created: true))
        let second = try await project.admin.grant(.townWriter, to: project.name("w"), towns: ["Amasya", "Suluova"])
        #expect(second == AccessGrant(login: project.name("w"), role: .townWriter, towns: ["Amasya", "Suluova"], created: false))
        let made = try await project.admin.grant(.funder, to: project.name("f"), towns: [])
        #expect(made.generatedPassword?.count == 24)
        let writer = try await project.store(as: "w", password: "pw")
        try await writer.addEvent(AccessProject.event(town: "Amasya", code: "AMA-9"), knownLessons: nil)
        await writer.close()
    }

    @Test func grantRefusesWhatItCannotDo() async throws {
        let project = try await AccessProject.make()
        await #expect(throws: StoreError.invalidInput(["a town writer needs at least one town"])) {
            try await project.admin.grant(.townWriter, to: "someone", towns: [])
        }
        await #expect(throws: StoreError.invalidInput([
            "login 'Bad Name': expected 1 to 63 lower-case letters, digits, '_', '.' or '-' (not starting with pg_)",
            "only a town writer has towns (a funder reads only the funder_ views)",
        ])) {
            try await project.admin.grant(.funder, to: "Bad Name", towns: ["Amasya"])
        }
        await #expect(throws: StoreError.invalidInput([
            "login 'ecolearn': that is the login running this; give rights to another login",
        ])) {
            try await project.admin.grant(.coordinator, to: "ecolearn", towns: [])
        }
        await #expect(throws: StoreError.invalidInput([
            "login '\(project.database)_funder': that is a group role, not a login; choose another name",
        ])) {
            try await project.admin.grant(.coordinator, to: project.database + "_funder", towns: [])
        }
        let bare = try await PostgresParticipationStore(url: TestPostgres.newDatabase())
        await #expect(throws: StoreError.invalidInput([
            "\(bare.location): no access roles on this database yet; set them up first with `ecolearn store init`",
        ])) {
            try await bare.grant(.coordinator, to: "someone", towns: [])
        }
    }

    @Test func revokeTakesTownsAndThenEveryRight() async throws {
        let project = try await AccessProject.make()
        let login = project.name("w")
        let writer = try await project.login("w", .townWriter, towns: ["Daugavpils", "Suluova"])
        let some = try await project.admin.revoke(from: login, towns: ["suluova"])
        #expect(some == AccessRevoke(login: login, roles: [], towns: ["Suluova"], townsLeft: ["Daugavpils"]))
        await #expect(throws: project.refusal(writer, "new row violates row-level security policy for table \"event\"")) {
            try await writer.addEvent(AccessProject.event(town: "Suluova", code: "SUL-9"), knownLessons: nil)
        }
        _ = try await writer.addEvent(AccessProject.event(town: "Daugavpils", code: "DGP-9"), knownLessons: nil)
        await writer.close()
        await #expect(throws: StoreError.invalidInput(["town 'Amasya': \(login) does not write it (it writes Daugavpils)"])) {
            try await project.admin.revoke(from: login, towns: ["Amasya"])
        }
        await #expect(throws: StoreError.invalidInput(["login 'nobody-here': no such login on this server"])) {
            try await project.admin.revoke(from: "nobody-here")
        }
        var admin: [String: String] = [:]
        for name in ["PGPASSFILE", "PGPASSWORD"] { admin[name] = ProcessInfo.processInfo.environment[name] }
        let all = try TrackingCLI.run(
            ["store", "revoke", "--db", try TestPostgres.url(database: project.database), login], in: try TestSupport.folder(),
            environment: admin)
        #expect(all == TrackingCLI.Result(status: 0, stdout: """
            Revoked from \(login) on \(project.admin.location): town-writer for Daugavpils; no rights left there

            """, stderr: ""))
        // Without a role on the database the login cannot connect to it; its event stays.
        let error = await #expect(throws: PSQLError.self) { try await project.asLogin("w") { _ in } }
        #expect(error?.serverInfo?[.message] == "permission denied for database \"\(project.database)\"")
        #expect(try await project.count("SELECT count(*) FROM event WHERE code = 'DGP-9'") == 1)
    }

    @Test func twoTownWritersAtOnceGiveTheRightTotals() async throws {
        let project = try await AccessProject.make()
        let daugavpils = try await project.login("dgp", .townWriter, towns: ["Daugavpils"])
        let suluova = try await project.login("sul", .townWriter, towns: ["Suluova"])
        // 300 people each; 100 of them sign in at both towns' events (the same keys, created by whichever is first),
        // listed in opposite orders, so that both imports reach the shared keys at once: a lost race or a deadlock
        // must be run again, never reported.
        func sheet(_ events: [String], _ keys: [Int]) -> Data {
            var text = "event,participant,gender\n"
            for key in keys { for event in events { text += "\(event),P-\(String(format: "%04d", key)),female\n" } }
            return Data(text.utf8)
        }
        let rounds = 10
        for round in 0..<rounds {
            let base = round * 1000
            async let first = daugavpils.importAttendance(
                data: sheet(["E1", "E2"], Array(base..<(base + 300))), fileName: "dgp-\(round).csv")
            async let second = suluova.importAttendance(
                data: sheet(["E3", "E5"], (base + 200..<base + 500).reversed()), fileName: "sul-\(round).csv")
            let (one, two) = try await (first, second)
            #expect(one.attendancesAdded == 600)
            #expect(two.attendancesAdded == 600)
            #expect(one.participantsAdded + two.participantsAdded == 500)
        }
        await daugavpils.close()
        await suluova.close()
        let report = try await project.admin.report(ReportRequest())
        #expect(report.totals.attendances == 6 + rounds * 1200)
        #expect(report.totals.uniqueParticipants == 5 + rounds * 500)
    }

    @Test func commandLineSetsUpGrantsAndExplainsARefusal() async throws {
        let url = try await TestPostgres.newDatabase()
        let folder = try TestSupport.folder()
        var admin: [String: String] = [:]
        for name in ["PGPASSFILE", "PGPASSWORD"] { admin[name] = ProcessInfo.processInfo.environment[name] }
        let setUp = try TrackingCLI.run(["store", "init", url], in: folder, environment: admin)
        let store = try await PostgresParticipationStore(url: url)
        let database = try #require(store.location.split(separator: "/").last.map(String.init))
        #expect(setUp == TrackingCLI.Result(status: 0, stdout: """
            \(store.location): schema up to date (\(StoreOpeningTests.allMigrations.count) migrations)
            roles: \(database)_town_writer (writes its towns' events, attendances, headcounts and quiz results; created)
                   \(database)_coordinator (reads everything; created)
                   \(database)_funder (reads only the funder_ views; created)
            row-level security: event, event_lesson, headcount, attendance, participant, quiz_result, quiz_answer, ecolearn_town_login, live_game, live_record
            funder views: funder_event, funder_event_group, funder_quiz, funder_unique_participants
            next: ecolearn store grant --db \(store.location) --role town-writer --town TOWN LOGIN

            """, stderr: ""))
        _ = try await store.importEvents(
            data: TestSupport.fixture("small/events.csv"), fileName: "events.csv", options: ImportOptions())
        let writer = "\(database)_dgp"
        var given = admin
        given["ECOLEARN_LOGIN_PASSWORD"] = "pw-dgp"
        let grant = try TrackingCLI.run(
            ["store", "grant", "--db", url, "--role", "town-writer", "--town", "Daugavpils", writer], in: folder,
            environment: given)
        #expect(grant == TrackingCLI.Result(
            status: 0, stdout: "Created login \(writer): town-writer for Daugavpils on \(store.location)\n", stderr: ""))
        let funder = try TrackingCLI.run(["store", "grant", "--db", url, "--role", "funder", "\(database)_f"], in: folder, environment: admin)
        let lines = funder.stdout.split(separator: "\n")
        #expect(funder.status == 0)
        #expect(lines.count == 2)
        #expect(lines.first == "Created login \(database)_f: funder on \(store.location)")
        let prefix = "password (shown once; keep it in the login's ~/.pgpass or a password manager): "
        #expect(lines.last?.hasPrefix(prefix) == true)
        #expect(lines.last?.count == prefix.count + 24)
        try Data("event,participant\nE3,LV-78\n".utf8).write(to: folder.appendingPathComponent("other.csv"))
        var writerURL = try #require(URLComponents(string: url))
        writerURL.user = writer
        let location = store.location.replacingOccurrences(of: "//ecolearn@", with: "//\(writer)@")
        let refused = try TrackingCLI.run(
            ["attendance", "import", "other.csv", "--db", try #require(writerURL.string)], in: folder,
            environment: ["PGPASSWORD": "pw-dgp"])
        #expect(refused == TrackingCLI.Result(status: 1, stdout: "", stderr: """
            error: \(location): the server refused: new row violates row-level security policy for table "attendance"; \
            the login \(writer) may not do this (a town writer writes only its own towns' events, attendances, headcounts \
            and quiz results; a coordinator and a funder only read). Nothing was changed.

            """))
        await store.close()
    }
}

/// A database holding the small data set with access set up, and logins made for a test (login names are
/// cluster-wide, so each carries the database's name).
struct AccessProject {
    var database: String
    var admin: PostgresParticipationStore

    /// - Parameter loading: false for a project with no records yet (laptops send them).
    static func make(loading: Bool = true) async throws -> AccessProject {
        let url = try await TestPostgres.newDatabase()
        let admin = try await PostgresParticipationStore(url: url)
        if loading {
            _ = try await admin.importEvents(
                data: TestSupport.fixture("small/events.csv"), fileName: "events.csv",
                options: ImportOptions(knownLessons: TestSupport.lessons))
            _ = try await admin.importAttendance(data: TestSupport.fixture("small/attendance.csv"), fileName: "attendance.csv")
            _ = try await admin.saveQuizResults(TestSupport.quizResults)
        }
        _ = try await admin.setUpAccess()
        let database = try #require(admin.location.split(separator: "/").last.map(String.init))
        return AccessProject(database: database, admin: admin)
    }

    /// The login name of `short` in this project.
    func name(_ short: String) -> String { "\(database)_\(short)" }

    /// The URL of `short`'s login.
    func url(_ short: String) throws -> String {
        var components = try #require(URLComponents(string: TestPostgres.url(database: database)))
        components.user = name(short)
        return try #require(components.string)
    }

    /// Makes `short`'s login with `role` and opens the store as it.
    func login(_ short: String, _ role: AccessRole, towns: [String] = []) async throws -> PostgresParticipationStore {
        let password = "pw-" + short
        _ = try await admin.grant(role, to: name(short), towns: towns, password: password)
        return try await store(as: short, password: password)
    }

    func store(as short: String, password: String? = nil) async throws -> PostgresParticipationStore {
        try await PostgresParticipationStore(url: url(short), environment: ["PGPASSWORD": password ?? "pw-" + short])
    }

    /// Runs `body` on a plain connection as `short`'s login.
    @discardableResult
    func asLogin<Result: Sendable>(_ short: String, _ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await TestPostgres.withConnection(url: url(short), environment: ["PGPASSWORD": "pw-" + short], body)
    }

    /// One number, read as the database's owner.
    func count(_ sql: String) async throws -> Int {
        try await TestPostgres.withAdmin(database: database) { connection in
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: TestPostgres.logger).collect().first?
                .decode(Int.self) ?? -1
        }
    }

    /// The text rows of `sql`, read as the database's owner.
    func rows(_ sql: String) async throws -> [String] {
        try await TestPostgres.withAdmin(database: database) { connection in
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: TestPostgres.logger).collect().map {
                try $0.decode(String.self)
            }
        }
    }

    /// The error a store gives when the server refuses `message` to its login.
    func refusal(_ store: PostgresParticipationStore, _ message: String) -> StoreError {
        let login = store.location.split(separator: "@").first.map { $0.dropFirst("postgres://".count) } ?? ""
        return .refusedByServer(
            location: store.location,
            message: "\(message); the login \(login) may not do this (a town writer writes only its own towns' "
                + "events, attendances, headcounts and quiz results; a coordinator and a funder only read)")
    }

    static func event(town: String, code: String) -> EventInput {
        EventInput(
            code: code, date: "2019-06-01", town: town, country: town == "Daugavpils" ? "Latvia" : "Türkiye",
            title: "Compost workshop", kind: "workshop", audience: "public", headcount: "12")
    }

    static func quizResult(event: String, unit: String) -> QuizResultInput {
        QuizResultInput(
            unitID: unit, unitVersion: 1, seed: nil, respondent: "R1", phase: .pre, event: event, percent: 50,
            answers: [.init(questionID: "q1", objectiveID: "o1", fraction: 0.5)])
    }
}
