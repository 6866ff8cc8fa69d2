import EcoLearnPostgres
import EcoLearnSQLite
import EcoLearnSync
import EcoLearnTracking
import Foundation
import Testing

/// `ecolearn sync` with town writers' logins (`store grant --role town-writer`) on a real server with access set up:
/// a town's laptop sends its own records, forgets and pulls under row-level security, and records of a town the
/// login may not write are refused before anything is sent.
@Suite(.enabled(if: TestPostgres.url != nil, "needs ECOLEARN_TEST_POSTGRES_URL (scripts/test starts a throwaway server)"))
struct SyncAccessTests {
    @Test func townWritersSendTheirTownsRecords() async throws {
        let towns = try await Towns.make()
        let first = try await SyncEngine.send(from: towns.latvia, to: towns.daugavpils, options: SyncSupport.options("lv"))
        #expect(first.sent == SyncCounts(events: 2, participants: 3, attendances: 3, quizResults: 6))
        let second = try await SyncEngine.send(from: towns.turkey, to: towns.turkish, options: SyncSupport.options("tr"))
        // LV-01 signed in at E5 in Suluova too: one person, sent first by the Latvian laptop.
        #expect(second.sent == SyncCounts(events: 3, participants: 2, attendances: 3))
        #expect(second.alreadyThere == SyncCounts(participants: 1))
        #expect(try await SyncSupport.rowCounts(towns.project.admin) == [
            "event": 5, "event_lesson": 4, "headcount": 13, "participant": 5, "attendance": 6, "quiz_result": 6,
            "quiz_answer": 16,
        ])
        let whole = try await TestSupport.smallDataSet(.sqlite)
        let request = ReportRequest(groupings: [[.town], [.lesson]])
        #expect(try await towns.project.admin.report(request) == whole.report(request))
        let again = try await SyncEngine.send(from: towns.latvia, to: towns.daugavpils, options: SyncSupport.options("lv"))
        #expect(again.sent == SyncCounts() && again.alreadyThere == SyncCounts())
    }

    @Test func aTownWritersForgetRemovesItsTownsRowsOfThePerson() async throws {
        let towns = try await Towns.make(sent: true)
        // LV-02 signed in only in Daugavpils: removed from the server.
        _ = try towns.latvia.forgetParticipant(key: "LV-02")
        let one = try await SyncEngine.send(from: towns.latvia, to: towns.daugavpils, options: SyncSupport.options("lv"))
        #expect(one.tombstonesSent == 1 && one.removedOnServer == 1 && one.keptOnServer.isEmpty)
        #expect(try await towns.project.count("SELECT count(*) FROM participant WHERE key = 'LV-02'") == 0)
        #expect(try await towns.project.count("SELECT count(*) FROM attendance") == 5)
        // LV-01 also signed in at E5 in Suluova, which the Daugavpils login may not change: the Daugavpils sign-in and
        // quiz result go, the person and the Suluova sign-in stay, and the summary says so.
        _ = try towns.latvia.forgetParticipant(key: "LV-01")
        let two = try await SyncEngine.send(from: towns.latvia, to: towns.daugavpils, options: SyncSupport.options("lv"))
        #expect(two.tombstonesSent == 1 && two.removedOnServer == 0 && two.keptOnServer == ["LV-01"])
        #expect(two.sendingText.contains("""
              forgotten here, sent: 1 (0 removed on the server)
              still on the server (this login removed its towns' rows; they also signed in at another town's event, \
            which only the owner login may remove: `ecolearn participants forget KEY --db postgres://OWNER@...`): 'LV-01'
            """))
        #expect(try await towns.project.rows("""
            SELECT e.code FROM attendance a JOIN event e ON e.id = a.event_id JOIN participant p ON p.id = a.participant_id
            WHERE p.key = 'LV-01'
            """) == ["E5"])
        #expect(try await towns.project.count("SELECT count(*) FROM quiz_result") == 5)
        // The owner's login finishes the forget; the Suluova laptop then forgets the person too.
        _ = try await towns.project.admin.forgetParticipant(key: "LV-01")
        #expect(try await towns.project.count("SELECT count(*) FROM participant") == 3)
        let pulled = try await SyncEngine.send(from: towns.turkey, to: towns.turkish, options: SyncSupport.options("tr"))
        #expect(pulled.removedHere == 1)
        #expect(try towns.turkey.report(ReportRequest()).totals.attendances == 2)
    }

    @Test func recordsAtAnotherTownsEventsAreRefusedBeforeAnythingIsSent() async throws {
        let towns = try await Towns.make()
        // A laptop holding the whole small data set: E3 and E5 are in Suluova, E4 in Amasya.
        let laptop = try await SyncSupport.smallLaptop()
        let waiting = try laptop.unsentCounts()
        await #expect(throws: StoreError.refusedByServer(
            location: towns.daugavpils.location,
            message: "the login \(towns.project.name("dgp")) writes only the events of Daugavpils, and this laptop has "
                + "records to send at events of other towns: 'E3' in Suluova (and 1 more event there), 'E4' in Amasya; "
                + "send those with a login of their town")) {
            try await SyncEngine.send(from: laptop, to: towns.daugavpils, options: SyncSupport.options("all"))
        }
        #expect(try await SyncSupport.rowCounts(towns.project.admin).values.allSatisfy { $0 == 0 })
        #expect(try laptop.unsentCounts() == waiting)
        // The same laptop sends with the owner's login.
        let owner = try await SyncEngine.send(from: laptop, to: towns.project.admin, options: SyncSupport.options("all"))
        #expect(owner.sent == SyncCounts(events: 5, participants: 5, attendances: 6, quizResults: 6))
    }

    @Test func aTownWriterBringsDownTheOtherTownsEventsAndCounts() async throws {
        let towns = try await Towns.make(sent: true)
        let received = try await SyncEngine.receive(into: towns.latvia, from: towns.daugavpils, options: SyncSupport.options("lv"))
        #expect(received.eventsReceived == 3 && received.eventsUpdated == 0)
        let (local, central) = (try towns.latvia.report(ReportRequest()), try await towns.project.admin.report(ReportRequest()))
        #expect(local.totals.events == 5)
        // E5's three sign-ins in Suluova come down as its headcount; who signed in stays on the server.
        #expect(local.totals.people == central.totals.people)
        #expect(local.totals.attendances == 3 && local.totals.headcount == central.totals.headcount + 3)
        // Nothing brought down is sent back, and nothing is refused.
        let sent = try await SyncEngine.send(from: towns.latvia, to: towns.daugavpils, options: SyncSupport.options("lv"))
        #expect(sent.sent == SyncCounts() && sent.alreadyThere == SyncCounts())
    }

    /// A project with access set up and no records, the Daugavpils and the Turkish towns' logins, and their laptops
    /// holding the small data set's events of their towns with the sign-ins there (and the quiz results, all at
    /// Daugavpils events).
    struct Towns {
        var project: AccessProject
        var daugavpils: PostgresParticipationStore
        var turkish: PostgresParticipationStore
        var latvia: SQLiteParticipationStore
        var turkey: SQLiteParticipationStore

        /// - Parameter sent: true to have both laptops send (with their logins) before the test goes on.
        static func make(sent: Bool = false) async throws -> Towns {
            let project = try await AccessProject.make(loading: false)
            let towns = Towns(
                project: project, daugavpils: try await project.login("dgp", .townWriter, towns: ["Daugavpils"]),
                turkish: try await project.login("tr", .townWriter, towns: ["Suluova", "Amasya"]),
                latvia: try laptop(["E1", "E2"]), turkey: try laptop(["E3", "E4", "E5"]))
            _ = try towns.latvia.saveQuizResults(TestSupport.quizResults, addingLessons: false)
            if sent {
                _ = try await SyncEngine.send(from: towns.latvia, to: towns.daugavpils, options: SyncSupport.options("lv"))
                _ = try await SyncEngine.send(from: towns.turkey, to: towns.turkish, options: SyncSupport.options("tr"))
            }
            return towns
        }

        /// A laptop holding the small data set's events `codes` and the sign-ins at them.
        static func laptop(_ codes: [String]) throws -> SQLiteParticipationStore {
            func lines(_ fixture: String, _ separator: Character) throws -> String {
                let all = String(decoding: try TestSupport.fixture(fixture), as: UTF8.self).split(whereSeparator: \.isNewline)
                let mine = all.dropFirst().filter { codes.contains(String($0.prefix { $0 != separator })) }
                return ([all[0]] + mine).joined(separator: "\n") + "\n"
            }
            return try SyncSupport.laptop(
                events: try lines("small/events.csv", ";"), attendance: try lines("small/attendance.csv", ","))
        }
    }
}
