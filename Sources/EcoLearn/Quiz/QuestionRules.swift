/// The per-kind rules of a quiz question (docs/AUTHORING.md, quiz questions).
struct QuestionRules {
    let question: Question
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(question: Question, path: String) {
        self.question = question
        self.path = path
    }

    mutating func check() {
        switch question.body {
        case .single(let options):
            checkOptions(options)
            let correct = options.filter(\.correct).count
            if correct != 1 {
                error("a single question needs exactly one correct option, found \(correct)", "options",
                      hint: correct == 0 ? "mark the right option with correct: true" : "use kind: multiple for several right answers")
            }
        case .multiple(let options, _):
            checkOptions(options)
            if options.filter(\.correct).isEmpty {
                error("a multiple question needs at least one correct option", "options", hint: "mark right options with correct: true")
            }
            let explicit = options.filter { $0.correct }.compactMap(\.weight)
            if explicit.count == options.filter(\.correct).count, !explicit.isEmpty {
                let sum = explicit.reduce(0, +)
                if abs(sum - 1) > 0.011 {
                    warning("the weights of the correct options add up to \(NumberText.format(sum)), not 1", "options",
                            hint: "a learner who picks every right option should get full marks")
                }
            }
        case .truefalse:
            break
        case .numeric(let answer):
            checkInterval(tolerance: answer.tolerance, percent: answer.tolerancePercent, at: question.mark, field: "")
            for (index, other) in answer.others.enumerated() {
                let field = "answers[\(index + 1)]."
                checkInterval(tolerance: other.tolerance, percent: other.tolerancePercent, at: other.mark, field: field)
                if !(0...1).contains(other.weight) {
                    diagnostics.append(.error("weight must be between 0 and 1, found \(NumberText.format(other.weight))",
                                              at: other.mark, path: "\(path).\(field)weight"))
                }
            }
        case .short(let answers):
            for language in answers.languages {
                let entries = answers.byLanguage[language] ?? []
                let field = answers.isPlain ? "answers" : "answers.\(language)"
                for entry in entries where !(0...1).contains(entry.weight) {
                    diagnostics.append(.error("the weight of '\(entry.text)' must be between 0 and 1, found \(NumberText.format(entry.weight))",
                                              at: answers.mark, path: "\(path).\(field)"))
                }
                if !entries.isEmpty, !entries.contains(where: { $0.weight >= 1 }) {
                    diagnostics.append(.error("no answer earns full marks", at: answers.mark, path: "\(path).\(field)",
                                              hint: "leave out the weight of the fully right answer"))
                }
            }
        case .order(let items):
            if items.count < 2 { error("an order question needs at least 2 items, found \(items.count)", "items") }
        case .match(let pairs):
            if pairs.count < 2 { error("a match question needs at least 2 pairs, found \(pairs.count)", "pairs") }
        case .sort(let categories, let items):
            if categories.count < 2 {
                error("a sort question needs at least 2 categories, found \(categories.count)", "categories")
            }
            if items.isEmpty { error("a sort question needs items to sort", "items") }
            let ids = categories.map(\.id)
            for (index, item) in items.enumerated() where !ids.contains(item.category) {
                let near = Suggestion.closest(to: item.category, in: ids).map { "did you mean '\($0)'?" }
                diagnostics.append(.error(
                    "item's category '\(item.category)' is not one of the categories (\(ids.joined(separator: ", ")))",
                    at: item.mark, path: "\(path).items[\(index)].category", hint: near))
            }
        }
    }

    /// A numeric interval needs exactly one of tolerance and tolerance_percent, 0 or more.
    private mutating func checkInterval(tolerance: Double?, percent: Double?, at mark: SourceMark, field: String) {
        func add(_ message: String, _ key: String, hint: String? = nil) {
            diagnostics.append(.error(message, at: mark, path: "\(path).\(field)\(key)", hint: hint))
        }
        if tolerance == nil && percent == nil {
            add("a numeric question needs a tolerance (0 for an exact answer) or tolerance_percent", "tolerance")
        }
        if let tolerance, tolerance < 0 { add("tolerance must be 0 or more, found \(NumberText.format(tolerance))", "tolerance") }
        if let percent, percent < 0 { add("tolerance_percent must be 0 or more, found \(NumberText.format(percent))", "tolerance_percent") }
        if tolerance != nil && percent != nil { add("give tolerance or tolerance_percent, not both", "tolerance") }
    }

    private mutating func checkOptions(_ options: [ChoiceOption]) {
        if options.count < 2 { error("a choice question needs at least 2 options, found \(options.count)", "options") }
        for (index, option) in options.enumerated() {
            if let weight = option.weight, !(-1...1).contains(weight) {
                diagnostics.append(.error("weight must be between -1 and 1, found \(NumberText.format(weight))",
                                          at: option.mark, path: "\(path).options[\(index)].weight"))
            }
        }
    }

    private mutating func error(_ message: String, _ field: String, hint: String? = nil) {
        diagnostics.append(.error(message, at: question.mark, path: "\(path).\(field)", hint: hint))
    }

    private mutating func warning(_ message: String, _ field: String, hint: String? = nil) {
        diagnostics.append(.warning(message, at: question.mark, path: "\(path).\(field)", hint: hint))
    }
}
