@testable import EcoLearnSQLite
@testable import EcoLearnTracking
import EcoLearn
import Foundation
import GRDB
import Testing

/// Participant keys and quiz respondents that differ only by case, Unicode form or the Turkish i are one person
/// everywhere: sign-in sheets, quiz results, forget, and databases written before this rule.
@Suite struct CaselessKeyTests {
    @Test(arguments: Backend.available) func signInSheetsMatchKeysWhateverTheirCase(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        let later = "event,participant,gender\nE4,lv-01,\nE4,Tr-01,\nE4,TR-KIZ,female\n"
        let outcome = try await store.importAttendance(data: Data(later.utf8), fileName: "later.csv")
        #expect(outcome.participantsAdded == 1 && outcome.attendancesAdded == 3)
        let turkish = "event,participant\nE2,tr-kız\nE2,lv-0\u{131}\n"
        #expect(try await store.importAttendance(data: Data(turkish.utf8), fileName: "tr.csv").participantsAdded == 1)
        let totals = try await store.report(ReportRequest()).totals
        #expect(totals.attendances == 11 && totals.uniqueParticipants == 7)

        let twice = "event,participant\nE1,NEW-7\nE1,new-7\n"
        do {
            _ = try await store.importAttendance(data: Data(twice.utf8), fileName: "twice.csv")
            Issue.record("one person signed in twice was accepted")
        } catch let refused as ImportRefused {
            #expect(refused.problems.map(\.description) == ["twice.csv:3: column 'participant': 'NEW-7' already signed in for event 'E1' on line 2"])
        }
    }

    @Test(arguments: Backend.available) func forgetRemovesThePersonUnderEverySpelling(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        _ = try await store.importAttendance(data: Data("event,participant\nE4,lv-01\n".utf8), fileName: "e4.csv")
        var result = TestSupport.quizResults[5]
        result.respondent = "Lv-01"
        #expect(try await store.saveQuizResults([result]) == QuizSaveOutcome(added: 0, replaced: 1))
        let outcome = try await store.forgetParticipant(key: "  lv-01 ")
        #expect(outcome.participants == 1 && outcome.attendances == 3 && outcome.quizResults == 1)
        #expect(try await store.forgetParticipant(key: "LV-01").total == 0)
        #expect(try await store.report(ReportRequest()).totals.uniqueParticipants == 4)
    }

    @Test(arguments: Backend.available) func quizRespondentsRepeatedInOtherCaseAreOneRespondent(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        var again = TestSupport.quizResults[0]
        again.respondent = "r1"
        #expect(try await store.saveQuizResults([again]) == QuizSaveOutcome(added: 0, replaced: 1))
        #expect(try await store.report(ReportRequest()).units.first { $0.unit == "sorting-at-home-latvia" }?.preCount == 2)
    }

    @Test func olderDatabasesAreMergedByTheMigration() throws {
        let path = try TestSupport.folder().appendingPathComponent("v2.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try SQLiteMigrations.migrator.migrate(queue, upTo: SQLiteMigrations.v2)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO event (id, code, date, town, country, title, kind, audience)
                    VALUES (1, 'A', '2019-01-01', 'Amasya', 'Türkiye', 'x', 'seminar', 'ngo'),
                           (2, 'B', '2019-01-02', 'Amasya', 'Türkiye', 'y', 'seminar', 'ngo');
                INSERT INTO participant (id, key, gender) VALUES (1, 'TR-9001', 'female'), (2, 'tr-9001', NULL),
                    (3, 'TR-İ1', NULL), (4, 'tr-ı1', NULL), (5, 'TR-9002', NULL);
                INSERT INTO attendance (event_id, participant_id) VALUES (1, 1), (1, 2), (2, 2), (2, 4), (1, 5);
                INSERT INTO quiz_result (id, event_id, unit_id, unit_version, phase, respondent, percent)
                    VALUES (1, 1, 'u', 1, 'pre', 'R1', 10), (2, 1, 'u', 1, 'pre', 'r1', 20), (3, 1, 'u', 1, 'post', 'R1', 90);
                INSERT INTO quiz_answer (result_id, question_id, objective_id, fraction) VALUES (1, 'q', 'o', 0), (2, 'q', 'o', 1);
                """)
        }
        let store = try SQLiteParticipationStore(path: path)
        #expect(try store.integrityCheck() == "ok")
        func strings(_ sql: String) throws -> [String] { try store.pool.read { try String.fetchAll($0, sql: sql) } }
        #expect(try strings("SELECT key || ' ' || folded_key || ' ' || COALESCE(gender, '-') FROM participant ORDER BY id")
            == ["TR-9001 tr-9001 female", "TR-İ1 tr-i1 -", "TR-9002 tr-9002 -"])
        #expect(try strings("SELECT event_id || ':' || participant_id FROM attendance ORDER BY 1") == ["1:1", "1:5", "2:1", "2:3"])
        #expect(try strings("SELECT id || ' ' || respondent || ' ' || percent FROM quiz_result ORDER BY id") == ["2 r1 20.0", "3 R1 90.0"])
        #expect(try strings("SELECT result_id || ' ' || fraction FROM quiz_answer") == ["2 1.0"])
        #expect(try strings("PRAGMA foreign_key_check").isEmpty)
        #expect(try store.report(ReportRequest()).totals.uniqueParticipants == 3)
    }
}
