import EcoLearn

/// The facts a teacher chooses a unit by (audiences, ages, time, topics, languages and their review state), as
/// a description list shown on the home page and on the unit's page.
enum UnitFacts {
    /// The site languages the unit is written in, in the unit's order.
    static func languages(of unit: LessonUnit) -> [String] {
        unit.languages.filter { SitePaths.languages.contains($0) }
    }

    static func audiences(of unit: LessonUnit, in language: String) -> String {
        unit.audiences.map { PackStrings.text(PackStrings.label(for: $0), in: language) }.joined(separator: ", ")
    }

    static func minutes(_ minutes: Int, in language: String) -> String {
        "\(minutes) \(PackStrings.text(.minutesShort, in: language))"
    }

    /// "English (original), Latvian (reviewed), Turkish (draft)" in `language`.
    static func reviewStates(of unit: LessonUnit, in language: String) -> String {
        languages(of: unit).map { code in
            let state: SiteLabel = code == unit.sourceLanguage ? .original
                : unit.reviewState(of: code) == .reviewed ? .reviewed : .draft
            return "\(SiteStrings.languageName(code, in: language)) (\(SiteStrings.text(state, in: language)))"
        }.joined(separator: ", ")
    }

    /// The `<dl>` of the unit's facts, with `extra` rows appended.
    static func list(of unit: LessonUnit, in language: String, extra: [(String, String)] = []) -> String {
        var rows: [(String, String)] = [
            (SiteStrings.text(.audience, in: language), audiences(of: unit, in: language)),
        ]
        if let ages = unit.ages { rows.append((SiteStrings.text(.ages, in: language), ages.description)) }
        rows.append((SiteStrings.text(.teachingTime, in: language), minutes(unit.minutes, in: language)))
        rows.append((SiteStrings.text(.topics, in: language), unit.topics.map { SiteTopics.name($0, in: language) }.joined(separator: ", ")))
        rows.append((SiteStrings.text(.languages, in: language), reviewStates(of: unit, in: language)))
        rows += extra
        var out = "<dl class=\"facts\">\n"
        for (term, value) in rows {
            out += "<dt>\(escape(term))</dt><dd>\(escape(value))</dd>\n"
        }
        return out + "</dl>\n"
    }
}
