import Foundation

/// Reads Moodle GIFT text into quiz questions (docs.moodle.org, "GIFT format"): names, categories, multiple
/// choice with `=`/`~` and `%weights%`, several answers, true/false with feedback, short answer, numeric
/// (`{#10:2}`, `{#5..15}`), matching, feedback `#`, general feedback `####`, comments `//`, escapes `\~ \= \# \{ \} \:`.
public struct GIFTReader {
    /// One problem with the GIFT text: the line of the question it belongs to and what is wrong.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String

        public var description: String { "\(file):\(line): \(message)" }
    }

    /// A question read from GIFT, before it becomes part of a unit.
    public struct Item: Sendable {
        public var name: String?
        /// The last part of the `$CATEGORY:` in force (an objective id when ecolearn wrote the file).
        public var category: String?
        public var line: Int
        public var prompt: String
        public var body: GIFTBody
        public var generalFeedback: String?
    }

    public var file: String

    public init(file: String) {
        self.file = file
    }

    /// The questions of `text`, and the problems of the blocks that could not be read (those are skipped).
    public func read(_ text: String) -> (items: [Item], problems: [Problem]) {
        var items: [Item] = []
        var problems: [Problem] = []
        var category: String?
        for block in blocks(of: text) {
            if block.text.hasPrefix("$CATEGORY:") {
                let path = String(block.text.dropFirst("$CATEGORY:".count)).trimmingSpaces
                category = path.split(separator: "/").last.map { String($0).trimmingSpaces }
                continue
            }
            do {
                var item = try question(block.text, line: block.line)
                item.category = category
                items.append(item)
            } catch let problem as Problem {
                problems.append(problem)
            } catch {
                problems.append(Problem(file: file, line: block.line, message: "\(error)"))
            }
        }
        return (items, problems)
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
            let trimmed = line.trimmingSpaces
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

    private func question(_ text: String, line: Int) throws -> Item {
        var scanner = GIFTScanner(Array(text))
        let name = scanner.name()
        let before = scanner.text(until: ["{"])
        guard scanner.consume("{") else {
            throw Problem(file: file, line: line, message: "no answer part: a GIFT question needs { ... } (description-only blocks are not imported)")
        }
        let answers = scanner.text(until: ["}"], raw: true)
        guard scanner.consume("}") else {
            throw Problem(file: file, line: line, message: "the answer part opened with { is never closed with }")
        }
        let after = scanner.text(until: [])
        var prompt = before.trimmingSpaces
        if !after.trimmingSpaces.isEmpty { prompt += " _____ " + after.trimmingSpaces }
        guard !prompt.isEmpty else { throw Problem(file: file, line: line, message: "the question has no text") }
        let (body, general) = try GIFTAnswers(file: file, line: line).parse(answers)
        return Item(name: name.map { $0.trimmingSpaces }, category: nil, line: line, prompt: prompt, body: body,
                    generalFeedback: general)
    }
}

/// The answer part of a GIFT question, by kind, as Moodle reads it.
public enum GIFTBody: Sendable {
    /// One answer: its text, the fraction of the mark it earns, and its feedback.
    public struct Answer: Sendable {
        public var text: String
        public var weight: Double
        public var feedback: String?
    }

    /// One answer of a numeric question: an interval, the fraction it earns, and its feedback.
    public struct NumericAnswer: Sendable {
        public var interval: (value: Double, tolerance: Double)
        public var weight: Double
        public var feedback: String?
    }

    /// A choice question; `single` when some answer was written with `=`.
    case choices([Answer], single: Bool)
    case truefalse(answer: Bool, wrongFeedback: String?, rightFeedback: String?)
    /// Numeric answers in order, and the feedback for any other answer (`~#...`).
    case numeric([NumericAnswer], otherwiseFeedback: String?)
    case short([Answer])
    case match([(left: String, right: String)])
}
