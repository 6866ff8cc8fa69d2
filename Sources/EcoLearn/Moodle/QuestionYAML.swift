/// Writes questions as block-style YAML in the authoring format, for a person to read and edit.
public struct QuestionYAML: Sendable {
    /// The column of the `-` of each question.
    public var indent: Int

    public init(indent: Int) {
        self.indent = indent
    }

    /// The questions as list items, each line ending in a newline.
    public func write(_ questions: [Question]) -> String {
        questions.map(item).joined()
    }

    private func item(_ question: Question) -> String {
        var lines: [String] = []
        let pad = String(repeating: " ", count: indent)
        func add(_ depth: Int, _ text: String) { lines.append(pad + String(repeating: "  ", count: depth) + text) }
        func addText(_ depth: Int, _ key: String, _ text: LocalizedText) {
            add(depth, "\(key):")
            for entry in text.entries { add(depth + 1, "\(entry.language): \(Self.scalar(entry.text))") }
        }
        lines.append(pad + "- id: \(Self.scalar(question.id))")
        add(1, "kind: \(question.kind.rawValue)")
        add(1, "assesses: \(Self.scalar(question.assesses))")
        if question.points != 1 { add(1, "points: \(NumberText.format(question.points))") }
        addText(1, "prompt", question.prompt)
        switch question.body {
        case .single(let options), .multiple(let options, _):
            if case .multiple(_, true) = question.body { add(1, "all_or_nothing: true") }
            add(1, "options:")
            for option in options {
                add(2, "- text:")
                for entry in option.text.entries { add(4, "\(entry.language): \(Self.scalar(entry.text))") }
                if option.correct { add(3, "correct: true") }
                if let weight = option.weight { add(3, "weight: \(NumberText.format(weight))") }
                if let feedback = option.feedback { addText(3, "feedback", feedback) }
            }
        case .truefalse(let answer, let feedbackTrue, let feedbackFalse):
            add(1, "answer: \(answer)")
            if let feedbackTrue { addText(1, "feedback_true", feedbackTrue) }
            if let feedbackFalse { addText(1, "feedback_false", feedbackFalse) }
        case .numeric(let numeric):
            if numeric.feedback == nil && numeric.others.isEmpty {
                add(1, "answer: \(NumberText.format(numeric.value))")
                add(1, interval(numeric.tolerance, numeric.tolerancePercent))
            } else {
                add(1, "answers:")
                add(2, "- value: \(NumberText.format(numeric.value))")
                add(3, interval(numeric.tolerance, numeric.tolerancePercent))
                if let feedback = numeric.feedback { addText(3, "feedback", feedback) }
                for other in numeric.others {
                    add(2, "- value: \(NumberText.format(other.value))")
                    add(3, interval(other.tolerance, other.tolerancePercent))
                    if other.weight != 1 { add(3, "weight: \(NumberText.format(other.weight))") }
                    if let feedback = other.feedback { addText(3, "feedback", feedback) }
                }
            }
            if let unit = numeric.unit { addText(1, "unit", unit) }
        case .short(let answers):
            add(1, "answers:")
            for language in answers.languages {
                let list = (answers.byLanguage[language] ?? []).map(Self.accepted).joined(separator: ", ")
                add(2, "\(language): [\(list)]")
            }
        case .order(let items):
            add(1, "items:")
            for item in items { add(2, "- " + flow(item)) }
        case .match(let pairs):
            add(1, "pairs:")
            for pair in pairs {
                add(2, "- left: " + flow(pair.left))
                add(3, "right: " + flow(pair.right))
            }
        case .sort(let categories, let items):
            add(1, "categories:")
            for category in categories { add(2, "\(category.id): " + flow(category.text)) }
            add(1, "items:")
            for item in items { add(2, "- { text: \(flow(item.text)), category: \(item.category) }") }
        }
        if let explanation = question.explanation { addText(1, "explanation", explanation) }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `tolerance: n`, or `tolerance_percent: n` when only that is given.
    private func interval(_ tolerance: Double?, _ percent: Double?) -> String {
        if let percent, tolerance == nil { return "tolerance_percent: \(NumberText.format(percent))" }
        return "tolerance: \(NumberText.format(tolerance ?? 0))"
    }

    /// An accepted answer in a flow list: the text, or `{ text: ..., weight: ..., feedback: ... }`.
    private static func accepted(_ answer: AcceptedAnswer) -> String {
        guard answer.weight != 1 || answer.feedback != nil else { return scalar(answer.text, inFlow: true) }
        var fields = ["text: \(scalar(answer.text, inFlow: true))"]
        if answer.weight != 1 { fields.append("weight: \(NumberText.format(answer.weight))") }
        if let feedback = answer.feedback { fields.append("feedback: \(scalar(feedback, inFlow: true))") }
        return "{ " + fields.joined(separator: ", ") + " }"
    }

    /// A text as a flow mapping `{ en: ..., lv: ... }` with every value double-quoted when it needs it.
    private func flow(_ text: LocalizedText) -> String {
        "{ " + text.entries.map { "\($0.language): \(Self.scalar($0.text, inFlow: true))" }.joined(separator: ", ") + " }"
    }

    /// `text` as a YAML scalar: plain when that reads back as the same text, otherwise double-quoted.
    static func scalar(_ text: String, inFlow: Bool = false) -> String {
        isPlainSafe(text, inFlow: inFlow) ? text : quoted(text)
    }

    private static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.first, let last = text.last, !first.isWhitespace, !last.isWhitespace else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        if text.contains(where: { $0.isNewline || $0 == "\t" || ($0.asciiValue.map { $0 < 32 } ?? false) }) { return false }
        if inFlow, text.contains(where: { ",[]{}".contains($0) }) { return false }
        let lowered = text.lowercased()
        if ["true", "false", "null", "~", "yes", "no", "on", "off"].contains(lowered) { return false }
        if Double(text) != nil { return false }
        return true
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 32 {
                    out += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
