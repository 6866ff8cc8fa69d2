import Foundation
import Testing

/// `ecolearn events add` as a coordinator types it: the library names fields, the command names its options.
@Suite struct EventsAddCommandTests {
    private static let event = [
        "events", "add", "--db", "t.db", "--code", "DGP-2020-900", "--date", "14.01.2020", "--town", "Daugavpils",
        "--country", "Latvia", "--kind", "lesson", "--title", "Deposit bottles, class 6b", "--audience", "school",
        "--language", "lv", "--headcount", "24", "--female", "13", "--male", "11", "--age", "10-14=24",
    ]

    @Test func recordsTheEventItStored() throws {
        let folder = try TestSupport.folder()
        let result = try TrackingCLI.run(Self.event, in: folder)
        #expect(result == TrackingCLI.Result(
            status: 0,
            stdout: "Recorded event DGP-2020-900: 2020-01-14 Daugavpils, Latvia: lesson for school \"Deposit bottles, class 6b\"; 24 people\n",
            stderr: ""))
    }

    @Test func everyProblemIsNamedByItsOption() throws {
        let folder = try TestSupport.folder()
        let result = try TrackingCLI.run(
            ["events", "add", "--library", folder.path, "--db", "t.db", "--date", "31.02.2019", "--town", "Daugavpils",
             "--country", "Latvia", "--kind", "talk", "--title", "x", "--audience", "kids", "--lesson", "sorting-at-home",
             "--headcount", "5", "--female", "7", "--age", "10-14=many"],
            in: folder)
        #expect(result == TrackingCLI.Result(
            status: 1, stdout: "",
            stderr: """
                error: --date: expected YYYY-MM-DD or DD.MM.YYYY, found '31.02.2019'
                --kind: expected one of lesson, seminar, workshop, study-visit, public-action, found 'talk'
                --audience: expected one of school, ngo, municipal, public, found 'kids'
                --lesson: no lesson unit 'sorting-at-home' in the library
                --age: expected a whole number of people (0 or more), found 'many'
                --female: the gender counts add up to 7, more than the headcount of 5

                """))
    }

    @Test func aUsedCodeIsAProblemOfTheCodeOption() throws {
        let folder = try TestSupport.folder()
        _ = try TrackingCLI.run(Self.event, in: folder)
        let again = try TrackingCLI.run(Self.event, in: folder)
        #expect(again == TrackingCLI.Result(
            status: 1, stdout: "", stderr: "error: --code: an event with code 'DGP-2020-900' already exists\n"))
    }
}
