import ArgumentParser
import EcoLearn
import Foundation

/// `ecolearn lessons list`: a table of the units that match the filters.
struct LessonsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List lesson units, with filters.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var libraryOptions: LibraryOptions
    @Option(help: "Only units with this topic.") var topic: String?
    @Option(help: "Only units for this audience: school, ngo, municipal, public.") var audience: Audience?
    @Option(help: "Only units in this language; titles are shown in it.") var lang: String?
    @Option(help: "Only units suitable for this age.") var age: Int?
    @Option(help: "Only units that take at most this many minutes.") var maxMinutes: Int?
    @Option(help: "Output format: table or json.") var format: Format = .table

    func validate() throws {
        if let topic, !Vocabulary.topics.contains(topic) {
            let near = Suggestion.closest(to: topic, in: Vocabulary.topics).map { " (did you mean '\($0)'?)" } ?? ""
            throw ValidationError("unknown topic '\(topic)'\(near)")
        }
    }

    func run() throws {
        let library = try libraryOptions.load()
        let filter = LessonFilter(topic: topic, audience: audience, language: lang, age: age, maxMinutes: maxMinutes)
        let broken = Set(library.diagnostics.filter { $0.severity == .error }.compactMap(\.file)).count
        if broken > 0 {
            Terminal.printError(
                "warning: \(broken) file\(broken == 1 ? " has" : "s have") errors; run `ecolearn check` to see them")
        }
        let summaries = library.units.filter(filter.matches).map { LessonSummary($0, titleLanguage: lang ?? $0.sourceLanguage) }
        switch format {
        case .json:
            try Terminal.printJSON(summaries)
        case .table:
            var table = TextTable(headers: ["id", "title", "audiences", "ages", "min", "languages"])
            for summary in summaries {
                let languages = summary.languages.sorted { $0.key < $1.key }.map { language, state in
                    state == "source" ? language : "\(language):\(state)"
                }
                table.rows.append([
                    summary.id, summary.title.count > 40 ? summary.title.prefix(39) + "…" : summary.title,
                    summary.audiences.joined(separator: ","),
                    summary.ages ?? "-", "\(summary.minutes)", languages.joined(separator: " "),
                ])
            }
            print(table.render(), terminator: "")
            print("\(summaries.count) of \(library.units.count) units")
        }
    }
}

extension Audience: ExpressibleByArgument {}
