/// A presented question as terminal text: the prompt, the numbered and lettered choices, and what to type.
struct QuestionText {
    var presented: PresentedQuestion
    var language: String
    var strings: QuizStrings

    /// The question, its choices and the instruction line.
    func render() -> String {
        let question = presented.question
        var out = question.prompt.text(in: language) + "\n"
        let choices = presented.choices(in: language)
        switch question.body {
        case .single, .multiple:
            out += lettered(choices)
        case .truefalse:
            out += lettered([strings.trueWord, strings.falseWord], letters: ["T", "F"])
        case .numeric, .short:
            break
        case .order:
            out += lettered(choices, withNumbers: false)
        case .match, .sort:
            out += numbered(presented.itemsToAnswer(in: language)) + lettered(choices, withNumbers: false)
        }
        return out + instruction() + "\n"
    }

    /// What to type for this question, in the quiz language.
    func instruction() -> String {
        let count = presented.choiceCount
        switch presented.question.body {
        case .single:
            return QuizStrings.fill(strings.selectOne, PaperCell.range(count), count <= 1 ? "1" : "1-\(count)")
        case .multiple:
            return strings.selectAll
        case .truefalse:
            return strings.trueFalse
        case .numeric(let numeric):
            return strings.typeNumber + (numeric.unit.map { " (\($0.text(in: language)))" } ?? "")
        case .short:
            return strings.typeText
        case .order:
            let example = (0..<min(4, count)).reversed().map(PresentedQuestion.letter).joined()
            return QuizStrings.fill(strings.putInOrder, example)
        case .match:
            return QuizStrings.fill(strings.matchEach, exampleLetters())
        case .sort:
            return QuizStrings.fill(strings.sortEach, exampleLetters())
        }
    }

    /// The correct answer as letters with the texts they stand for.
    func correctAnswer() -> String {
        let question = presented.question
        let key = presented.answerKey(in: language)
        let choices = presented.choices(in: language)
        func text(of letter: Character) -> String {
            guard let ascii = letter.asciiValue, ascii >= 65, Int(ascii - 65) < choices.count else { return "" }
            return choices[Int(ascii - 65)]
        }
        switch question.body {
        case .single, .multiple:
            return key.map { "\($0) \(text(of: $0))" }.joined(separator: "; ")
        case .truefalse(let answer, _, _):
            return answer ? "T \(strings.trueWord)" : "F \(strings.falseWord)"
        case .numeric(let numeric):
            let tolerance = numeric.allowedError > 0 ? " ± \(strings.number(numeric.allowedError))" : ""
            let unit = numeric.unit.map { " \($0.text(in: language))" } ?? ""
            let partial = PartialCreditText.numeric(numeric, number: strings.number, percent: strings.percent)
            return strings.number(numeric.value) + tolerance + unit + (partial.isEmpty ? "" : " (" + partial.joined(separator: "; ") + ")")
        case .short(let answers):
            let partial = PartialCreditText.short(answers, language: language, percent: strings.percent)
            return key + (partial.isEmpty ? "" : " (" + partial.joined(separator: "; ") + ")")
        case .order:
            return key + " (" + key.map { text(of: $0) }.joined(separator: " → ") + ")"
        case .match, .sort:
            let items = presented.itemsToAnswer(in: language)
            let pairs = zip(items, key).map { "\($0) → \($1) \(text(of: $1))" }
            return key + " (" + pairs.joined(separator: "; ") + ")"
        }
    }

    /// Choices as `  [1] A. text` (numbers are accepted for single, multiple and truefalse) or `  A. text`.
    private func lettered(_ texts: [String], letters: [String]? = nil, withNumbers: Bool = true) -> String {
        texts.enumerated().map { index, text in
            let letter = letters?[index] ?? PresentedQuestion.letter(index)
            return withNumbers ? "  [\(index + 1)] \(letter). \(text)\n" : "  \(letter). \(text)\n"
        }.joined()
    }

    private func numbered(_ texts: [String]) -> String {
        texts.enumerated().map { "  \($0.offset + 1). \($0.element)\n" }.joined()
    }

    /// An example answer for match and sort: a letter per item, e.g. `BAC`.
    private func exampleLetters() -> String {
        let count = presented.itemsToAnswer(in: language).count
        return (0..<count).map { PresentedQuestion.letter(($0 + 1) % max(1, presented.choiceCount)) }.joined()
    }
}
