import EcoLearn
import EcoLearnTracking
import Foundation
import Testing

/// Events without a code are identified by date, town, country, kind and title: a sheet imported again, saved
/// with other line ends, another separator, a byte-order mark or decomposed letters, never doubles a headcount.
@Suite struct EventIdentityTests {
    static let rows = [
        ["date", "town", "country", "kind", "title", "audience", "headcount", "female"],
        ["2019-03-14", "Daugavpils", "Latvia", "lesson", "Sorting at school, 6b", "school", "24", "13"],
        ["15.03.2019", "Suluova", "Türkiye", "seminar", "Sıfır Atık İlçe semineri", "municipal", "18", ""],
        ["2019-03-16", "Amasya", "Türkiye", "public-action", "Clean-up day", "public", "40", "22"],
    ]

    /// The sheet as one spreadsheet or another saves it.
    static func sheet(separator: String = ",", lineEnd: String = "\n", bom: Bool = false, decomposed: Bool = false) -> Data {
        let text = rows.map { cells in
            cells.map { $0.contains(separator) ? "\"\($0)\"" : $0 }.joined(separator: separator)
        }.joined(separator: lineEnd) + lineEnd
        let written = decomposed ? text.decomposedStringWithCanonicalMapping : text
        return (bom ? Data([0xEF, 0xBB, 0xBF]) : Data()) + Data(written.utf8)
    }

    @Test(arguments: Backend.available) func reimportsInEveryLineEndAndEncodingAddNothing(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let first = try await store.importEvents(data: Self.sheet(), fileName: "events.csv")
        #expect(first.eventsAdded == 3 && first.eventsAlreadyRecorded == 0)
        let variants: [(String, Data)] = [
            ("CRLF", Self.sheet(lineEnd: "\r\n")), ("CR", Self.sheet(lineEnd: "\r")), ("BOM", Self.sheet(bom: true)),
            ("BOM CRLF ;", Self.sheet(separator: ";", lineEnd: "\r\n", bom: true)), ("tab", Self.sheet(separator: "\t")),
            ("NFD", Self.sheet(decomposed: true)),
            ("case", Data(String(decoding: Self.sheet(), as: UTF8.self).replacingOccurrences(of: "Daugavpils", with: "DAUGAVPILS")
                .replacingOccurrences(of: "Sıfır Atık İlçe", with: "SIFIR ATIK İLÇE").utf8)),
        ]
        for (name, data) in variants {
            let again = try await store.importEvents(data: data, fileName: "\(name).csv")
            #expect(again.previouslyImportedAt == nil, "\(name): the bytes differ, so this is not the hash check")
            #expect(again.eventsAdded == 0 && again.eventsAlreadyRecorded == 3, "\(name)")
        }
        let totals = try await store.report(ReportRequest()).totals
        #expect(totals.events == 3 && totals.headcount == 82)
    }

    @Test(arguments: Backend.available) func codedEventsResavedWithOtherLineEndsAddNothing(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let original = try TestSupport.fixture("small/events.csv")
        _ = try await store.importEvents(data: original, fileName: "events.csv", options: ImportOptions(knownLessons: TestSupport.lessons))
        let lf = String(decoding: original.dropFirst(3), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        let again = try await store.importEvents(data: Data(lf.utf8), fileName: "lf.csv", options: ImportOptions(knownLessons: TestSupport.lessons))
        #expect(again.eventsAdded == 0 && again.eventsAlreadyRecorded == 5)
        #expect(try await store.report(ReportRequest()).totals.headcount == 95)
    }

    @Test(arguments: Backend.available) func aLaterSheetWithOneNewRowAddsOnlyThatRow(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        _ = try await store.importEvents(data: Self.sheet(), fileName: "events.csv")
        let longer = String(decoding: Self.sheet(lineEnd: "\r\n"), as: UTF8.self)
            + "2019-04-02,Amasya,Türkiye,workshop,Compost,public,12,\r\n"
        let outcome = try await store.importEvents(data: Data(longer.utf8), fileName: "events-april.csv")
        #expect(outcome.eventsAdded == 1 && outcome.eventsAlreadyRecorded == 3)
        #expect(try await store.report(ReportRequest()).totals.headcount == 94)
    }

    @Test(arguments: Backend.available) func theSameEventWithOtherCountsIsRefused(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        _ = try await store.importEvents(data: Self.sheet(), fileName: "events.csv")
        let changed = String(decoding: Self.sheet(), as: UTF8.self).replacingOccurrences(of: ",40,22", with: ",41,22")
        await #expect(throws: ImportRefused.self) { try await store.importEvents(data: Data(changed.utf8), fileName: "fixed.csv") }
        do {
            _ = try await store.importEvents(data: Data(changed.utf8), fileName: "fixed.csv")
        } catch let refused as ImportRefused {
            #expect(refused.problems.map(\.description) == [
                "fixed.csv:4: the same event (same date, town, country, kind and title) is already recorded as event 3 with other details; remove the row, or give the title or a code that tells them apart",
            ])
        }
        #expect(try await store.report(ReportRequest()).totals.headcount == 82)
    }

    @Test(arguments: Backend.available) func twoRowsForOneCodelessEventInOneFileAreRefused(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let text = String(decoding: Self.sheet(), as: UTF8.self) + "14.03.2019,daugavpils,LATVIA,lesson,\"Sorting at school,  6b\",school,24,13\n"
        do {
            _ = try await store.importEvents(data: Data(text.utf8), fileName: "twice.csv")
            Issue.record("a repeated event was accepted")
        } catch let refused as ImportRefused {
            #expect(refused.problems.map(\.description) == [
                "twice.csv:5: the same event as line 2 (same date, town, country, kind and title); remove the repeated row, or give each event its own code",
            ])
        }
        #expect(try await store.events().isEmpty)
    }

    @Test(arguments: Backend.available) func eventsAddRefusesARecordedCodelessEvent(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        _ = try await store.importEvents(data: Self.sheet(), fileName: "events.csv")
        let input = EventInput(
            date: "16.03.2019", town: " amasya ", country: "TÜRKIYE", title: "clean-up DAY", kind: "public action",
            audience: "public", headcount: "40")
        await #expect(throws: StoreError.invalidInput([
            "this event is already recorded as event 3 (same date, town, country, kind and title); to record another one, give it a title that tells them apart",
        ])) { try await store.addEvent(input, knownLessons: nil) }
        #expect(try await store.events().count == 3)
    }

    @Test func keysFoldCaseFormAndTurkishI() {
        #expect(CaselessKey.fold(" TR-KIZ\u{200B} ") == CaselessKey.fold("tr-kız"))
        #expect(CaselessKey.fold("İZMİR") == CaselessKey.fold("izmir"))
        #expect(CaselessKey.fold("I\u{307}zmir") == CaselessKey.fold("İzmir"))
        #expect(CaselessKey.fold("Bērziņa  Anna") == "bērziņa anna")
        #expect(CaselessKey.fold("LV-0014") == "lv-0014")
        #expect(CaselessKey.fold("LV-0014") != CaselessKey.fold("LV-0041"))
    }
}
