import ArgumentParser
import EcoLearnTracking

/// `ecolearn events add`: record one event typed on the command line.
struct EventsAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record one event, with its lessons and headcounts.")

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "Your own reference for the event, used by sign-in sheets (e.g. DGP-2019-03-S1).") var code: String?
    @Option(help: "The day: YYYY-MM-DD or DD.MM.YYYY.") var date: String
    @Option var town: String
    @Option(help: "The country's English name (Latvia, Türkiye), which Latvian and Turkish reports translate.")
    var country: String
    @Option(help: "lesson, seminar, workshop, study-visit or public-action.") var kind: String
    @Option var title: String
    @Option(help: "school, ngo, municipal or public.") var audience: String
    @Option(name: .customLong("lesson"), help: "A lesson unit id used (repeat for several).") var lessons: [String] = []
    @Option(help: "Language of the event (lv, tr, en, ...).") var language: String?
    @Option var organiser: String?
    @Option var facilitator: String?
    @Option(help: "People counted, not listed (e.g. a school class).") var headcount: String?
    @Option(help: "Counted women and girls.") var female: String?
    @Option(help: "Counted men and boys.") var male: String?
    @Option(help: "Counted people of another gender.") var other: String?
    @Option(help: "Counted people from the host town.") var local: String?
    @Option(help: "Counted people from abroad.") var international: String?
    @Option(name: .customLong("age"), help: ArgumentHelp("Counted people in an age band (repeat).", valueName: "band=N"))
    var ages: [String] = []

    func validate() throws {
        for age in ages where EventInput.ageGroup(age) == nil {
            throw ValidationError("--age: expected BAND=N such as 10-14=23, found '\(age)'")
        }
    }

    func run() async throws {
        try await Tracking.run {
            let groups = EventInput.groups(
                female: female, male: male, other: other, local: local, international: international, ageBands: ages)
            let input = EventInput(
                code: code, date: date, town: town, country: country, title: title, kind: kind, audience: audience,
                language: language, organiser: organiser, facilitator: facilitator, lessons: lessons,
                headcount: headcount, groups: groups)
            let known = lessons.isEmpty ? nil : Tracking.knownLessons(libraryOptions)
            let store = try await storeOptions.open(libraryOptions, create: true)
            let event: EventSummary
            do {
                event = try await store.addEvent(input, knownLessons: known)
            } catch StoreError.invalidEvent(let problems) {
                throw StoreError.invalidInput(problems.map { "--\(Self.option(for: $0.field)): \($0.message)" })
            }
            print("Recorded event \(event.event.reference): \(event.line)")
        }
    }

    /// The option that sets a field the library names (`age 10-14` is typed `--age 10-14=N`, `lessons` `--lesson`).
    static func option(for field: String) -> String {
        field.hasPrefix("age ") ? "age" : field == "lessons" ? "lesson" : field
    }
}
