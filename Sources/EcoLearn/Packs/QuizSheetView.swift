/// The quiz sheets or the answer key: one group of pages per variant.
struct QuizPartView {
    var variants: [VariantView]
    var isEmpty: Bool
}

/// One variant (seed): a sheet per unit on the quiz, or the matching key.
struct VariantView {
    var anchor: String
    var number: Int
    var seed: String
    var sheets: [QuizSheetView]
}

/// One unit's quiz as one variant prints it.
struct QuizSheetView {
    var anchor: String
    var unitTitle: String
    var code: String
    var seed: String
    var passPercent: String
    var questions: [QuestionView]
}

/// A question on the paper, and its line in the answer key.
struct QuestionView {
    var number: Int
    var prompt: String
    var points: String?
    var instruction: String
    /// single, multiple, truefalse: the boxes to tick.
    var choices: [ChoiceView]
    /// numeric: the line to write the number on and the unit after it.
    var numeric: NumericView?
    /// short: the lines to write on.
    var lines: [Int]
    /// order: the items to number.
    var order: [ChoiceView]
    /// match: a row per left-hand side, with the lettered right-hand sides beside.
    var match: [MatchRow]
    /// sort: the categories as columns, an item per row.
    var sort: SortView?
    /// The key: the compact answer as typed into a results file (`B`, `T`, `CAB`).
    var key: String
    /// The key spelled out: one line per answer.
    var keyLines: [String]
    var explanation: String?
}

struct ChoiceView {
    var letter: String
    var text: String
}

struct NumericView {
    var unit: String?
}

struct MatchRow {
    var number: Int
    var left: String
    var letter: String
    var right: String
}

struct SortView {
    var categories: [ChoiceView]
    var items: [SortRow]
}

struct SortRow {
    var text: String
    var cells: [String]
}
