/// A question as one quiz variant shows it: the question and the order of its lettered parts.
///
/// What `optionOrder` orders depends on the kind; entry `p` is the index, in the question as written, of the
/// part shown at position `p`:
/// - single, multiple: the options;
/// - order: the items (shown shuffled; the learner puts their letters in order);
/// - match: the right-hand sides (lettered; the left-hand sides stay in file order);
/// - sort: the items to sort (the categories stay in file order and are lettered);
/// - truefalse, numeric, short: empty.
public struct PresentedQuestion: Sendable, Hashable, Codable {
    public var question: Question
    public var optionOrder: [Int]

    public init(question: Question, optionOrder: [Int]) {
        self.question = question
        self.optionOrder = optionOrder
    }

    /// The question shown as written (no shuffling).
    public init(unshuffled question: Question) {
        self.init(question: question, optionOrder: Array(0..<PresentedQuestion.shuffledCount(of: question)))
    }

    /// How many parts of `question` a variant shuffles.
    static func shuffledCount(of question: Question) -> Int {
        switch question.body {
        case .single(let options), .multiple(let options, _): options.count
        case .order(let items): items.count
        case .match(let pairs): pairs.count
        case .sort(_, let items): items.count
        case .truefalse, .numeric, .short: 0
        }
    }

    /// The letter printed for the choice at `index`: A, B, ... Z, then AA, AB, ...
    public static func letter(_ index: Int) -> String {
        var number = index + 1
        var scalars: [Character] = []
        while number > 0 {
            number -= 1
            scalars.append(Character(Unicode.Scalar(UInt8(65 + number % 26))))
            number /= 26
        }
        return String(scalars.reversed())
    }

    /// single, multiple: the options in the order shown; empty for other kinds.
    public var presentedOptions: [ChoiceOption] {
        switch question.body {
        case .single(let options), .multiple(let options, _): optionOrder.map { options[$0] }
        default: []
        }
    }

    /// The texts a learner picks by letter, in letter order: the options (single, multiple), the shuffled items
    /// (order), the shuffled right-hand sides (match) or the categories (sort). Empty for the other kinds.
    public func choices(in language: String) -> [String] {
        switch question.body {
        case .single(let options), .multiple(let options, _):
            optionOrder.map { options[$0].text.text(in: language) }
        case .order(let items): optionOrder.map { items[$0].text(in: language) }
        case .match(let pairs): optionOrder.map { pairs[$0].right.text(in: language) }
        case .sort(let categories, _): categories.map { $0.text.text(in: language) }
        case .truefalse, .numeric, .short: []
        }
    }

    /// The letters of `choices`: A, B, C, ...
    public var letters: [String] { (0..<choiceCount).map(PresentedQuestion.letter) }

    /// How many lettered choices the question shows.
    public var choiceCount: Int {
        if case .sort(let categories, _) = question.body { return categories.count }
        return optionOrder.count
    }

    /// match, sort: the texts that each take one letter, in printed order (the left-hand sides in file order,
    /// or the items to sort in shuffled order). Empty for the other kinds.
    public func itemsToAnswer(in language: String) -> [String] {
        switch question.body {
        case .match(let pairs): pairs.map { $0.left.text(in: language) }
        case .sort(_, let items): optionOrder.map { items[$0].text.text(in: language) }
        default: []
        }
    }

    /// The presented position of the part written at `index` (the inverse of `optionOrder`).
    public func position(ofWritten index: Int) -> Int? {
        optionOrder.firstIndex(of: index)
    }

    /// The correct answer as the paper variant shows it, for answer keys and for the "correct answer" line:
    /// letters (`B`, `AC`), `T`/`F`, the number, the first accepted short answer, the order letters, or for
    /// match and sort one letter per item (`CAB`).
    public func answerKey(in language: String) -> String {
        switch question.body {
        case .single(let options), .multiple(let options, _):
            return optionOrder.enumerated()
                .filter { options[$0.element].correct }
                .map { PresentedQuestion.letter($0.offset) }
                .joined()
        case .truefalse(let answer, _, _):
            return answer ? "T" : "F"
        case .numeric(let numeric):
            return NumberText.format(numeric.value)
        case .short(let answers):
            return answers.answers(in: language).first ?? ""
        case .order(let items):
            return items.indices.compactMap { position(ofWritten: $0).map(PresentedQuestion.letter) }.joined()
        case .match(let pairs):
            return pairs.indices.compactMap { position(ofWritten: $0).map(PresentedQuestion.letter) }.joined()
        case .sort(let categories, let items):
            return optionOrder.map { index in
                let category = categories.firstIndex { $0.id == items[index].category } ?? 0
                return PresentedQuestion.letter(category)
            }.joined()
        }
    }
}
