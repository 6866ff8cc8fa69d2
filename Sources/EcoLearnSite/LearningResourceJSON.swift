import EcoLearn

/// The schema.org `LearningResource` description (LRMI properties) of a unit in one language, for the
/// `<script type="application/ld+json">` of its page.
enum LearningResourceJSON {
    /// The JSON-LD of `unit` in `language`. `url` is the page's absolute address when the site has one;
    /// `date` (YYYY-MM-DD) is when the unit's file last changed, when known.
    static func value(of unit: LessonUnit, in language: String, url: String?, date: String?) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@context", .string("https://schema.org")),
            ("@type", .string("LearningResource")),
        ]
        if let url { members += [("@id", .string(url)), ("url", .string(url))] }
        members += [
            ("identifier", .string(unit.id)),
            ("name", .string(unit.title.text(in: language))),
            ("description", .string(unit.summary.text(in: language))),
            ("inLanguage", .string(language)),
        ]
        if let ages = unit.ages { members.append(("typicalAgeRange", .string("\(ages.lower)-\(ages.upper)"))) }
        members.append(("timeRequired", .string("PT\(unit.minutes)M")))
        members.append(("educationalLevel", .array(levels(of: unit, in: language).map(JSONValue.string))))
        members.append(("audience", .array(unit.audiences.map { audience(for: $0, in: language) })))
        members.append(("teaches", .array(unit.objectives.map { .string($0.text.text(in: language)) })))
        let assessed = assessedObjectives(of: unit)
        if !assessed.isEmpty { members.append(("assesses", .array(assessed.map { .string($0.text.text(in: language)) }))) }
        members.append(("learningResourceType", .array(resourceTypes(of: unit).map(JSONValue.string))))
        members.append(("keywords", .array(unit.topics.map { .string(SiteTopics.name($0, in: language)) })))
        members.append(("license", .string(licenseURL(unit.license) ?? unit.license)))
        members.append(("isAccessibleForFree", .bool(true)))
        members.append(("author", .array(unit.authors.map { JSONValue.object([("@type", .string("Organization")), ("name", .string($0))]) })))
        members.append(("version", .number(unit.version)))
        if let date { members.append(("dateModified", .string(date))) }
        return .object(members)
    }

    /// The address of a licence's text, for the SPDX identifiers units may carry.
    static func licenseURL(_ spdx: String) -> String? {
        switch spdx {
        case "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/"
        case "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/"
        case "CC-BY-NC-4.0": "https://creativecommons.org/licenses/by-nc/4.0/"
        case "CC-BY-NC-SA-4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/"
        case "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/"
        default: nil
        }
    }

    /// The objectives the quiz assesses, in the order of the questions, each once.
    static func assessedObjectives(of unit: LessonUnit) -> [Objective] {
        var seen: Set<String> = []
        return (unit.quiz?.questions ?? []).compactMap { question in
            guard seen.insert(question.assesses).inserted else { return nil }
            return unit.objective(question.assesses)
        }
    }

    private static func resourceTypes(of unit: LessonUnit) -> [String] {
        var types = ["lesson plan"]
        if unit.activities.contains(where: { $0.worksheet != nil }) { types.append("worksheet") }
        if !(unit.quiz?.questions.isEmpty ?? true) { types.append("quiz") }
        types.append("presentation")
        return types
    }

    private static func audience(for audience: Audience, in language: String) -> JSONValue {
        let name = JSONValue.string(PackStrings.text(PackStrings.label(for: audience), in: language))
        if audience == .school {
            return .object([("@type", .string("EducationalAudience")), ("educationalRole", .string("student")),
                            ("audienceType", name)])
        }
        return .object([("@type", .string("Audience")), ("audienceType", name)])
    }

    /// School levels from the unit's ages (primary up to 11, lower secondary 12-15, upper secondary from 16)
    /// and adult education for audiences other than school, in `language`.
    static func levels(of unit: LessonUnit, in language: String) -> [String] {
        var levels: [[String: String]] = []
        if unit.audiences.contains(.school) {
            let ages = unit.ages ?? AgeRange(lower: 6, upper: 18)
            if ages.lower <= 11 { levels.append(["en": "Primary school", "lv": "Sākumskola", "tr": "İlkokul"]) }
            if ages.lower <= 15 && ages.upper >= 12 {
                levels.append(["en": "Lower secondary school", "lv": "Pamatskola", "tr": "Ortaokul"])
            }
            if ages.upper >= 16 { levels.append(["en": "Upper secondary school", "lv": "Vidusskola", "tr": "Lise"]) }
        }
        if unit.audiences.contains(where: { $0 != .school }) {
            levels.append(["en": "Adult education", "lv": "Pieaugušo izglītība", "tr": "Yetişkin eğitimi"])
        }
        return levels.map { $0[language] ?? $0["en"] ?? "" }
    }
}
