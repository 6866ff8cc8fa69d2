import EcoLearn

/// A quiz question as the unit's page shows it: the prompt, what to do, and the choices in the order of the
/// pack's first quiz sheet; never the answer (that is only in the teacher downloads).
enum QuestionPreview {
    /// The `<ol>` of the unit's questions in `language`, or nil when the unit has no quiz.
    static func list(of unit: LessonUnit, in language: String) -> String? {
        guard let quiz = unit.quiz, !quiz.questions.isEmpty else { return nil }
        let variant = QuizVariant.drawn(from: unit, seed: 1)
        var out = "<ol class=\"questions\">\n"
        for presented in variant.questions { out += item(presented, in: language) }
        return out + "</ol>\n"
    }

    private static func item(_ presented: PresentedQuestion, in language: String) -> String {
        let question = presented.question
        func label(_ label: PackLabel) -> String { escape(PackStrings.text(label, in: language)) }
        var out = "<li>\n<p class=\"prompt\">\(escape(question.prompt.text(in: language)))</p>\n"
        let lettered = zip(presented.letters, presented.choices(in: language)).map { "\($0). \($1)" }
        switch question.body {
        case .single, .multiple:
            out += "<p class=\"how\">\(label(question.kind == .single ? .selectOne : .selectAll))</p>\n"
            out += items(lettered, className: "choices")
        case .truefalse:
            out += "<p class=\"how\">\(label(.selectOne))</p>\n"
            out += items([PackStrings.text(.trueLabel, in: language), PackStrings.text(.falseLabel, in: language)],
                         className: "choices")
        case .numeric(let numeric):
            let unit = numeric.unit.map { " (\($0.text(in: language)))" } ?? ""
            out += "<p class=\"how\">\(label(.writeNumber))\(escape(unit))</p>\n"
        case .short:
            out += "<p class=\"how\">\(label(.writeAnswer))</p>\n"
        case .order:
            out += "<p class=\"how\">\(label(.numberItems))</p>\n" + items(lettered, className: "choices")
        case .match:
            out += "<p class=\"how\">\(label(.writeLetter))</p>\n"
            let left = presented.itemsToAnswer(in: language).enumerated().map { "\($0.offset + 1). \($0.element)" }
            out += items(left, className: "match-left") + items(lettered, className: "choices")
        case .sort:
            out += "<p class=\"how\">\(label(.tickOnePerRow))</p>\n"
            out += items(presented.itemsToAnswer(in: language), className: "match-left") + items(lettered, className: "choices")
        }
        return out + "</li>\n"
    }

    private static func items(_ texts: [String], className: String) -> String {
        "<ul class=\"\(className)\">\n" + texts.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
    }
}
