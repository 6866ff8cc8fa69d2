import Foundation

/// Reads a pack spec (packs/*.yaml, docs/PACKS.md) with located errors: unknown keys with a "did you
/// mean", unknown parts, missing fields, wrong types.
public struct PackSpecDecoder: Sendable {
    static let keys = ["title", "language", "audience", "organisation", "lessons", "parts", "quiz"]
    static let required = ["title", "language", "audience", "lessons"]
    static let quizKeys = ["seed", "variants", "questions"]

    public init() {}

    /// Reads the spec file at `url`; `file` is the path shown in messages (relative to the workspace).
    public func load(_ url: URL, file: String) -> (spec: PackSpec?, diagnostics: [Diagnostic]) {
        guard let data = try? Data(contentsOf: url) else {
            return (nil, [Diagnostic(
                .error, at: nil, "cannot read the pack spec", hint: "check the path; specs live in packs/", file: file)])
        }
        return decode([UInt8](data), file: file)
    }

    /// Decodes a spec from its bytes.
    public func decode(_ bytes: [UInt8], file: String) -> (spec: PackSpec?, diagnostics: [Diagnostic]) {
        let output = YAMLReader().read(bytes, file: file)
        guard let root = output.root else { return (nil, output.diagnostics) }
        let decoder = NodeDecoder(file: file)
        let spec = spec(from: root, decoder: decoder, file: file)
        return (decoder.diagnostics.hasErrors ? nil : spec, output.diagnostics + decoder.diagnostics)
    }

    private func spec(from root: YAMLNode, decoder: NodeDecoder, file: String) -> PackSpec? {
        let path = FieldPath()
        var title: LocalizedText?, language: String?, audience: Audience?, organisation: String?
        var lessons: [String]?, lessonMarks: [SourceMark] = [], parts = PackPart.printed
        var quiz = PackSpec.QuizOptions()
        var marks: [String: SourceMark] = [:]
        let isMapping = decoder.fields(of: root, path: path, known: Self.keys) { key, value in
            let here = path.appending(key)
            marks[key] = decoder.mark(of: value)
            switch key {
            case "title": title = decoder.localized(value, path: here)
            case "language": language = decoder.text(value, path: here)
            case "audience": audience = decoder.choice(value, path: here, as: Audience.self)
            case "organisation": organisation = decoder.text(value, path: here)
            case "lessons":
                let items = decoder.list(value, path: here) ?? []
                lessons = items.compactMap { decoder.text($0.node, path: $0.path) }
                lessonMarks = items.map { decoder.mark(of: $0.node) }
            case "parts": parts = self.parts(value, path: here, decoder: decoder) ?? parts
            case "quiz": quiz = self.quiz(value, path: here, decoder: decoder)
            default: return false
            }
            return true
        }
        guard isMapping else { return nil }
        let absent = Self.required.filter { marks[$0] == nil }
        if !absent.isEmpty {
            decoder.error(
                "missing required field\(absent.count == 1 ? "" : "s"): \(absent.joined(separator: ", "))", at: root,
                path: path, hint: "a pack spec names title, language, audience and lessons")
        }
        guard let title, let language, let audience, let lessons else { return nil }
        return PackSpec(
            title: title, language: language, audience: audience, organisation: organisation, lessons: lessons,
            parts: parts, quiz: quiz, file: file, fieldMarks: marks,
            lessonMarks: lessonMarks.count == lessons.count ? lessonMarks : [])
    }

    private func parts(_ node: YAMLNode, path: FieldPath, decoder: NodeDecoder) -> [PackPart]? {
        guard let items = decoder.nonEmptyList(node, path: path, owner: "a pack", what: "part") else { return nil }
        var parts: [PackPart] = []
        for item in items {
            guard let part = decoder.choice(item.node, path: item.path, as: PackPart.self) else { continue }
            if parts.contains(part) {
                decoder.error("part '\(part.rawValue)' is listed twice", at: item.node, path: item.path,
                              hint: "remove the second entry")
                continue
            }
            parts.append(part)
        }
        return parts
    }

    private func quiz(_ node: YAMLNode, path: FieldPath, decoder: NodeDecoder) -> PackSpec.QuizOptions {
        var options = PackSpec.QuizOptions()
        decoder.fields(of: node, path: path, known: Self.quizKeys) { key, value in
            let here = path.appending(key)
            switch key {
            case "seed":
                guard let seed = decoder.integer(value, path: here) else { return true }
                if seed < 0 {
                    decoder.error("the seed must be 0 or more, not \(seed)", at: value, path: here)
                } else {
                    options.seed = UInt64(seed)
                }
            case "variants":
                guard let variants = decoder.integer(value, path: here) else { return true }
                if (1...26).contains(variants) {
                    options.variants = variants
                } else {
                    decoder.error("variants must be between 1 and 26, not \(variants)", at: value, path: here,
                                  hint: "most groups need 1 or 2")
                }
            case "questions":
                guard let count = decoder.integer(value, path: here) else { return true }
                if count >= 1 {
                    options.questions = count
                } else {
                    decoder.error("questions must be at least 1, not \(count)", at: value, path: here,
                                  hint: "leave it out to print every question")
                }
            default: return false
            }
            return true
        }
        return options
    }
}
