import EcoLearnTracking
import Foundation
import Testing

/// Recording one event typed field by field: checks named by field, derived totals, event lookup.
@Suite struct AddEventTests {
    private func input(
        code: String? = nil, date: String = "14.03.2019", kind: String = "seminar", audience: String = "municipal",
        lessons: [String] = [], headcount: String? = nil, groups: [(field: String, count: String)] = []
    ) -> EventInput {
        EventInput(
            code: code, date: date, town: "Daugavpils", country: "Latvia", title: "Household waste", kind: kind,
            audience: audience, language: "lv", lessons: lessons, headcount: headcount, groups: groups)
    }

    @Test(arguments: Backend.available) func everyProblemIsNamedByItsField(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let bad = EventInput(
            date: "2019-02-30", town: " ", country: "Latvia", title: "x", kind: "talk", audience: "kids",
            language: "latvian", lessons: ["waste-hierarchi"], headcount: "-3", groups: [("age 10-14", "many")])
        await #expect(throws: StoreError.invalidEvent([
            FieldProblem(field: "date", message: "expected YYYY-MM-DD or DD.MM.YYYY, found '2019-02-30'"),
            FieldProblem(field: "town", message: "required, but empty"),
            FieldProblem(field: "kind", message: "expected one of lesson, seminar, workshop, study-visit, public-action, found 'talk'"),
            FieldProblem(field: "audience", message: "expected one of school, ngo, municipal, public, found 'kids'"),
            FieldProblem(field: "language", message: "expected a language code such as lv, tr or en, found 'latvian'"),
            FieldProblem(field: "lessons", message: "no lesson unit 'waste-hierarchi' in the library (did you mean 'waste-hierarchy'?)"),
            FieldProblem(field: "headcount", message: "expected a whole number of people (0 or more), found '-3'"),
            FieldProblem(field: "age 10-14", message: "expected a whole number of people (0 or more), found 'many'"),
        ])) {
            try await store.addEvent(bad, knownLessons: TestSupport.lessons)
        }
        #expect(try await store.events().isEmpty)
    }

    @Test(arguments: Backend.available) func headcountIsTheLargestGroupSumWhenNotGiven(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        let event = try await store.addEvent(
            input(kind: "lesson", audience: "school", groups: [("female", "12"), ("male", "11"), ("age 10-14", "20")]),
            knownLessons: nil)
        #expect(event.headcount == 23)
        #expect(event.people == 23)
        #expect(event.event.date == "2019-03-14")
        #expect(event.event.reference == "1")
    }

    @Test(arguments: Backend.available) func codesAreUniqueAndFindable(_ backend: Backend) async throws {
        let store = try await TestSupport.store(backend)
        try await store.addEvent(input(code: "DGP-1"), knownLessons: nil)
        await #expect(throws: StoreError.invalidEvent([
            FieldProblem(field: "code", message: "an event with code 'DGP-1' already exists"),
        ])) {
            try await store.addEvent(input(code: "DGP-1"), knownLessons: nil)
        }
        #expect(try await store.event("DGP-1").event.id == 1)
        await #expect(throws: StoreError.eventNotFound("DGP-2")) { try await store.event("DGP-2") }
        let filtered = try await store.events(EventFilter(town: "daugavpils", kind: .seminar))
        #expect(filtered.count == 1)
        #expect(try await store.events(EventFilter(kind: .lesson)).isEmpty)
    }
}
