/// Adds questions to a unit's YAML file as text, leaving every existing byte as it was: the new items go
/// after the last question of `quiz.questions` (or into a new `quiz:` section at the end of the file).
public enum QuizFileEditor {
    /// Why the file could not be edited.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// `source` with `questions` appended to its quiz.
    public static func append(_ questions: [Question], to source: [UInt8], file: String) throws(Problem) -> [UInt8] {
        let output = YAMLReader().read(source, file: file)
        guard let root = output.root, case .mapping(let pairs) = root.content else {
            throw Problem(description: "\(file): cannot read the unit (run ecolearn check for details)")
        }
        var text = String(decoding: source, as: UTF8.self)
        guard let quizIndex = pairs.firstIndex(where: { $0.key.scalarValue == "quiz" }) else {
            if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
            text += "quiz:\n  questions:\n" + QuestionYAML(indent: 4).write(questions)
            return Array(text.utf8)
        }
        let quiz = pairs[quizIndex].value
        guard case .mapping(let quizPairs) = quiz.content,
            let questionsIndex = quizPairs.firstIndex(where: { $0.key.scalarValue == "questions" }),
            case .sequence(let items) = quizPairs[questionsIndex].value.content, let first = items.first
        else {
            throw Problem(description: "\(file): the quiz has no block list of questions to add to (hint: write at least one question under quiz: questions:)")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let firstLine = lines[Int(first.line) - 1]
        let dashColumn = firstLine.prefix { $0 == " " }.count
        guard firstLine.dropFirst(dashColumn).hasPrefix("-") else {
            throw Problem(description: "\(file): the quiz questions are written in flow style [...]; write them as a block list (- id: ...) first")
        }
        // The list ends where the next key of the quiz, or of the unit, begins.
        var end = lines.count
        if questionsIndex + 1 < quizPairs.count { end = Int(quizPairs[questionsIndex + 1].key.line) - 1 }
        if quizIndex + 1 < pairs.count { end = min(end, Int(pairs[quizIndex + 1].key.line) - 1) }
        // Step back over blank lines and comments that belong to what follows.
        while end > Int(first.line) {
            let previous = lines[end - 1]
            let indentation = previous.prefix { $0 == " " }.count
            if previous.trimmingWhitespace.isEmpty || (previous.trimmingWhitespace.hasPrefix("#") && indentation < dashColumn) {
                end -= 1
            } else {
                break
            }
        }
        let addition = QuestionYAML(indent: dashColumn).write(questions).split(separator: "\n").map(String.init)
        lines.insert(contentsOf: addition, at: end)
        return Array(lines.joined(separator: "\n").utf8)
    }
}
