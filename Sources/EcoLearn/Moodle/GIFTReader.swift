import Foundation

/// Reads Moodle GIFT text into quiz questions (docs.moodle.org, "GIFT format"): names, categories, multiple
/// choice with `=`/`~` and `%weights%`, several answers, true/false with feedback, short answer, numeric
/// (`{#10:2}`, `{#5..15}`), matching, feedback `#`, general feedback `####`, comments `//`, escapes `\~ \= \# \{ \} \:`.
public struct GIFTReader: Sendable {
    public var file: String

    public init(file: String) {
        self.file = file
    }

    /// What `read` found: the questions, the blocks that could not be read, and the blocks left out on purpose.
    public struct Result: Sendable {
        public var items: [MoodleItem] = []
        public var problems: [MoodleProblem] = []
        /// Descriptions and essays, which ecolearn quizzes do not hold.
        public var skipped: [MoodleProblem] = []
    }

    /// The questions of `text`, and the problems of the blocks that could not be read (those are skipped).
    public func read(_ text: String) -> Result {
        var result = Result()
        var category: String?
        for block in blocks(of: text) {
            if block.text.hasPrefix("$CATEGORY:") {
                let path = String(block.text.dropFirst("$CATEGORY:".count)).trimmingWhitespace
                category = path.split(separator: "/").last.map { String($0).trimmingWhitespace }
                continue
            }
            do {
                guard var item = try question(block.text, line: block.line, skipped: &result.skipped) else { continue }
                item.category = category
                result.items.append(item)
            } catch {
                result.problems.append(error)
            }
        }
        return result
    }

    /// Questions are separated by blank lines; `//` comment lines are dropped.
    private func blocks(of text: String) -> [(text: String, line: Int)] {
        var blocks: [(String, Int)] = []
        var current: [String] = []
        var start = 1
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let line = String(raw)
            let trimmed = line.trimmingWhitespace
            if trimmed.hasPrefix("//") { continue }
            if trimmed.isEmpty {
                if !current.isEmpty { blocks.append((current.joined(separator: "\n"), start)) }
                current = []
                continue
            }
            if current.isEmpty { start = index + 1 }
            current.append(index == 0 && line.hasPrefix("\u{FEFF}") ? String(line.dropFirst()) : line)
        }
        if !current.isEmpty { blocks.append((current.joined(separator: "\n"), start)) }
        return blocks
    }

    private func question(_ text: String, line: Int, skipped: inout [MoodleProblem]) throws(MoodleProblem) -> MoodleItem? {
        var scanner = GIFTScanner(Array(text))
        let name = scanner.name()?.trimmingWhitespace
        let before = scanner.text(until: ["{"], raw: true)
        let label = name.map { "'\($0)'" } ?? "at this line"
        guard scanner.consume("{") else {
            skipped.append(MoodleProblem(file: file, line: line, message: "description \(label) skipped: ecolearn quizzes hold questions only"))
            return nil
        }
        let answers = scanner.text(until: ["}"], raw: true)
        guard scanner.consume("}") else {
            throw MoodleProblem(file: file, line: line, message: "the answer part opened with { is never closed with }")
        }
        let after = scanner.text(until: [], raw: true)
        if GIFTScanner.cutLast(answers, at: "####").0.trimmingWhitespace.isEmpty {
            skipped.append(MoodleProblem(file: file, line: line, message: "essay \(label) skipped: ecolearn quizzes have no essay kind"))
            return nil
        }
        let (rawPrompt, format) = MoodleText.splitFormatTag(GIFTScanner.unescape(before).trimmingWhitespace, defaultFormat: .moodle)
        var prompt = rawPrompt
        let tail = GIFTScanner.unescape(after).trimmingWhitespace
        if !tail.isEmpty { prompt += " _____ " + tail }
        do {
            prompt = try MoodleText().markdown(prompt, format: format)
        } catch {
            throw MoodleProblem(file: file, line: line, message: error.message)
        }
        guard !prompt.isEmpty else { throw MoodleProblem(file: file, line: line, message: "the question has no text") }
        let (body, general) = try GIFTAnswers(file: file, line: line, format: format).parse(answers)
        return MoodleItem(
            name: name, category: nil, mark: SourceMark(file: file, line: line, column: 1), prompt: prompt, body: body,
            generalFeedback: general)
    }
}
