/// Writes a unit's quiz as Moodle XML (docs.moodle.org, "Moodle XML format"): every kind, with order as
/// Moodle's `ordering` question (absolute-position grading, as ecolearn scores it) and sort as `matching`.
public struct MoodleXMLWriter: Sendable {
    public var language: String

    public init(language: String) {
        self.language = language
    }

    /// The XML document and warnings about what Moodle XML could not hold.
    public func write(_ unit: LessonUnit) -> (text: String, warnings: [String]) {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
        var warnings: [String] = []
        var category = ""
        for question in unit.quiz?.questions ?? [] {
            let questionCategory = "$course$/top/ecolearn/\(unit.id)/\(question.assesses)"
            if questionCategory != category {
                category = questionCategory
                out += "  <question type=\"category\">\n    <category><text>\(Self.text(category))</text></category>\n  </question>\n"
            }
            if case .multiple(_, true) = question.body {
                warnings.append("question '\(question.id)': all_or_nothing is written as partial credit (Moodle multichoice has no all-or-nothing)")
            }
            for trap in MoodleTraps(question: question, languages: [language]).traps where !trap.giftOnly {
                warnings.append("question '\(question.id)': \(trap.message)" + (trap.hint.map { " (hint: \($0))" } ?? ""))
            }
            out += element(question)
        }
        return (out + "</quiz>\n", warnings)
    }

    private func element(_ question: Question) -> String {
        var out = "  <question type=\"\(type(of: question.body))\">\n"
        out += "    <name><text>\(Self.text(question.id))</text></name>\n"
        out += "    <questiontext format=\"plain_text\"><text>\(Self.text(question.prompt.text(in: language)))</text></questiontext>\n"
        out += "    <generalfeedback format=\"plain_text\"><text>\(Self.text(question.explanation?.text(in: language) ?? ""))</text></generalfeedback>\n"
        out += "    <defaultgrade>\(NumberText.format(question.points))</defaultgrade>\n"
        out += "    <penalty>0</penalty>\n    <hidden>0</hidden>\n"
        out += "    <idnumber>\(Self.text(question.id))</idnumber>\n"
        out += body(question.body)
        return out + "  </question>\n"
    }

    private func type(of body: QuestionBody) -> String {
        switch body {
        case .single, .multiple: "multichoice"
        case .truefalse: "truefalse"
        case .numeric: "numerical"
        case .short: "shortanswer"
        case .order: "ordering"
        case .match, .sort: "matching"
        }
    }

    private func body(_ body: QuestionBody) -> String {
        switch body {
        case .single(let options):
            return "    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>ABCD</answernumbering>\n"
                + options.map { answer(percent: ($0.weight ?? ($0.correct ? 1 : 0)) * 100, $0.text, feedback: $0.feedback) }.joined()
        case .multiple(let options, _):
            return "    <single>false</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>ABCD</answernumbering>\n"
                + options.map {
                    answer(percent: QuestionScoring.weight(of: $0, among: options) * 100, $0.text, feedback: $0.feedback)
                }.joined()
        case .truefalse(let answer, let feedbackTrue, let feedbackFalse):
            return self.answer(percent: answer ? 100 : 0, plain: "true", feedback: feedbackTrue)
                + self.answer(percent: answer ? 0 : 100, plain: "false", feedback: feedbackFalse)
        case .numeric(let numeric):
            var out = numericAnswer(weight: 1, numeric.value, tolerance: numeric.allowedError, feedback: numeric.feedback)
            for other in numeric.others {
                out += numericAnswer(weight: other.weight, other.value, tolerance: other.allowedError, feedback: other.feedback)
            }
            if let unit = numeric.unit {
                out += "    <units>\n      <unit><multiplier>1</multiplier><unit_name>\(Self.text(unit.text(in: language)))</unit_name></unit>\n    </units>\n"
                out += "    <unitgradingtype>0</unitgradingtype>\n    <showunits>3</showunits>\n    <unitsleft>0</unitsleft>\n"
            }
            return out
        case .short(let accepted):
            return "    <usecase>0</usecase>\n" + accepted.entries(in: language).map {
                answer(percent: $0.weight * 100, plain: $0.text, feedbackText: $0.feedback ?? "")
            }.joined()
        case .order(let items):
            var out = "    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>0</selectcount>\n"
            out += "    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n    <showgrading>SHOW</showgrading>\n    <numberingstyle>abc</numberingstyle>\n"
            for (position, item) in items.enumerated() {
                out += "    <answer fraction=\"\(position + 1)\" format=\"plain_text\"><text>\(Self.text(item.text(in: language)))</text></answer>\n"
            }
            return out
        case .match(let pairs):
            return "    <shuffleanswers>true</shuffleanswers>\n"
                + pairs.map { subquestion($0.left.text(in: language), $0.right.text(in: language)) }.joined()
        case .sort(let categories, let items):
            return "    <shuffleanswers>true</shuffleanswers>\n" + items.map { item in
                let category = categories.first { $0.id == item.category }?.text.text(in: language) ?? item.category
                return subquestion(item.text.text(in: language), category)
            }.joined()
        }
    }

    private func answer(percent: Double, _ text: LocalizedText, feedback: LocalizedText?) -> String {
        answer(percent: percent, plain: text.text(in: language), feedback: feedback)
    }

    private func answer(percent: Double, plain: String, feedback: LocalizedText?) -> String {
        answer(percent: percent, plain: plain, feedbackText: feedback?.text(in: language) ?? "")
    }

    private func answer(percent: Double, plain: String, feedbackText: String, extra: String = "") -> String {
        let fraction = NumberText.format((percent * 100_000).rounded() / 100_000)
        return "    <answer fraction=\"\(fraction)\" format=\"plain_text\">\n      <text>\(Self.text(plain))</text>\n" + extra
            + "      <feedback format=\"plain_text\"><text>\(Self.text(feedbackText))</text></feedback>\n    </answer>\n"
    }

    private func numericAnswer(weight: Double, _ value: Double, tolerance: Double, feedback: LocalizedText?) -> String {
        answer(percent: weight * 100, plain: NumberText.format(value), feedbackText: feedback?.text(in: language) ?? "",
               extra: "      <tolerance>\(NumberText.format(tolerance))</tolerance>\n")
    }

    private func subquestion(_ left: String, _ right: String) -> String {
        "    <subquestion format=\"plain_text\">\n      <text>\(Self.text(left))</text>\n"
            + "      <answer><text>\(Self.text(right))</text></answer>\n    </subquestion>\n"
    }

    /// `text` as element content: as it is when it has no markup characters, otherwise in CDATA (as Moodle's own
    /// exporter writes it; PHP's parser drops a space between an entity and a non-ASCII letter), with a `]]>`
    /// inside split across two sections.
    static func text(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        return "<![CDATA[" + text.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }
}
