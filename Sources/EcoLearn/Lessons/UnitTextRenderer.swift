/// The whole unit in one language as readable plain text, for `lessons show`.
public struct UnitTextRenderer: Sendable {
    public var language: String

    public init(language: String) {
        self.language = language
    }

    public func render(_ unit: LessonUnit) -> String {
        var out = ""
        func text(_ value: LocalizedText?) -> String { value.map { $0.text(in: language) } ?? "" }
        func section(_ title: String) { out += "\n## \(title)\n" }
        out += "# \(text(unit.title))\n"
        out += "\(unit.id) v\(unit.version) · \(unit.file)\n"
        let ages = unit.ages.map { " · ages \($0)" } ?? ""
        out += "\(unit.audiences.map(\.rawValue).joined(separator: ", "))\(ages) · \(unit.minutes) min · "
        out += "topics: \(unit.topics.joined(separator: ", "))\n"
        out += "languages: " + unit.languages.map {
            $0 == unit.sourceLanguage ? "\($0) (source)" : "\($0) (\(unit.reviewState(of: $0).rawValue))"
        }.joined(separator: ", ") + "\n\n"
        out += text(unit.summary) + "\n"
        section("Objectives")
        for objective in unit.objectives { out += "- [\(objective.id)] \(text(objective.text))\n" }
        if !unit.keyPoints.isEmpty {
            section("Key points")
            for point in unit.keyPoints { out += "- \(text(point))\n" }
        }
        if !unit.materials.isEmpty {
            section("Materials")
            for material in unit.materials { out += "- \(text(material))\n" }
        }
        for (index, activity) in unit.activities.enumerated() {
            section("Activity \(index + 1): \(text(activity.title)) (\(activity.kind.rawValue), \(activity.minutes) min)")
            out += text(activity.steps).trimmingTrailingNewlines() + "\n"
            for media in activity.media { out += "\n[image \(media.path): \(text(media.alt))]\n" }
            if let notes = activity.teacherNotes { out += "\nTeacher notes:\n\(text(notes).trimmingTrailingNewlines())\n" }
            if let worksheet = activity.worksheet { out += "\nWorksheet:\n\(text(worksheet).trimmingTrailingNewlines())\n" }
        }
        if let quiz = unit.quiz {
            section("Quiz (\(quiz.questions.count) questions, pass \(NumberText.format(quiz.passPercent))%)")
            for (index, question) in quiz.questions.enumerated() {
                out += "\(index + 1). [\(question.kind.rawValue), \(question.assesses)] \(text(question.prompt))\n"
            }
        }
        section("Sources")
        for source in unit.sources {
            let year = source.year.map { " (\($0))" } ?? ""
            out += "- \(source.title)\(year)\(source.url.map { " \($0)" } ?? "")\n"
        }
        out += "\nLicence: \(unit.license)"
        if !unit.authors.isEmpty { out += " · \(unit.authors.joined(separator: "; "))" }
        return out + "\n"
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var copy = self
        while copy.last == "\n" || copy.last == "\r\n" { copy.removeLast() }
        return copy
    }
}
