import Foundation

/// Reads a Moodle XML question bank (docs.moodle.org, "Moodle XML format") as Moodle 4.5's qformat_xml does:
/// multichoice (single and multiple), truefalse, shortanswer, numerical (tolerances, units), matching, ordering,
/// categories; description and essay questions and other types are skipped with a warning naming them. Texts
/// become lesson Markdown (`MoodleText`); images embedded as `@@PLUGINFILE@@` with a base64 `<file>` are saved
/// under `mediaFolder`, with their alt text or a TODO that `ecolearn check` reports.
public struct MoodleXMLReader: Sendable {
    public var file: String
    /// Where embedded images go, e.g. `media/compost`.
    public var mediaFolder: String

    public init(file: String, mediaFolder: String) {
        self.file = file
        self.mediaFolder = mediaFolder
    }

    /// An image to save with the questions: its path under media/ and its bytes.
    public struct MediaFile: Sendable, Hashable {
        public var path: String
        public var bytes: [UInt8]
    }

    /// What `read` found.
    public struct Result: Sendable {
        public var items: [MoodleItem] = []
        public var problems: [MoodleProblem] = []
        /// Questions left out on purpose (descriptions, essays, kinds ecolearn has not) and what was lost.
        public var skipped: [MoodleProblem] = []
        public var media: [MediaFile] = []
    }

    /// The questions of the document `data`.
    public func read(_ data: Data) -> Result {
        var result = Result()
        let root: XMLTree.Element
        do {
            root = try XMLTree.parse(data)
        } catch {
            result.problems.append(MoodleProblem(file: file, line: error.line, column: error.column, message: error.message))
            return result
        }
        guard root.name == "quiz" else {
            result.problems.append(problem(at: root, "the document is <\(root.name)>, not a Moodle question bank <quiz>"))
            return result
        }
        var category: String?
        for element in root.all("question") {
            let type = element.attributes["type"] ?? ""
            let name = element.textOf("name")
            let label = name.map { "'\($0)'" } ?? "at this line"
            switch type {
            case "category":
                let path = element.textOf("category") ?? ""
                category = path.split(separator: "/").last.map { String($0).trimmingWhitespace }
            case "description", "essay":
                result.skipped.append(problem(at: element, "\(type) \(label) skipped: ecolearn quizzes have no \(type) kind"))
            case "multichoice", "truefalse", "shortanswer", "numerical", "matching", "match", "ordering":
                do {
                    var reader = QuestionReader(owner: self, element: element)
                    var item = try reader.item(type: type)
                    item.category = category
                    result.items.append(item)
                    result.skipped += reader.losses
                    for file in reader.media where !result.media.contains(file) { result.media.append(file) }
                } catch {
                    result.problems.append(error)
                }
            default:
                result.skipped.append(problem(at: element, "question \(label) of type '\(type)' skipped: ecolearn has no such kind"))
            }
        }
        return result
    }

    fileprivate func problem(at element: XMLTree.Element, _ message: String) -> MoodleProblem {
        MoodleProblem(file: file, line: element.line, column: element.column, message: message)
    }
}

/// Reads one `<question>` element.
private struct QuestionReader {
    let owner: MoodleXMLReader
    let element: XMLTree.Element
    var losses: [MoodleProblem] = []
    var media: [MoodleXMLReader.MediaFile] = []

    init(owner: MoodleXMLReader, element: XMLTree.Element) {
        self.owner = owner
        self.element = element
    }

    /// Moodle's default overall feedback, which carries nothing worth keeping.
    static let defaultFeedback: Set<String> = ["", "Your answer is correct.", "Your answer is partially correct.", "Your answer is incorrect."]

    mutating func item(type: String) throws(MoodleProblem) -> MoodleItem {
        let name = element.textOf("name")
        guard let questionText = element.first("questiontext") else { throw problem(at: element, "the question has no <questiontext>") }
        let format = MoodleText.Format(xmlName: questionText.attributes["format"])
        let prompt = try text(of: questionText, format: format)
        guard !prompt.isEmpty else { throw problem(at: questionText, "the question has no text") }
        let general = try element.first("generalfeedback").map { feedback throws(MoodleProblem) in
            try text(of: feedback, format: MoodleText.Format(xmlName: feedback.attributes["format"]))
        }
        var points: Double?
        if let grade = element.first("defaultgrade")?.text.trimmingWhitespace, !grade.isEmpty {
            guard let value = Double(grade), value > 0 else { throw problem(at: element.first("defaultgrade")!, "defaultgrade must be a number above 0, found '\(grade)'") }
            points = value
        }
        for field in ["correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"] {
            if let feedback = element.first(field), let value = try? text(of: feedback, format: .html), !Self.defaultFeedback.contains(value) {
                lose(at: feedback, "the overall <\(field)> is left out (ecolearn has per-answer feedback and the explanation)")
            }
        }
        if !element.all("hint").isEmpty { lose(at: element.first("hint")!, "the hints are left out (ecolearn quizzes have no retries)") }
        return MoodleItem(
            name: name, category: nil, mark: SourceMark(file: owner.file, line: element.line, column: element.column),
            prompt: prompt, body: try body(type: type, format: format), generalFeedback: general.flatMap { $0.isEmpty ? nil : $0 },
            points: points)
    }

    private mutating func body(type: String, format: MoodleText.Format) throws(MoodleProblem) -> MoodleBody {
        switch type {
        case "multichoice":
            let single = element.first("single")?.text.trimmingWhitespace.lowercased() ?? "true"
            return .choices(try answers(format: format, plain: false), single: single == "true" || single == "1")
        case "truefalse":
            var answer: Bool?, feedbackTrue: String?, feedbackFalse: String?
            for (index, node) in element.all("answer").enumerated() {
                let word = node.ownText ?? ""
                let isTrue = word == "true" || (word != "false" && index == 0)
                let feedback = try node.first("feedback").map { feedback throws(MoodleProblem) in try text(of: feedback, format: format) }
                let right = Self.fraction(node) == 1
                // As Moodle: the last of the two answers decides.
                if isTrue { answer = right; feedbackTrue = feedback } else { answer = !right; feedbackFalse = feedback }
            }
            guard let answer else { throw problem(at: element, "a truefalse question needs its true and false answers") }
            return .truefalse(answer: answer, feedbackTrue: feedbackTrue.flatMap { $0.isEmpty ? nil : $0 },
                              feedbackFalse: feedbackFalse.flatMap { $0.isEmpty ? nil : $0 })
        case "shortanswer":
            if element.first("usecase")?.text.trimmingWhitespace == "1" {
                lose(at: element.first("usecase")!, "case-sensitive matching is left out (ecolearn ignores case)")
            }
            return .short(try answers(format: format, plain: true))
        case "numerical":
            return try numerical(format: format)
        case "ordering":
            if let grading = element.first("gradingtype")?.text.trimmingWhitespace.uppercased(),
                !["ABS", "ABSOLUTE", "ABSOLUTE_POSITION"].contains(grading) {
                lose(at: element.first("gradingtype")!, "graded by absolute position in ecolearn, not \(grading)")
            }
            var items: [String] = []
            for node in element.all("answer") { items.append(try text(of: node, format: MoodleText.Format(xmlName: node.attributes["format"]))) }
            guard items.count >= 2 else { throw problem(at: element, "an ordering question needs at least 2 items") }
            return .order(items)
        default:
            var pairs: [(left: String, right: String)] = []
            for node in element.all("subquestion") {
                let left = try text(of: node, format: MoodleText.Format(xmlName: node.attributes["format"]))
                let right = node.textOf("answer") ?? ""
                if left.isEmpty {
                    lose(at: node, "the extra answer '\(right)' (a distractor) is left out: ecolearn match pairs every answer")
                    continue
                }
                pairs.append((left, right))
            }
            guard pairs.count >= 2 else { throw problem(at: element, "a matching question needs at least 2 pairs") }
            return .match(pairs)
        }
    }

    private mutating func answers(format: MoodleText.Format, plain: Bool) throws(MoodleProblem) -> [MoodleBody.Answer] {
        var answers: [MoodleBody.Answer] = []
        for node in element.all("answer") {
            let answerFormat = plain ? .plain : MoodleText.Format(xmlName: node.attributes["format"])
            let text = plain ? (node.ownText ?? "") : try self.text(of: node, format: answerFormat)
            let feedback = try node.first("feedback").map { feedback throws(MoodleProblem) in
                try self.text(of: feedback, format: MoodleText.Format(xmlName: feedback.attributes["format"]))
            }
            answers.append(MoodleBody.Answer(text: text, weight: Self.fraction(node), feedback: feedback.flatMap { $0.isEmpty ? nil : $0 }))
        }
        guard !answers.isEmpty else { throw problem(at: element, "the question has no <answer>") }
        return answers
    }

    private mutating func numerical(format: MoodleText.Format) throws(MoodleProblem) -> MoodleBody {
        var answers: [MoodleBody.NumericAnswer] = []
        var otherwise: String?
        for node in element.all("answer") {
            let value = node.ownText ?? node.text.trimmingWhitespace
            let feedback = try node.first("feedback").map { feedback throws(MoodleProblem) in
                try text(of: feedback, format: MoodleText.Format(xmlName: feedback.attributes["format"]))
            }.flatMap { $0.isEmpty ? nil : $0 }
            if value == "*" {
                otherwise = feedback ?? ""
                continue
            }
            guard let number = Double(value), number.isFinite else { throw problem(at: node, "a numerical answer must be a number, found '\(value)'") }
            let toleranceText = node.first("tolerance")?.text.trimmingWhitespace ?? "0"
            guard let tolerance = Double(toleranceText.isEmpty ? "0" : toleranceText), tolerance >= 0 else {
                throw problem(at: node, "the tolerance must be a number >= 0, found '\(toleranceText)'")
            }
            answers.append(MoodleBody.NumericAnswer(value: number, tolerance: tolerance, weight: Self.fraction(node), feedback: feedback))
        }
        guard !answers.isEmpty else { throw problem(at: element, "a numerical question needs a number answer") }
        var unit: String?
        let units = element.first("units")?.all("unit") ?? []
        for node in units {
            let name = node.first("unit_name")?.text.trimmingWhitespace ?? ""
            let multiplier = Double(node.first("multiplier")?.text.trimmingWhitespace ?? "1") ?? 1
            if unit == nil, multiplier == 1 { unit = name } else { lose(at: node, "the unit '\(name)' (× \(NumberText.format(multiplier))) is left out: ecolearn has one unit per question") }
        }
        return .numeric(answers, otherwiseFeedback: otherwise, unit: unit)
    }

    /// An answer's `fraction` attribute (a percentage) as a fraction.
    private static func fraction(_ node: XMLTree.Element) -> Double {
        (Double(node.attributes["fraction"] ?? "0") ?? 0) / 100
    }

    /// The `<text>` of `node` as lesson Markdown, with its `@@PLUGINFILE@@` images saved from its `<file>`s.
    private mutating func text(of node: XMLTree.Element, format: MoodleText.Format) throws(MoodleProblem) -> String {
        let raw = node.first("text")?.text.trimmingWhitespace ?? ""
        var files: [String: XMLTree.Element] = [:]
        for file in node.all("file") { files[(file.attributes["path"] ?? "/") + (file.attributes["name"] ?? "")] = file }
        var saved: [MoodleXMLReader.MediaFile] = []
        let folder = owner.mediaFolder
        var converter = MoodleText()
        converter.image = { source, alt throws(MoodleText.Refusal) in
            guard source.hasPrefix("@@PLUGINFILE@@/") else {
                throw MoodleText.Refusal(message: "the image '\(source)' is not in the file (lesson images live under media/)")
            }
            let relative = String(source.dropFirst("@@PLUGINFILE@@".count)).removingPercentEncoding ?? ""
            guard let file = files[relative], let bytes = Data(base64Encoded: file.text, options: .ignoreUnknownCharacters) else {
                throw MoodleText.Refusal(message: "the image '\(relative)' has no <file> with its data")
            }
            // A file name Markdown can link to as it is: letters, digits, dot, hyphen and underscore.
            let original = relative.split(separator: "/").last.map(String.init) ?? "image"
            let name = String(original.unicodeScalars.map { scalar -> Character in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar))
                    ? Character(scalar) : "-"
            })
            guard case .success(let path) = MediaPath.check("\(folder)/\(name)") else {
                throw MoodleText.Refusal(message: "the image '\(name)' is not an SVG, PNG or JPEG file")
            }
            saved.append(MoodleXMLReader.MediaFile(path: path, bytes: [UInt8](bytes)))
            let description = alt.map { $0.trimmingWhitespace }.flatMap { $0.isEmpty ? nil : $0 } ?? "TODO describe this image"
            return "![\(description)](\(path))"
        }
        do {
            let markdown = try converter.markdown(raw, format: format)
            media += saved
            return markdown
        } catch {
            throw problem(at: node, error.message)
        }
    }

    private mutating func lose(at node: XMLTree.Element, _ message: String) {
        let name = element.textOf("name").map { "question '\($0)': " } ?? ""
        losses.append(MoodleProblem(file: owner.file, line: node.line, column: node.column, message: name + message))
    }

    private func problem(at node: XMLTree.Element, _ message: String) -> MoodleProblem {
        owner.problem(at: node, message)
    }
}
