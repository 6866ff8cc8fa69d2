extension LessonDecoder {
    static let quizKeys = ["pass_percent", "questions"]
    static let commonQuestionKeys = ["id", "kind", "prompt", "assesses", "points", "explanation"]
    /// The fields each kind adds to the common ones.
    static let kindKeys: [QuestionKind: [String]] = [
        .single: ["options"],
        .multiple: ["options", "all_or_nothing"],
        .truefalse: ["answer", "feedback_true", "feedback_false"],
        .numeric: ["answer", "tolerance", "tolerance_percent", "unit", "answers"],
        .short: ["answers"],
        .order: ["items"],
        .match: ["pairs"],
        .sort: ["categories", "items"],
    ]
    static let allQuestionKeys: [String] = {
        var keys = commonQuestionKeys
        for kind in QuestionKind.allCases {
            for key in kindKeys[kind] ?? [] where !keys.contains(key) { keys.append(key) }
        }
        return keys
    }()
    static let optionKeys = ["text", "correct", "weight", "feedback"]
    static let numericAnswerKeys = ["value", "tolerance", "tolerance_percent", "weight", "feedback"]
    static let shortAnswerKeys = ["text", "weight", "feedback"]

    func quiz(_ node: YAMLNode, path: FieldPath) -> Quiz? {
        var passPercent = 60.0
        var questions: [Question] = []
        var sawQuestions = false
        let isMapping = decoder.fields(of: node, path: path, known: Self.quizKeys) { key, value in
            let here = path.appending(key)
            switch key {
            case "pass_percent": passPercent = decoder.number(value, path: here) ?? passPercent
            case "questions":
                sawQuestions = true
                questions = decoder.nonEmptyList(value, path: here, owner: "a quiz", what: "question")?
                    .compactMap { question($0.node, path: $0.path) } ?? []
            default: return false
            }
            return true
        }
        guard isMapping else { return nil }
        if !sawQuestions { decoder.missing("questions", in: node, path: path) }
        return Quiz(passPercent: passPercent, questions: questions, mark: decoder.mark(of: node))
    }

    private func question(_ node: YAMLNode, path: FieldPath) -> Question? {
        var id: String?, kind: QuestionKind?, prompt: LocalizedText?, assesses: String?, points = 1.0
        var explanation: LocalizedText?
        var specific: [(key: String, node: YAMLNode)] = []
        var seen: [String] = []
        let isMapping = decoder.fields(of: node, path: path, known: Self.allQuestionKeys) { key, value in
            let here = path.appending(key)
            seen.append(key)
            switch key {
            case "id": id = decoder.text(value, path: here)
            case "kind": kind = decoder.choice(value, path: here, as: QuestionKind.self)
            case "prompt": prompt = decoder.localized(value, path: here)
            case "assesses": assesses = decoder.text(value, path: here)
            case "points": points = decoder.number(value, path: here) ?? points
            case "explanation": explanation = decoder.localized(value, path: here)
            default:
                guard Self.allQuestionKeys.contains(key) else { return false }
                specific.append((key, value))
            }
            return true
        }
        guard isMapping else { return nil }
        for key in ["id", "kind", "prompt", "assesses"] where !seen.contains(key) {
            decoder.missing(key, in: node, path: path)
        }
        guard let kind else { return nil }
        let allowed = Self.kindKeys[kind] ?? []
        var fields: [String: YAMLNode] = [:]
        for (key, value) in specific {
            if allowed.contains(key) {
                fields[key] = value
            } else {
                decoder.error("'\(key)' is not a field of a \(kind.rawValue) question", at: value, path: path.appending(key),
                              hint: "a \(kind.rawValue) question has: \(allowed.joined(separator: ", "))")
            }
        }
        guard let body = body(of: kind, fields: fields, node: node, path: path),
              let id, let prompt, let assesses
        else { return nil }
        return Question(id: id, prompt: prompt, assesses: assesses, points: points, explanation: explanation,
                        body: body, mark: decoder.mark(of: node))
    }

    private func body(of kind: QuestionKind, fields: [String: YAMLNode], node: YAMLNode, path: FieldPath) -> QuestionBody? {
        func required(_ key: String) -> (YAMLNode, FieldPath)? {
            guard let value = fields[key] else {
                decoder.missing(key, in: node, path: path, hint: "a \(kind.rawValue) question needs '\(key)'")
                return nil
            }
            return (value, path.appending(key))
        }
        func optionalText(_ key: String) -> LocalizedText? {
            fields[key].flatMap { decoder.localized($0, path: path.appending(key)) }
        }
        switch kind {
        case .single, .multiple:
            guard let (value, here) = required("options"),
                  let options = decoder.list(value, path: here)?.compactMap({ option($0.node, path: $0.path) })
            else { return nil }
            if kind == .single { return .single(options: options) }
            let strict = fields["all_or_nothing"].flatMap { decoder.boolean($0, path: path.appending("all_or_nothing")) }
            return .multiple(options: options, allOrNothing: strict ?? false)
        case .truefalse:
            guard let (value, here) = required("answer"), let answer = decoder.boolean(value, path: here) else { return nil }
            return .truefalse(answer: answer, feedbackTrue: optionalText("feedback_true"),
                              feedbackFalse: optionalText("feedback_false"))
        case .numeric:
            if let list = fields["answers"] {
                return numericAnswers(list, fields: fields, path: path, unit: optionalText("unit")).map { .numeric($0) }
            }
            guard let (value, here) = required("answer"), let answer = decoder.number(value, path: here) else { return nil }
            let tolerance = fields["tolerance"].flatMap { decoder.number($0, path: path.appending("tolerance")) }
            let percent = fields["tolerance_percent"].flatMap { decoder.number($0, path: path.appending("tolerance_percent")) }
            return .numeric(NumericAnswer(value: answer, tolerance: tolerance, tolerancePercent: percent,
                                          unit: optionalText("unit")))
        case .short:
            guard let (value, here) = required("answers"), let answers = acceptedAnswers(value, path: here) else { return nil }
            return .short(answers: answers)
        case .order:
            guard let (value, here) = required("items") else { return nil }
            return .order(items: localizedList(value, path: here))
        case .match:
            guard let (value, here) = required("pairs"),
                  let pairs = decoder.list(value, path: here)?.compactMap({ pair($0.node, path: $0.path) })
            else { return nil }
            return .match(pairs: pairs)
        case .sort:
            guard let (categoriesNode, categoriesPath) = required("categories"),
                  let (itemsNode, itemsPath) = required("items")
            else { return nil }
            var categories: [SortCategory] = []
            decoder.fields(of: categoriesNode, path: categoriesPath, known: []) { id, value in
                if let text = decoder.localized(value, path: categoriesPath.appending(id)) {
                    categories.append(SortCategory(id: id, text: text, mark: decoder.mark(of: value)))
                }
                return true
            }
            let items = decoder.list(itemsNode, path: itemsPath)?.compactMap { sortItem($0.node, path: $0.path) } ?? []
            return .sort(categories: categories, items: items)
        }
    }

    private func option(_ node: YAMLNode, path: FieldPath) -> ChoiceOption? {
        var text: LocalizedText?, correct = false, weight: Double?, feedback: LocalizedText?
        let isMapping = decoder.fields(of: node, path: path, known: Self.optionKeys) { key, value in
            let here = path.appending(key)
            switch key {
            case "text": text = decoder.localized(value, path: here)
            case "correct": correct = decoder.boolean(value, path: here) ?? false
            case "weight": weight = decoder.number(value, path: here)
            case "feedback": feedback = decoder.localized(value, path: here)
            default: return false
            }
            return true
        }
        guard isMapping else { return nil }
        guard let text else {
            decoder.missing("text", in: node, path: path)
            return nil
        }
        return ChoiceOption(text: text, correct: correct, weight: weight, feedback: feedback, mark: decoder.mark(of: node))
    }

    /// `answers:` of a numeric question: the first entry is the right answer, the others earn their weight.
    private func numericAnswers(_ node: YAMLNode, fields: [String: YAMLNode], path: FieldPath, unit: LocalizedText?) -> NumericAnswer? {
        let here = path.appending("answers")
        for key in ["answer", "tolerance", "tolerance_percent"] where fields[key] != nil {
            decoder.error("give answer and tolerance, or a list of answers, not both", at: fields[key]!, path: path.appending(key),
                          hint: "move '\(key)' into the first entry of answers")
        }
        guard let entries = decoder.nonEmptyList(node, path: here, owner: "a numeric question", what: "answer") else { return nil }
        let alternatives = entries.compactMap { numericAlternative($0.node, path: $0.path) }
        guard alternatives.count == entries.count, let first = alternatives.first else { return nil }
        return NumericAnswer(
            value: first.value, tolerance: first.tolerance, tolerancePercent: first.tolerancePercent, unit: unit,
            feedback: first.feedback, others: Array(alternatives.dropFirst()))
    }

    private func numericAlternative(_ node: YAMLNode, path: FieldPath) -> NumericAlternative? {
        var value: Double?, tolerance: Double?, percent: Double?, weight: Double = 1, feedback: LocalizedText?
        let isMapping = decoder.fields(of: node, path: path, known: Self.numericAnswerKeys) { key, field in
            let here = path.appending(key)
            switch key {
            case "value": value = decoder.number(field, path: here)
            case "tolerance": tolerance = decoder.number(field, path: here)
            case "tolerance_percent": percent = decoder.number(field, path: here)
            case "weight": weight = decoder.number(field, path: here) ?? weight
            case "feedback": feedback = decoder.localized(field, path: here)
            default: return false
            }
            return true
        }
        guard isMapping else { return nil }
        guard let value else {
            decoder.missing("value", in: node, path: path)
            return nil
        }
        return NumericAlternative(value: value, tolerance: tolerance, tolerancePercent: percent, weight: weight,
                                  feedback: feedback, mark: decoder.mark(of: node))
    }

    private func pair(_ node: YAMLNode, path: FieldPath) -> MatchPair? {
        var left: LocalizedText?, right: LocalizedText?
        let isMapping = decoder.fields(of: node, path: path, known: ["left", "right"]) { key, value in
            switch key {
            case "left": left = decoder.localized(value, path: path.appending(key))
            case "right": right = decoder.localized(value, path: path.appending(key))
            default: return false
            }
            return true
        }
        guard isMapping else { return nil }
        if left == nil { decoder.missing("left", in: node, path: path) }
        if right == nil { decoder.missing("right", in: node, path: path) }
        guard let left, let right else { return nil }
        return MatchPair(left: left, right: right, mark: decoder.mark(of: node))
    }

    private func sortItem(_ node: YAMLNode, path: FieldPath) -> SortItem? {
        var text: LocalizedText?, category: String?
        let isMapping = decoder.fields(of: node, path: path, known: ["text", "category"]) { key, value in
            switch key {
            case "text": text = decoder.localized(value, path: path.appending(key))
            case "category": category = decoder.text(value, path: path.appending(key))
            default: return false
            }
            return true
        }
        guard isMapping else { return nil }
        if text == nil { decoder.missing("text", in: node, path: path) }
        if category == nil { decoder.missing("category", in: node, path: path) }
        guard let text, let category else { return nil }
        return SortItem(text: text, category: category, mark: decoder.mark(of: node))
    }

    /// `answers: {en: [a, b], lv: c}` or, in a one-language unit, `answers: [a, b]`; an entry may be
    /// `{ text: a, weight: 0.5, feedback: ... }`.
    private func acceptedAnswers(_ node: YAMLNode, path: FieldPath) -> AcceptedAnswers? {
        let mark = decoder.mark(of: node)
        if case .sequence = node.content {
            guard let answers = acceptedList(node, path: path) else { return nil }
            return AcceptedAnswers(byLanguage: ["*": answers], languages: ["*"], mark: mark, isPlain: true)
        }
        var byLanguage: [String: [AcceptedAnswer]] = [:]
        var languages: [String] = []
        let isMapping = decoder.fields(of: node, path: path, known: []) { language, value in
            if let answers = acceptedList(value, path: path.appending(language)) {
                byLanguage[language] = answers
                languages.append(language)
            }
            return true
        }
        return isMapping ? AcceptedAnswers(byLanguage: byLanguage, languages: languages, mark: mark) : nil
    }

    /// A list of accepted answers, or one answer written alone.
    private func acceptedList(_ node: YAMLNode, path: FieldPath) -> [AcceptedAnswer]? {
        guard case .sequence = node.content else { return acceptedAnswer(node, path: path).map { [$0] } }
        return decoder.list(node, path: path)?.compactMap { acceptedAnswer($0.node, path: $0.path) }
    }

    private func acceptedAnswer(_ node: YAMLNode, path: FieldPath) -> AcceptedAnswer? {
        guard case .mapping = node.content else { return decoder.text(node, path: path).map { AcceptedAnswer($0) } }
        var text: String?, weight: Double = 1, feedback: String?
        _ = decoder.fields(of: node, path: path, known: Self.shortAnswerKeys) { key, value in
            let here = path.appending(key)
            switch key {
            case "text": text = decoder.text(value, path: here)
            case "weight": weight = decoder.number(value, path: here) ?? weight
            case "feedback": feedback = decoder.text(value, path: here)
            default: return false
            }
            return true
        }
        guard let text else {
            decoder.missing("text", in: node, path: path)
            return nil
        }
        return AcceptedAnswer(text, weight: weight, feedback: feedback)
    }
}
