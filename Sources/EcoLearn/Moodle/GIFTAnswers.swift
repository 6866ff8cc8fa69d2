/// Parses the raw text between `{` and `}` of a GIFT question the way Moodle 4.5's qformat_gift does: the kind
/// from the first of `#` (numeric), `~` (choice; single only when some answer starts with `=`), `=` with `->`
/// (matching), `T`/`TRUE`/`F`/`FALSE` written exactly so (true/false), anything else short answer; a `%weight%`
/// only where Moodle reads one (after `~`, and after `=` in short and numeric answers). Text before the first marker
/// is an answer too, as in Moodle (`{true}` is a short answer accepting "true").
struct GIFTAnswers {
    var file: String
    var line: Int
    /// The question text's format, the default of every answer and feedback text.
    var format: MoodleText.Format

    /// Moodle's pattern for a weight at the start of an answer.
    nonisolated(unsafe) private static let weightPattern = /^%(-*)([0-9]{1,2}\.?[0-9]*)%/

    func parse(_ raw: String) throws(MoodleProblem) -> (MoodleBody, String?) {
        let (answers, generalRaw) = GIFTScanner.cutLast(raw, at: "####")
        let general = try generalRaw.flatMap { raw throws(MoodleProblem) in try nonEmpty(raw) }
        let trimmed = answers.trimmingWhitespace
        guard !trimmed.isEmpty else { throw problem("the answer part { } is empty") }
        if trimmed.hasPrefix("#") { return (try numeric(String(trimmed.dropFirst())), general) }
        if GIFTScanner.contains(trimmed, "~") { return (try choices(trimmed), general) }
        if GIFTScanner.contains(trimmed, "="), GIFTScanner.contains(trimmed, "->") { return (try match(trimmed), general) }
        let (head, feedbackRaw) = GIFTScanner.cut(trimmed, at: "#")
        let word = head.trimmingWhitespace
        if ["T", "TRUE", "F", "FALSE"].contains(word) {
            var wrong: String?, right: String?
            if let feedbackRaw {
                let (first, second) = GIFTScanner.cut(feedbackRaw, at: "#")
                wrong = try nonEmpty(first)
                right = try second.flatMap { raw throws(MoodleProblem) in try nonEmpty(raw) }
            }
            // Moodle: {TRUE#feedback for a wrong answer#feedback for a right answer}.
            let answer = word.hasPrefix("T")
            return (.truefalse(answer: answer, feedbackTrue: answer ? right : wrong, feedbackFalse: answer ? wrong : right), general)
        }
        var shortAnswers: [MoodleBody.Answer] = []
        for part in GIFTScanner.split(trimmed, at: ["="]) { shortAnswers.append(try answer(part.text, defaultWeight: 1)) }
        return (.short(shortAnswers), general)
    }

    private func choices(_ raw: String) throws(MoodleProblem) -> MoodleBody {
        var choices: [MoodleBody.Answer] = []
        for part in GIFTScanner.split(raw, at: ["=", "~"]) {
            if part.marker == "=" {
                // Moodle reads no weight after `=` in a choice question: `=%30` is the answer "%30" at 100 %.
                choices.append(try answer(part.text, defaultWeight: 1, weighted: false))
            } else {
                choices.append(try answer(part.text, defaultWeight: 0))
            }
        }
        return .choices(choices, single: GIFTScanner.contains(raw, "="))
    }

    private func match(_ raw: String) throws(MoodleProblem) -> MoodleBody {
        var pairs: [(left: String, right: String)] = []
        for part in GIFTScanner.split(raw, at: ["="]) {
            let (left, right) = GIFTScanner.cut(part.text, at: "->")
            guard let right else { throw problem("a matching question needs every answer as =left -> right") }
            // Moodle reads a format tag on the left side only.
            pairs.append((try markdown(left), GIFTScanner.unescape(right).trimmingWhitespace))
        }
        return .match(pairs)
    }

    /// One answer: an optional `%weight%` (when `weighted`), the text and `#feedback`.
    private func answer(_ raw: String, defaultWeight: Double, weighted: Bool = true) throws(MoodleProblem) -> MoodleBody.Answer {
        let (body, weight) = weighted ? try self.weight(raw.trimmingWhitespace) : (raw.trimmingWhitespace, nil)
        let (text, feedback) = GIFTScanner.cut(body, at: "#")
        return MoodleBody.Answer(
            text: try markdown(text), weight: weight ?? defaultWeight,
            feedback: try feedback.flatMap { raw throws(MoodleProblem) in try nonEmpty(raw) })
    }

    /// Strips a leading `%n%` that Moodle reads as a weight and returns it as a fraction; other text is left as it is.
    private func weight(_ text: String) throws(MoodleProblem) -> (String, Double?) {
        guard let match = text.prefixMatch(of: Self.weightPattern) else { return (text, nil) }
        guard match.output.1.count <= 1, let percent = Double(match.output.1 + match.output.2) else {
            throw problem("the weight '\(match.output.0)' is not a number")
        }
        // Moodle takes everything up to the next % as the weight and the rest as the answer.
        return (String(text[match.range.upperBound...]), percent / 100)
    }

    private func numeric(_ raw: String) throws(MoodleProblem) -> MoodleBody {
        let (answerText, otherwise) = GIFTScanner.cut(raw, at: "~")
        var answers: [MoodleBody.NumericAnswer] = []
        for part in GIFTScanner.split(answerText, at: ["="]) {
            let parsed = try answer(part.text, defaultWeight: 1)
            let range = try interval(parsed.text)
            answers.append(MoodleBody.NumericAnswer(
                value: range.value, tolerance: range.tolerance,
                weight: parsed.weight, feedback: parsed.feedback))
        }
        guard !answers.isEmpty else { throw problem("a numeric question needs an answer after #") }
        let wrongFeedback = try otherwise.flatMap { GIFTScanner.cut($0, at: "#").1 }.flatMap { raw throws(MoodleProblem) in try nonEmpty(raw) }
        return .numeric(answers, otherwiseFeedback: wrongFeedback, unit: nil)
    }

    /// `value`, `value:tolerance` or `low..high` as a value and an absolute tolerance.
    private func interval(_ text: String) throws(MoodleProblem) -> (value: Double, tolerance: Double) {
        if let range = text.range(of: ".."), range.lowerBound > text.startIndex {
            guard let low = Double(String(text[..<range.lowerBound]).trimmingWhitespace),
                let high = Double(String(text[range.upperBound...]).trimmingWhitespace), low <= high
            else { throw problem("a numeric range is written {#low..high}, found '\(text)'") }
            return ((low + high) / 2, (high - low) / 2)
        }
        let pieces = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
        guard let value = Double(pieces[0]), value.isFinite else {
            throw problem("a numeric answer is written {#value} or {#value:tolerance}, found '\(text)'")
        }
        let tolerance = pieces.count > 1 ? Double(pieces[1]) : 0
        guard let tolerance, tolerance >= 0, tolerance.isFinite else {
            throw problem("the tolerance after ':' must be a number >= 0, found '\(pieces[1])'")
        }
        return (value, tolerance)
    }

    /// Raw GIFT text as lesson Markdown (escapes removed, a format tag honoured), nil when empty.
    private func nonEmpty(_ raw: String) throws(MoodleProblem) -> String? {
        let text = try markdown(raw)
        return text.isEmpty ? nil : text
    }

    private func markdown(_ raw: String) throws(MoodleProblem) -> String {
        do {
            return try MoodleText().gift(GIFTScanner.unescape(raw).trimmingWhitespace, defaultFormat: format).0
        } catch {
            throw problem(error.message)
        }
    }

    private func problem(_ message: String) -> MoodleProblem {
        MoodleProblem(file: file, line: line, message: message)
    }
}
