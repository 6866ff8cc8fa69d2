/// Lays out one presented quiz question for paper, and its answer-key lines, in the pack's language.
struct QuestionComposer {
    let language: String

    /// Numbers and percentages as the pack's language writes them (`2,5`, Turkish `%50`).
    private var strings: QuizStrings { QuizStrings.forLanguage(language) }

    /// A weight given in percent, to three decimals (`33,333 %`), as the pack's language writes it.
    private func percent(_ value: Double) -> String { strings.percent(value, decimals: 3) }

    func view(of presented: PresentedQuestion, number: Int) -> QuestionView {
        let question = presented.question
        var view = QuestionView(
            number: number, prompt: question.prompt.text(in: language),
            points: question.points == 1 ? nil : "\(strings.exactNumber(question.points)) \(label(.points))",
            instruction: "", choices: [], numeric: nil, lines: [], order: [], match: [], sort: nil,
            key: presented.answerKey(in: language), keyLines: [],
            explanation: question.explanation.map { $0.text(in: language) })
        let choices = zip(presented.letters, presented.choices(in: language)).map { ChoiceView(letter: $0, text: $1) }
        switch question.body {
        case .single(let options), .multiple(let options, _):
            view.instruction = label(question.kind == .single ? .selectOne : .selectAll)
            view.choices = choices
            view.keyLines = presented.optionOrder.enumerated()
                .filter { options[$0.element].correct }
                .map { "\(PresentedQuestion.letter($0.offset)) — \(options[$0.element].text.text(in: language))" }
        case .truefalse(let answer, _, _):
            view.instruction = label(.selectOne)
            view.choices = [
                ChoiceView(letter: "T", text: label(.trueLabel)), ChoiceView(letter: "F", text: label(.falseLabel)),
            ]
            view.keyLines = [label(answer ? .trueLabel : .falseLabel)]
        case .numeric(let numeric):
            view.instruction = label(.writeNumber)
            let unit = numeric.unit.map { $0.text(in: language) }
            view.numeric = NumericView(unit: unit)
            let tolerance = numeric.allowedError > 0 ? " ± \(strings.exactNumber(numeric.allowedError))" : ""
            view.key = strings.exactNumber(numeric.value)
            view.keyLines = ["\(view.key)\(tolerance)\(unit.map { " \($0)" } ?? "")"]
                + PartialCreditText.numeric(numeric, number: strings.exactNumber, percent: percent)
        case .short(let answers):
            view.instruction = label(.writeAnswer)
            view.lines = [1, 2]
            view.keyLines = [answers.answers(in: language).joined(separator: " / ")]
                + PartialCreditText.short(answers, language: language, percent: percent)
        case .order(let items):
            view.instruction = label(.numberItems)
            view.order = choices
            view.keyLines = items.indices.compactMap { written in
                presented.position(ofWritten: written).map {
                    "\(written + 1). \(PresentedQuestion.letter($0)) — \(items[written].text(in: language))"
                }
            }
        case .match(let pairs):
            view.instruction = label(.writeLetter)
            view.match = pairs.indices.map { index in
                MatchRow(
                    number: index + 1, left: pairs[index].left.text(in: language),
                    letter: choices[index].letter, right: choices[index].text)
            }
            view.keyLines = pairs.indices.compactMap { index in
                presented.position(ofWritten: index).map {
                    "\(index + 1). \(pairs[index].left.text(in: language)) → \(PresentedQuestion.letter($0))"
                        + " — \(pairs[index].right.text(in: language))"
                }
            }
        case .sort(let categories, let items):
            view.instruction = label(.tickOnePerRow)
            let shown = presented.optionOrder.map { items[$0] }
            view.sort = SortView(
                categories: choices,
                items: shown.map { SortRow(text: $0.text.text(in: language), cells: choices.map(\.letter)) })
            view.keyLines = shown.map { item in
                let index = categories.firstIndex { $0.id == item.category } ?? 0
                return "\(item.text.text(in: language)) → \(PresentedQuestion.letter(index))"
                    + " — \(categories[index].text.text(in: language))"
            }
        }
        return view
    }

    private func label(_ label: PackLabel) -> String { PackStrings.text(label, in: language) }
}
