import EcoLearnPostgres
import EcoLearnSQLite
import EcoLearnSync
import EcoLearnTracking
import Foundation
import GRDB
import Testing

/// `SyncEngine` between SQLite laptops and a real PostgreSQL server: idempotence, resuming, conflicts,
/// tombstones, laptops at once, and the sample year's two towns adding up.
@Suite(.enabled(if: TestPostgres.url != nil, "needs ECOLEARN_TEST_POSTGRES_URL (scripts/test starts a throwaway server)"))
struct SyncTests {
    @Test func sendingTwiceChangesNothing() async throws {
        let laptop = try await SyncSupport.smallLaptop()
        let server = try await SyncSupport.server()
        let first = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        #expect(first.sent == SyncCounts(events: 5, participants: 5, attendances: 6, quizResults: 6))
        #expect(first.alreadyThere == SyncCounts())
        let counts = try await SyncSupport.rowCounts(server)
        #expect(counts == [
            "event": 5, "event_lesson": 4, "headcount": 13, "participant": 5, "attendance": 6, "quiz_result": 6,
            "quiz_answer": 16,
        ])
        try await expectSameReport(server, laptop)

        let second = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        #expect(second.sent == SyncCounts() && second.alreadyThere == SyncCounts() && second.conflicts.isEmpty)
        #expect(try await SyncSupport.rowCounts(server) == counts)
    }

    @Test func everyRowSentAgainIsAlreadyThere() async throws {
        let laptop = try await SyncSupport.smallLaptop()
        let server = try await SyncSupport.server()
        _ = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        let counts = try await SyncSupport.rowCounts(server)
        // As if every batch had been committed by the server but never marked sent on the laptop.
        try await DatabaseQueue(path: laptop.path).write { db in
            try db.execute(sql: "UPDATE event SET synced = 0; UPDATE participant SET synced = 0; UPDATE attendance SET synced = 0; UPDATE quiz_result SET synced = 0")
        }
        let again = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        #expect(again.sent == SyncCounts())
        #expect(again.alreadyThere == SyncCounts(events: 5, participants: 5, attendances: 6, quizResults: 6))
        #expect(try await SyncSupport.rowCounts(server) == counts)
    }

    @Test(arguments: 1...6) func cutAfterAnyBatchThenRunAgainCompletes(batches: Int) async throws {
        let laptop = try await SyncSupport.smallLaptop()
        let server = try await SyncSupport.server()
        var options = SyncSupport.options(batch: 2)
        options.afterBatch = { done in if done == batches { throw CancellationError() } }
        await #expect(throws: CancellationError.self) {
            try await SyncEngine.send(from: laptop, to: server, options: options)
        }
        let rest = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options(batch: 2))
        #expect(rest.sent.total + rest.alreadyThere.total < 22)
        #expect(try await SyncSupport.rowCounts(server) == [
            "event": 5, "event_lesson": 4, "headcount": 13, "participant": 5, "attendance": 6, "quiz_result": 6,
            "quiz_answer": 16,
        ])
        try await expectSameReport(server, laptop)
    }

    /// A batch of sign-ins is first inserted as all new; when the server holds one after all (though not the batch's
    /// first), that insert is undone and the batch stored skipping what the server holds.
    @Test func aBatchOfSignInsPartlyOnTheServerIsStoredWithoutDoubles() async throws {
        let laptop = try await SyncSupport.smallLaptop()
        let server = try await SyncSupport.server()
        _ = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        let counts = try await SyncSupport.rowCounts(server)
        // The server lost the laptop's first sign-in (the batch's first row), and the laptop its marks.
        let first = try await DatabaseQueue(path: laptop.path).write { db in
            try db.execute(sql: "UPDATE attendance SET synced = 0")
            return try String.fetchOne(db, sql: "SELECT uuid FROM attendance ORDER BY event_id, participant_id LIMIT 1")
        }
        let (database, uuid) = (try #require(server.location.split(separator: "/").last.map(String.init)), try #require(first))
        try await TestPostgres.withAdmin(database: database) { connection in
            try await connection.query("DELETE FROM attendance WHERE uuid = \(uuid)::uuid", logger: TestPostgres.logger)
        }
        let again = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        #expect(again.sent.attendances == 1 && again.alreadyThere.attendances == 5)
        #expect(try await SyncSupport.rowCounts(server) == counts)
        // Another laptop signs in a new person and one the server has at the same event (its own UUIDs, the new
        // person first): the second is the same sign-in.
        let sheet = "event,participant\nE1,LV-09\nE1,lv-03\n"
        let other = try SyncSupport.laptop(
            events: String(decoding: try TestSupport.fixture("small/events.csv"), as: UTF8.self), attendance: sheet)
        let second = try await SyncEngine.send(from: other, to: server, options: SyncSupport.options("laptop-b"))
        #expect(second.sent.attendances == 1 && second.alreadyThere.attendances == 1)
        #expect(try await SyncSupport.rowCounts(server)["attendance"] == 7)
        #expect(try await server.report(ReportRequest()).totals.uniqueParticipants == 6)
    }

    @Test func theSameEventWithOtherDetailsIsListedAsAConflict() async throws {
        let header = "code,date,town,country,kind,title,audience,headcount\n"
        let first = try SyncSupport.laptop(events: header + "DGP-9,2019-05-02,Daugavpils,Latvia,lesson,Bottles,school,24\n")
        let second = try SyncSupport.laptop(events: header + "DGP-9,2019-05-02,Daugavpils,Latvia,lesson,Bottles,school,26\n")
        let server = try await SyncSupport.server()
        _ = try await SyncEngine.send(from: first, to: server, options: SyncSupport.options("laptop-a"))
        let summary = try await SyncEngine.send(from: second, to: server, options: SyncSupport.options("laptop-b"))
        #expect(summary.sent.events == 0 && summary.alreadyThere.events == 1)
        let conflict = SyncConflict(
            kind: "event", subject: "DGP-9", kept: "2019-05-02 Daugavpils, Latvia: lesson for school \"Bottles\"; headcount 24",
            other: "2019-05-02 Daugavpils, Latvia: lesson for school \"Bottles\"; headcount 26", origin: "laptop-b")
        #expect(summary.conflicts.map { stamped($0, "") } == [conflict])
        #expect(summary.sendingText.contains("""
              conflicts: 1 (the server keeps what it received first)
              event 'DGP-9' from 'laptop-b' (
            """))
        let listed = try await SyncEngine.conflicts(on: server)
        #expect(listed.map { stamped($0, "") } == [conflict])
        #expect(try await server.report(ReportRequest()).totals.headcount == 24)
        // Sending again finds nothing new to list.
        try await DatabaseQueue(path: second.path).write { try $0.execute(sql: "UPDATE event SET synced = 0") }
        let again = try await SyncEngine.send(from: second, to: server, options: SyncSupport.options("laptop-b"))
        #expect(again.conflicts.isEmpty)
        #expect(try await SyncEngine.conflicts(on: server).count == 1)
    }

    /// An event without a code is the same event when date, town, country, kind and title agree: the second
    /// laptop's copy is already there, and its sign-ins count at the one event.
    @Test func anEventWithoutACodeOnTwoLaptopsIsOneEvent() async throws {
        let events = "date,town,country,kind,title,audience\n"
        let sheet = "event,participant\n"
        let first = try SyncSupport.laptop(
            events: events + "2019-05-02,Amasya,Türkiye,seminar,Atık yönetimi,ngo\n2019-05-02,Amasya,Türkiye,lesson,Atık yönetimi,school\n",
            attendance: sheet + "1,TR-1\n")
        let second = try SyncSupport.laptop(
            events: events + "2019-05-02,amasya,Türkiye,seminar,Atık yönetimi,ngo\n",
            attendance: sheet + "1,TR-2\n")
        let server = try await SyncSupport.server()
        let one = try await SyncEngine.send(from: first, to: server, options: SyncSupport.options("laptop-a"))
        #expect(one.sent.events == 2)
        let two = try await SyncEngine.send(from: second, to: server, options: SyncSupport.options("laptop-b"))
        #expect(two.sent.events == 0 && two.alreadyThere.events == 1 && two.sent.attendances == 1)
        let totals = try await server.report(ReportRequest()).totals
        #expect(totals.events == 2 && totals.attendances == 2 && totals.uniqueParticipants == 2)
    }

    @Test func oneKeyOnTwoLaptopsIsOnePersonAndOtherDetailsAreListed() async throws {
        let events = "code,date,town,country,kind,title,audience\n"
        let sheet = "event,participant,organisation,age band,gender,origin,consent listing,consent photos\n"
        let first = try SyncSupport.laptop(
            events: events + "A1,2019-05-02,Daugavpils,Latvia,seminar,Waste,ngo\n",
            attendance: sheet + "A1,INT-7,Forum,25-34,female,international,yes,yes\n")
        let second = try SyncSupport.laptop(
            events: events + "B1,2019-06-02,Suluova,Türkiye,seminar,Atık,ngo\n",
            attendance: sheet + "B1,int-7,,35-44,female,international,no,yes\n")
        let server = try await SyncSupport.server()
        _ = try await SyncEngine.send(from: first, to: server, options: SyncSupport.options("laptop-a"))
        let summary = try await SyncEngine.send(from: second, to: server, options: SyncSupport.options("laptop-b"))
        #expect(summary.sent.participants == 0 && summary.alreadyThere.participants == 1 && summary.sent.attendances == 1)
        #expect(summary.conflicts.map { stamped($0, "") } == [SyncConflict(
            kind: "participant", subject: "INT-7",
            kept: "organisation Forum; age band 25-34; gender female; origin international",
            other: "age band 35-44; gender female; origin international", origin: "laptop-b")])
        let totals = try await server.report(ReportRequest()).totals
        #expect(totals.attendances == 2 && totals.uniqueParticipants == 1)
    }

    @Test func aForgetOnALaptopRemovesThePersonOnTheServer() async throws {
        let laptop = try await SyncSupport.smallLaptop()
        let server = try await SyncSupport.server()
        _ = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        _ = try laptop.forgetParticipant(key: "lv-01")
        let summary = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        #expect(summary.tombstonesSent == 1 && summary.removedOnServer == 1)
        #expect(summary.sendingText.contains("forgotten here, sent: 1 (1 removed on the server)"))
        try await expectSameReport(server, laptop)
        let totals = try await server.report(ReportRequest()).totals
        #expect(totals.attendances == 4 && totals.uniqueParticipants == 4)
        // A second laptop that still holds the person cannot bring them back.
        let other = try await SyncSupport.smallLaptop()
        let refused = try await SyncEngine.send(from: other, to: server, options: SyncSupport.options("laptop-b"))
        #expect(refused.removedHere == 1)
        #expect(try await server.report(ReportRequest()).totals.uniqueParticipants == 4)
        #expect(try other.report(ReportRequest()).totals.uniqueParticipants == 4)
    }

    @Test func aForgetOnTheServerReachesALaptopThatSyncs() async throws {
        let laptop = try await SyncSupport.smallLaptop()
        let server = try await SyncSupport.server()
        _ = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        _ = try await server.forgetParticipant(key: "TR-01")
        let summary = try await SyncEngine.receive(into: laptop, from: server, options: SyncSupport.options())
        #expect(summary.removedHere == 1)
        #expect(summary.receivingText.contains("forgotten on the server, removed here: 1"))
        #expect(try laptop.report(ReportRequest()).totals.uniqueParticipants == 4)
        let again = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options())
        #expect(again.sent == SyncCounts() && again.removedHere == 0)
        try await expectSameReport(server, laptop)
    }

    @Test func fourLaptopsAtOnceFinishWithTheRightTotals() async throws {
        let server = try await SyncSupport.server()
        let sheet = "event,participant,organisation,age band,gender,origin,consent listing,consent photos\n"
        var laptops: [SQLiteParticipationStore] = []
        for town in 0..<4 {
            let events = "code,date,town,country,kind,title,audience,headcount\n"
                + (1...30).map { "T\(town)-\($0),2019-03-\(String(format: "%02d", $0)),Town \(town),Latvia,seminar,S,ngo,\($0)" }
                    .joined(separator: "\n") + "\n"
            // 40 people of the town and 5 shared guests, each at every event of the town.
            let people = (1...40).map { "P\(town)-\($0)" } + (1...5).map { "GUEST-\($0)" }
            let rows = (1...30).flatMap { event in people.map { "T\(town)-\(event),\($0),,,,,yes,no" } }
            laptops.append(try SyncSupport.laptop(events: events, attendance: sheet + rows.joined(separator: "\n") + "\n"))
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, laptop) in laptops.enumerated() {
                group.addTask {
                    _ = try await SyncEngine.send(from: laptop, to: server, options: SyncSupport.options("laptop-\(index)", batch: 97))
                }
            }
            try await group.waitForAll()
        }
        let totals = try await server.report(ReportRequest()).totals
        #expect(totals.events == 120 && totals.attendances == 4 * 30 * 45 && totals.uniqueParticipants == 4 * 40 + 5)
        #expect(totals.headcount == 4 * (30 * 31 / 2))
        #expect(try await SyncEngine.conflicts(on: server).isEmpty)
    }

    /// The issue's "done when": a Latvian and a Turkish laptop made from samples/ send to one server, and the
    /// report there is the sum of the two local reports (a key listed in both countries is one person there).
    @Test func twoTownsFromTheSamplesAddUpOnTheServer() async throws {
        let latvia = try SyncSupport.sampleHalf(country: "Latvia")
        let turkey = try SyncSupport.sampleHalf(country: "Türkiye")
        let lv = try SyncSupport.laptop(events: latvia.events, attendance: latvia.attendance)
        let tr = try SyncSupport.laptop(events: turkey.events, attendance: turkey.attendance)
        let server = try await SyncSupport.server()
        _ = try await SyncEngine.send(from: lv, to: server, options: SyncSupport.options("daugavpils"))
        _ = try await SyncEngine.send(from: tr, to: server, options: SyncSupport.options("suluova"))
        let request = ReportRequest(groupings: [[.country]])
        let (local1, local2, central) = (try lv.report(request), try tr.report(request), try await server.report(request))
        #expect(central.totals.events == local1.totals.events + local2.totals.events)
        #expect(central.totals.events == 71)
        #expect(central.totals.attendances == local1.totals.attendances + local2.totals.attendances)
        #expect(central.totals.headcount == local1.totals.headcount + local2.totals.headcount)
        #expect(central.totals.people == 1760)
        let keys = { (sheet: String) in Set(sheet.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] }) }
        let both = keys(latvia.attendance).intersection(keys(turkey.attendance))
        // 16 keys signed in in both countries (guests and study visits): one person each on the server.
        #expect(both.count == 16 && both.contains("INT-0001") && both.contains("LV-0005"))
        #expect(central.totals.uniqueParticipants == local1.totals.uniqueParticipants + local2.totals.uniqueParticipants - 16)
        #expect(central.totals.uniqueParticipants == 164)
        #expect(central.groupings[0].rows == local1.groupings[0].rows + local2.groupings[0].rows)
        #expect(try await SyncEngine.conflicts(on: server).isEmpty)
    }

    @Test func aLaptopBringsDownTheOtherTownsEventsAndCounts() async throws {
        let latvia = try SyncSupport.sampleHalf(country: "Latvia")
        let turkey = try SyncSupport.sampleHalf(country: "Türkiye")
        let lv = try SyncSupport.laptop(events: latvia.events, attendance: latvia.attendance)
        let tr = try SyncSupport.laptop(events: turkey.events, attendance: turkey.attendance)
        let server = try await SyncSupport.server()
        _ = try await SyncEngine.send(from: lv, to: server, options: SyncSupport.options("daugavpils"))
        _ = try await SyncEngine.send(from: tr, to: server, options: SyncSupport.options("suluova"))
        let received = try await SyncEngine.receive(into: lv, from: server, options: SyncSupport.options("daugavpils"))
        #expect(received.eventsReceived == 35 && received.eventsUpdated == 0)
        let (local, central) = (try lv.report(ReportRequest()), try await server.report(ReportRequest()))
        #expect(local.totals.events == central.totals.events)
        #expect(local.totals.people == central.totals.people)
        // Who signed in elsewhere stays on the server: only this town's people are listed here.
        #expect(local.totals.attendances == 182)
        let again = try await SyncEngine.receive(into: lv, from: server, options: SyncSupport.options("daugavpils"))
        #expect(again.eventsReceived == 0 && again.eventsUpdated == 35)
        #expect(try lv.report(ReportRequest()) == local)
        // Nothing brought down is sent back.
        let sent = try await SyncEngine.send(from: lv, to: server, options: SyncSupport.options("daugavpils"))
        #expect(sent.sent == SyncCounts() && sent.alreadyThere == SyncCounts())
    }

    /// The server's report equals the laptop's.
    private func expectSameReport(
        _ server: PostgresParticipationStore, _ laptop: SQLiteParticipationStore, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let central = try await server.report(ReportRequest())
        let local = try laptop.report(ReportRequest())
        #expect(central == local, sourceLocation: sourceLocation)
    }

    private func stamped(_ conflict: SyncConflict, _ time: String) -> SyncConflict {
        var copy = conflict
        copy.recordedAt = time
        return copy
    }
}
