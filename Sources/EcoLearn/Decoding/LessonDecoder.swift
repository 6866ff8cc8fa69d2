/// Decodes a lesson unit (docs/AUTHORING.md) from its YAML tree in one pass over the fields. Structural and
/// type problems are reported here; the rules that need the whole unit or library are the `Validator`'s.
public struct LessonDecoder {
    static let unitKeys = [
        "id", "version", "title", "summary", "languages", "translations", "topics", "audiences", "ages",
        "minutes", "objectives", "key_points", "materials", "activities", "quiz", "sources", "license", "authors",
    ]
    static let requiredUnitKeys = [
        "id", "title", "summary", "languages", "topics", "audiences", "minutes", "objectives", "activities",
        "sources", "license",
    ]
    static let objectiveKeys = ["id", "text"]
    static let sourceKeys = ["title", "url", "year", "publisher", "confidence"]

    let decoder: NodeDecoder

    public init(decoder: NodeDecoder) {
        self.decoder = decoder
    }

    /// Decodes a unit; nil when a required field is missing or unreadable (the reasons are in the decoder's
    /// diagnostics).
    public func unit(from root: YAMLNode) -> LessonUnit? {
        let path = FieldPath()
        var id: String?, version = 1, title: LocalizedText?, summary: LocalizedText?
        var languages: [String]?, translations: [String: TranslationState] = [:]
        var topics: [String]?, audiences: [Audience]?, ages: AgeRange?, minutes: Int?
        var objectives: [Objective]?, keyPoints: [LocalizedText] = [], materials: [LocalizedText] = []
        var activities: [Activity]?, quiz: Quiz?, sources: [Source]?, license: String?, authors: [String] = []
        var seen: [String] = []
        var marks: [String: SourceMark] = [:]

        let isMapping = decoder.fields(of: root, path: path, known: Self.unitKeys) { key, value in
            let here = path.appending(key)
            seen.append(key)
            marks[key] = decoder.mark(of: value)
            switch key {
            case "id": id = decoder.text(value, path: here)
            case "version": version = decoder.integer(value, path: here) ?? version
            case "title": title = decoder.localized(value, path: here)
            case "summary": summary = decoder.localized(value, path: here)
            case "languages": languages = decoder.textList(value, path: here, what: "language")
            case "translations": translations = self.translations(value, path: here)
            case "topics": topics = decoder.textList(value, path: here, what: "topic")
            case "audiences":
                audiences = decoder.nonEmptyList(value, path: here, owner: "a unit", what: "audience")?.compactMap {
                    decoder.choice($0.node, path: $0.path, as: Audience.self)
                }
            case "ages": ages = self.ages(value, path: here)
            case "minutes": minutes = decoder.integer(value, path: here)
            case "objectives":
                objectives = decoder.nonEmptyList(value, path: here, owner: "a unit", what: "objective")?
                    .compactMap { objective($0.node, path: $0.path) }
            case "key_points": keyPoints = localizedList(value, path: here)
            case "materials": materials = localizedList(value, path: here)
            case "activities":
                activities = decoder.nonEmptyList(value, path: here, owner: "a unit", what: "activity")?
                    .compactMap { activity($0.node, path: $0.path) }
            case "quiz": quiz = self.quiz(value, path: here)
            case "sources":
                sources = decoder.nonEmptyList(value, path: here, owner: "a unit", what: "source")?
                    .compactMap { source($0.node, path: $0.path) }
            case "license": license = decoder.text(value, path: here)
            case "authors": authors = decoder.textList(value, path: here) ?? []
            default: return false
            }
            return true
        }
        guard isMapping else { return nil }
        let absent = Self.requiredUnitKeys.filter { !seen.contains($0) }
        if absent.count == 1 {
            decoder.missing(absent[0], in: root, path: path, hint: "every lesson unit has it; see docs/AUTHORING.md")
        } else if absent.count > 1 {
            decoder.error("missing required fields: \(absent.joined(separator: ", "))", at: root, path: path,
                          hint: "every lesson unit has them; `ecolearn lessons new ID` writes a skeleton")
        }
        guard let id, let title, let summary, let languages, let topics, let audiences, let minutes,
              let objectives, let activities, let sources, let license
        else { return nil }
        return LessonUnit(
            id: id, version: version, title: title, summary: summary, languages: languages,
            translations: translations, topics: topics, audiences: audiences, ages: ages, minutes: minutes,
            objectives: objectives, keyPoints: keyPoints, materials: materials, activities: activities, quiz: quiz,
            sources: sources, license: license, authors: authors, file: decoder.file, fieldMarks: marks)
    }

    func localizedList(_ node: YAMLNode, path: FieldPath) -> [LocalizedText] {
        decoder.list(node, path: path)?.compactMap { decoder.localized($0.node, path: $0.path) } ?? []
    }

    private func translations(_ node: YAMLNode, path: FieldPath) -> [String: TranslationState] {
        var states: [String: TranslationState] = [:]
        decoder.fields(of: node, path: path, known: []) { language, value in
            if let state = decoder.choice(value, path: path.appending(language), as: TranslationState.self) {
                states[language] = state
            }
            return true
        }
        return states
    }

    private func ages(_ node: YAMLNode, path: FieldPath) -> AgeRange? {
        if let text = node.scalarValue {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            if parts.count == 1, let age = parts[0], age > 0 { return AgeRange(lower: age, upper: age) }
            if parts.count == 2, let lower = parts[0], let upper = parts[1], lower > 0, lower <= upper {
                return AgeRange(lower: lower, upper: upper)
            }
        }
        decoder.error("expected an age range such as 10-14 or a single age, found \(node.shapeDescription)",
                      at: node, path: path, hint: "write the youngest and oldest age: 10-14")
        return nil
    }

    private func objective(_ node: YAMLNode, path: FieldPath) -> Objective? {
        var id: String?, text: LocalizedText?
        let isMapping = decoder.fields(of: node, path: path, known: Self.objectiveKeys) { key, value in
            switch key {
            case "id": id = decoder.text(value, path: path.appending(key))
            case "text": text = decoder.localized(value, path: path.appending(key))
            default: return false
            }
            return true
        }
        guard isMapping else { return nil }
        if id == nil { decoder.missing("id", in: node, path: path) }
        if text == nil { decoder.missing("text", in: node, path: path) }
        guard let id, let text else { return nil }
        return Objective(id: id, text: text, mark: decoder.mark(of: node))
    }

    private func source(_ node: YAMLNode, path: FieldPath) -> Source? {
        var title: String?, url: String?, year: Int?, publisher: String?, confidence = Source.Confidence.high
        let isMapping = decoder.fields(of: node, path: path, known: Self.sourceKeys) { key, value in
            let here = path.appending(key)
            switch key {
            case "title": title = decoder.text(value, path: here)
            case "url": url = decoder.text(value, path: here)
            case "year": year = decoder.integer(value, path: here)
            case "publisher": publisher = decoder.text(value, path: here)
            case "confidence": confidence = decoder.choice(value, path: here, as: Source.Confidence.self) ?? confidence
            default: return false
            }
            return true
        }
        guard isMapping else { return nil }
        guard let title else {
            decoder.missing("title", in: node, path: path)
            return nil
        }
        return Source(title: title, url: url, year: year, publisher: publisher, confidence: confidence,
                      mark: decoder.mark(of: node))
    }
}
