import EcoLearn
import EcoLearnTracking
import Foundation
import Testing

/// Events and attendance CSV imports: spreadsheet dialects, whole-file refusal, idempotence.
@Suite struct ImportTests {
    private func refusal(_ body: () async throws -> Void) async -> [String] {
        do {
            try await body()
            return []
        } catch let refused as ImportRefused {
            return refused.problems.map(\.description)
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    @Test(arguments: Backend.available) func semicolonsBOMCRLFQuotesAndBothDateForms(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let outcome = try await store.importEvents(
            data: TestSupport.fixture("small/events.csv"), fileName: "events.csv",
            options: ImportOptions(knownLessons: TestSupport.lessons))
        #expect(outcome.eventsAdded == 5)
        let first = try await store.event("E1")
        #expect(first.event.date == "2019-01-15")
        #expect(first.event.facilitator == "Trainer, A.")
        #expect(first.lessons == ["waste-hierarchy"])
        let third = try await store.event("E3")
        #expect(third.event.title == "Sıfır atık; okulda")
        #expect(third.lessons == ["sifir-atik-turkiye", "waste-hierarchy"])
        #expect(third.headcount == 30)
        #expect(third.groups.map { "\($0.dimension.rawValue) \($0.value) \($0.count)" }.sorted() == [
            "age_band 10-14 20", "age_band 15-18 10", "gender female 14", "gender male 16", "origin international 2",
            "origin local 28",
        ])
        #expect(try await store.event("5").event.code == "E5")
    }

    @Test(arguments: Backend.available) func badFileIsRefusedWholeWithEveryBadRowNamed(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let problems = await refusal {
            _ = try await store.importEvents(data: TestSupport.fixture("small/bad-events.csv"), fileName: "events.csv")
        }
        #expect(problems == [
            "events.csv:3: column 'date': expected YYYY-MM-DD or DD.MM.YYYY, found '31.02.2019'",
            "events.csv:4: column 'audience': expected one of school, ngo, municipal, public, found 'kids'",
            "events.csv:4: column 'kind': expected one of lesson, seminar, workshop, study-visit, public-action, found 'talk'",
            "events.csv:4: column 'town': required, but empty",
            "events.csv:5: column 'female': the gender counts add up to 12, more than the headcount of 10",
            "events.csv:5: column 'male': expected a whole number of people (0 or more), found 'x'",
            "events.csv:6: column 'code': 'B1' is already used on line 2; each event needs its own code",
        ])
        #expect(try await store.events().isEmpty)
        #expect(try await store.report(ReportRequest()).totals == Report.Counts())
    }

    @Test func refusalMessageEndsWithNothingStored() throws {
        let refused = ImportRefused(problems: [CSVProblem(file: "a.csv", line: 2, column: "date", message: "bad")])
        #expect(refused.description == "a.csv:2: column 'date': bad\na.csv: refused (1 problem); nothing was stored")
    }

    @Test(arguments: Backend.available) func headerProblems(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let problems = await refusal {
            _ = try await store.importEvents(data: Data("date,town,country,kind,titel,audience,femle\n".utf8), fileName: "e.csv")
        }
        #expect(problems.count == 3)
        #expect(problems.contains { $0.hasPrefix("e.csv:1: column 'femle': unknown column (did you mean 'female'?)") })
        #expect(problems.contains { $0.hasPrefix("e.csv:1: column 'titel': unknown column (did you mean 'title'?)") })
        #expect(problems.contains { $0.hasPrefix("e.csv:1: column 'title': missing from the header") })
    }

    @Test(arguments: Backend.available) func unknownLessonIsNamedWithASuggestion(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let csv = "date,town,country,kind,title,audience,lessons\n2019-05-01,Amasya,Türkiye,lesson,x,school,waste-hierarchi\n"
        let problems = await refusal {
            _ = try await store.importEvents(data: Data(csv.utf8), fileName: "e.csv", options: ImportOptions(knownLessons: TestSupport.lessons))
        }
        #expect(problems == ["e.csv:2: column 'lessons': no lesson unit 'waste-hierarchi' in the library (did you mean 'waste-hierarchy'?)"])
    }

    @Test(arguments: Backend.available) func notUTF8AndBrokenQuotesAreRefused(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let latin1 = Data([0x64, 0x61, 0x74, 0x65, 0x0A, 0xE2, 0x80, 0x0A])
        #expect(await refusal { _ = try await store.importEvents(data: latin1, fileName: "e.csv") }.count == 1)
        let open = Data("event,participant\nE1,\"LV-01\n".utf8)
        #expect(await refusal { _ = try await store.importAttendance(data: open, fileName: "a.csv") }.count == 1)
        #expect(await refusal { _ = try await store.importAttendance(data: Data(), fileName: "a.csv") }.count == 1)
    }

    @Test(arguments: Backend.available) func sameFileTwiceDoesNotDoubleCount(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        let events = try await store.importEvents(
            data: TestSupport.fixture("small/events.csv"), fileName: "events.csv",
            options: ImportOptions(knownLessons: TestSupport.lessons))
        #expect(events.previouslyImportedAt != nil && events.eventsAdded == 0)
        let again = try await store.importAttendance(data: TestSupport.fixture("small/attendance.csv"), fileName: "copy.csv")
        #expect(again.previouslyImportedAt != nil && again.attendancesAdded == 0)
        #expect(try await store.report(ReportRequest()).totals.attendances == 6)
    }

    @Test(arguments: Backend.available) func attendanceAlreadyStoredByAnotherSheetIsNotCountedAgain(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        let csv = "event;participant;gender\nE1;LV-01;\nE4;LV-01;\nE4;NEW-1;other\n"
        let outcome = try await store.importAttendance(data: Data(csv.utf8), fileName: "late.csv")
        #expect(outcome.attendancesAdded == 2 && outcome.attendancesAlreadyRecorded == 1 && outcome.participantsAdded == 1)
        let totals = try await store.report(ReportRequest()).totals
        #expect(totals.attendances == 8 && totals.uniqueParticipants == 6)
    }

    @Test(arguments: Backend.available) func overlappingEventsFileIsRefused(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        let csv = "code,date,town,country,kind,title,audience\nE9,2019-06-01,Amasya,Türkiye,workshop,New,ngo\nE2,2019-01-20,Daugavpils,Latvia,lesson,Again,school\n"
        let problems = await refusal { _ = try await store.importEvents(data: Data(csv.utf8), fileName: "more.csv") }
        #expect(problems == ["more.csv:3: column 'code': an event with code 'E2' is already recorded (2019-01-20, Daugavpils) with other details; remove the row, or give it a new code"])
        #expect(try await store.events().count == 5)
    }

    @Test(arguments: Backend.available) func badSignInSheetIsRefusedWhole(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        let csv = """
            event,participant,age band,gender,origin,consent listing
            E1,NEW-1,25-34,female,local,yes
            E77,NEW-2,,,,
            E1,,200-1,robot,abroad,maybe
            E1,NEW-1,,,,
            """
        let problems = await refusal { _ = try await store.importAttendance(data: Data(csv.utf8), fileName: "signin.csv") }
        #expect(problems == [
            "signin.csv:4: column 'age band': expected an age band such as 25-34 or 65+, found '200-1'",
            "signin.csv:4: column 'consent listing': expected yes or no (empty means no), found 'maybe'",
            "signin.csv:4: column 'gender': expected female, male or other (or leave it empty), found 'robot'",
            "signin.csv:4: column 'origin': expected local, international, found 'abroad'",
            "signin.csv:4: column 'participant': required, but empty (a pseudonymous key such as LV-0012; never a name)",
        ])
        let second = "event,participant\nE1,NEW-1\nE77,NEW-2\nE1,NEW-1\n"
        #expect(await refusal { _ = try await store.importAttendance(data: Data(second.utf8), fileName: "s.csv") } == [
            "s.csv:3: column 'event': no event 'E77' is recorded; import the events file first, or use a code or number from `ecolearn events list`",
            "s.csv:4: column 'participant': 'NEW-1' already signed in for event 'E1' on line 2",
        ])
        #expect(try await store.report(ReportRequest()).totals.attendances == 6)
    }

    @Test(arguments: Backend.available) func rowsWithFewerCellsThanTheHeaderAreRefusedAndNothingIsStored(_ backend: Backend) async throws {
        let store = try await TestSupport.smallDataSet(backend)
        let events = "code;date;town;country;kind;title;audience\nE8,2019-06-01,Amasya,Türkiye,workshop,New,ngo\nE9;2019-06-02;Amasya;Türkiye;workshop;x\n"
        #expect(await refusal { _ = try await store.importEvents(data: Data(events.utf8), fileName: "e.csv") } == [
            "e.csv:2: column 'date': missing: the row has 1 cell, the header 7 columns (typed with ',' instead of ';'? every column needs a cell, even an empty one)",
            "e.csv:3: column 'audience': missing: the row has 6 cells, the header 7 columns (typed with ',' instead of ';'? every column needs a cell, even an empty one)",
        ])
        let signIn = "event,participant,organisation,age band,gender,origin,consent listing,consent photos\nE1,TR-9002,Org\n"
        #expect(await refusal { _ = try await store.importAttendance(data: Data(signIn.utf8), fileName: "s.csv") } == [
            "s.csv:2: column 'age band': missing: the row has 3 cells, the header 8 columns (typed with ';' instead of ','? every column needs a cell, even an empty one)",
        ])
        #expect(try await store.events().count == 5)
        #expect(try await store.report(ReportRequest()).totals.attendances == 6)
    }

    @Test func datesAreCheckedAgainstTheCalendar() {
        #expect(DayDate("29.02.2020")?.description == "2020-02-29")
        #expect(DayDate("29.02.2019") == nil)
        #expect(DayDate("2019-1-5") == nil)
        #expect(DayDate("5.1.2019")?.description == "2019-01-05")
        #expect(DayDate("2019-13-01") == nil)
        #expect(DayDate("١٢.٠٣.٢٠١٩") == nil)
    }
}
