/// Parses the raw text between `{` and `}` of a GIFT question.
struct GIFTAnswers {
    var file: String
    var line: Int

    func parse(_ raw: String) throws(GIFTReader.Problem) -> (GIFTBody, String?) {
        let (answers, generalRaw) = GIFTScanner.cut(raw, at: "####")
        let general = generalRaw.map { GIFTScanner.unescape($0).trimmingSpaces }
        let trimmed = answers.trimmingSpaces
        guard !trimmed.isEmpty else { throw problem("the answer part { } is empty") }
        if trimmed.hasPrefix("#") { return (try numeric(String(trimmed.dropFirst())), general) }
        let (head, feedbackRaw) = GIFTScanner.cut(trimmed, at: "#")
        switch head.trimmingSpaces.uppercased() {
        case "T", "TRUE", "F", "FALSE":
            let answer = head.trimmingSpaces.uppercased().hasPrefix("T")
            var wrong: String?, right: String?
            if let feedbackRaw {
                let (first, second) = GIFTScanner.cut(feedbackRaw, at: "#")
                wrong = nonEmpty(GIFTScanner.unescape(first))
                right = second.flatMap { nonEmpty(GIFTScanner.unescape($0)) }
            }
            return (.truefalse(answer: answer, wrongFeedback: wrong, rightFeedback: right), general)
        default:
            break
        }
        let parts = GIFTScanner.split(trimmed, at: ["=", "~"])
        if let stray = parts.first(where: { $0.marker == nil }) {
            throw problem("text '\(stray.text.trimmingSpaces.prefix(30))' before the first = or ~ in the answers")
        }
        if parts.contains(where: { $0.marker == "=" && GIFTScanner.cut($0.text, at: "->").1 != nil }) {
            var pairs: [(left: String, right: String)] = []
            for part in parts {
                let (left, right) = GIFTScanner.cut(part.text, at: "->")
                guard part.marker == "=", let right else {
                    throw problem("a matching question needs every answer as =left -> right")
                }
                pairs.append((GIFTScanner.unescape(left).trimmingSpaces, GIFTScanner.unescape(right).trimmingSpaces))
            }
            return (.match(pairs), general)
        }
        var choices: [GIFTBody.Choice] = []
        for part in parts { choices.append(try choice(part.marker == "=", part.text)) }
        if parts.allSatisfy({ $0.marker == "=" }) {
            return (.short(choices.filter { $0.weight >= 1 }.map(\.text)), general)
        }
        return (.choices(choices), general)
    }

    private func choice(_ isRight: Bool, _ raw: String) throws(GIFTReader.Problem) -> GIFTBody.Choice {
        var (body, weight) = try weighted(raw)
        let (text, feedback) = GIFTScanner.cut(body, at: "#")
        body = text
        let value = weight ?? (isRight ? 1 : 0)
        return GIFTBody.Choice(
            text: GIFTScanner.unescape(body).trimmingSpaces, weight: value, isRight: isRight,
            feedback: feedback.flatMap { nonEmpty(GIFTScanner.unescape($0)) })
    }

    /// Strips a leading `%n%` and returns the weight as a fraction.
    private func weighted(_ raw: String) throws(GIFTReader.Problem) -> (String, Double?) {
        let text = raw.trimmingSpaces
        guard text.hasPrefix("%") else { return (text, nil) }
        let rest = text.dropFirst()
        guard let end = rest.firstIndex(of: "%"), let percent = Double(rest[..<end]), percent.isFinite else {
            throw problem("a weight is written %50% (a percentage between % signs), found '\(text.prefix(12))'")
        }
        return (String(rest[rest.index(after: end)...]), percent / 100)
    }

    private func numeric(_ raw: String) throws(GIFTReader.Problem) -> GIFTBody {
        let parts = GIFTScanner.split(raw, at: ["="])
        var candidates: [(String, Double?)] = []
        for part in parts { candidates.append(try weighted(part.text)) }
        guard let best = candidates.first(where: { ($0.1 ?? 1) >= 1 }) else {
            throw problem("a numeric question needs a fully right answer")
        }
        let answer = GIFTScanner.cut(best.0, at: "#").0.trimmingSpaces
        if let range = answer.range(of: "..") {
            guard let low = Double(String(answer[..<range.lowerBound]).trimmingSpaces),
                let high = Double(String(answer[range.upperBound...]).trimmingSpaces), low <= high
            else { throw problem("a numeric range is written {#low..high}, found '\(answer)'") }
            return .numeric(value: (low + high) / 2, tolerance: (high - low) / 2)
        }
        let pieces = answer.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces }
        guard let value = Double(pieces[0]), value.isFinite else {
            throw problem("a numeric answer is written {#value} or {#value:tolerance}, found '\(answer)'")
        }
        let tolerance = pieces.count > 1 ? Double(pieces[1]) : 0
        guard let tolerance, tolerance >= 0 else {
            throw problem("the tolerance after ':' must be a number >= 0, found '\(pieces[1])'")
        }
        return .numeric(value: value, tolerance: tolerance)
    }

    private func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
    }

    private func problem(_ message: String) -> GIFTReader.Problem {
        GIFTReader.Problem(file: file, line: line, message: message)
    }
}
