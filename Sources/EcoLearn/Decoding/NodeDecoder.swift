/// Typed reading of a `YAMLNode` tree by the schema: every value is read as the type expected at its place,
/// and every problem becomes a diagnostic with file:line:col and the field path. Decoding never stops at the
/// first problem: a bad field is reported and skipped, so one run shows all of them.
public final class NodeDecoder {
    /// The file named in diagnostics.
    public let file: String
    /// Everything found so far.
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) {
        self.file = file
    }

    /// The mark of a node in this file.
    public func mark(of node: YAMLNode) -> SourceMark {
        SourceMark(file: file, line: Int(node.line), column: Int(node.column))
    }

    /// Records an error at a node.
    public func error(_ message: String, at node: YAMLNode, path: FieldPath, hint: String? = nil) {
        diagnostics.append(.error(message, at: mark(of: node), path: path.description, hint: hint))
    }

    /// Records a diagnostic made elsewhere.
    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    // MARK: Collections

    /// Walks a mapping's pairs once. `body` returns false for a key it does not know; that key is reported as
    /// unknown, with a "did you mean" from `known`. Returns false when the node is not a mapping.
    @discardableResult
    public func fields(
        of node: YAMLNode, path: FieldPath, known: [String], _ body: (String, YAMLNode) -> Bool
    ) -> Bool {
        guard case .mapping(let pairs) = node.content else {
            error("expected a mapping of fields (key: value), found \(node.shapeDescription)", at: node, path: path)
            return false
        }
        for pair in pairs {
            guard let key = pair.key.scalarValue else {
                error("a key must be a plain word, found \(pair.key.shapeDescription)", at: pair.key, path: path)
                continue
            }
            if !body(key, pair.value) {
                unknownKey(key, at: pair.key, path: path, known: known)
            }
        }
        return true
    }

    /// Reports a key that is not part of the format at this place.
    public func unknownKey(_ key: String, at node: YAMLNode, path: FieldPath, known: [String]) {
        let hint: String
        if let near = Suggestion.closest(to: key, in: known) {
            hint = "did you mean '\(near)'?"
        } else {
            hint = "known keys here: \(known.joined(separator: ", "))"
        }
        error("unknown key '\(key)'", at: node, path: path, hint: hint)
    }

    /// Reports a required field that is missing from a mapping.
    public func missing(_ key: String, in node: YAMLNode, path: FieldPath, hint: String? = nil) {
        error("missing required field '\(key)'", at: node, path: path, hint: hint)
    }

    /// The items of a list, each with its path; a single value where a list is expected is an error.
    public func list(_ node: YAMLNode, path: FieldPath) -> [(node: YAMLNode, path: FieldPath)]? {
        switch node.content {
        case .sequence(let items):
            return items.enumerated().map { ($0.element, path.appending($0.offset)) }
        case .scalar(let scalar) where scalar.isNull:
            return []
        default:
            error("expected a list, found \(node.shapeDescription)", at: node, path: path,
                  hint: "write one '- item' per line, or [a, b] on one line")
            return nil
        }
    }

    /// A list that must have at least one item: an empty one is reported as "`owner` needs at least one
    /// `what`". Items that fail to decode later do not make it count as empty.
    public func nonEmptyList(_ node: YAMLNode, path: FieldPath, owner: String, what: String, hint: String? = nil)
        -> [(node: YAMLNode, path: FieldPath)]?
    {
        guard let items = list(node, path: path) else { return nil }
        if items.isEmpty { error("\(owner) needs at least one \(what)", at: node, path: path, hint: hint) }
        return items
    }

    // MARK: Scalars

    /// A text value. Any scalar is text here, whatever it looks like (`no`, `2019`).
    public func text(_ node: YAMLNode, path: FieldPath, allowEmpty: Bool = false) -> String? {
        guard case .scalar(let scalar) = node.content else {
            error("expected text, found \(node.shapeDescription)", at: node, path: path)
            return nil
        }
        if scalar.isNull || isBlank(scalar.value) {
            if allowEmpty { return "" }
            error("expected text, found nothing", at: node, path: path, hint: "write the text after the colon")
            return nil
        }
        return scalar.value
    }

    /// A whole number written in decimal.
    public func integer(_ node: YAMLNode, path: FieldPath) -> Int? {
        guard case .scalar(let scalar) = node.content, scalar.style == .plain, let value = Int(scalar.value) else {
            error("expected a whole number, found \(node.shapeDescription)", at: node, path: path)
            return nil
        }
        return value
    }

    /// A decimal number (`10`, `-0.33`, `1e3`); quoted text, `.inf` and `.nan` are refused.
    public func number(_ node: YAMLNode, path: FieldPath) -> Double? {
        guard case .scalar(let scalar) = node.content, scalar.style == .plain,
              let value = Double(scalar.value), value.isFinite,
              scalar.value.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) })
        else {
            error("expected a number, found \(node.shapeDescription)", at: node, path: path,
                  hint: "write a decimal number with a point, e.g. 0.5")
            return nil
        }
        return value
    }

    /// `true` or `false` (YAML 1.1's yes/no/on/off are not booleans here).
    public func boolean(_ node: YAMLNode, path: FieldPath) -> Bool? {
        if case .scalar(let scalar) = node.content, scalar.style == .plain {
            switch scalar.value {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        error("expected true or false, found \(node.shapeDescription)", at: node, path: path)
        return nil
    }

    /// One of a fixed set of words, with a "did you mean" when it is not.
    public func choice<T: RawRepresentable & CaseIterable>(_ node: YAMLNode, path: FieldPath, as: T.Type) -> T?
    where T.RawValue == String {
        guard let word = text(node, path: path) else { return nil }
        if let value = T(rawValue: word) { return value }
        let names = T.allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: word, in: names).map { "did you mean '\($0)'?" }
            ?? "one of: \(names.joined(separator: ", "))"
        error("'\(word)' is not one of \(names.joined(separator: " | "))", at: node, path: path, hint: hint)
        return nil
    }

    /// A list of text values; with `what`, an empty list is reported as needing at least one.
    public func textList(_ node: YAMLNode, path: FieldPath, what: String? = nil) -> [String]? {
        let items = what.map { nonEmptyList(node, path: path, owner: "a unit", what: $0) } ?? list(node, path: path)
        guard let items else { return nil }
        return items.compactMap { text($0.node, path: $0.path) }
    }

    /// A localized text: a mapping from language code to text, or a plain string.
    public func localized(_ node: YAMLNode, path: FieldPath) -> LocalizedText? {
        switch node.content {
        case .scalar:
            guard let value = text(node, path: path) else { return nil }
            let mark = mark(of: node)
            return LocalizedText(entries: [.init(language: "*", text: value, mark: mark)], mark: mark, isPlain: true)
        case .mapping(let pairs):
            var entries: [LocalizedText.Entry] = []
            entries.reserveCapacity(pairs.count)
            for pair in pairs {
                guard let language = pair.key.scalarValue else {
                    error("a language code must be a plain word, found \(pair.key.shapeDescription)", at: pair.key, path: path)
                    continue
                }
                let entryPath = path.appending(language)
                guard let value = text(pair.value, path: entryPath) else { continue }
                entries.append(.init(language: language, text: value, mark: mark(of: pair.value)))
            }
            return LocalizedText(entries: entries, mark: mark(of: node))
        case .sequence:
            error("expected a text (a map of languages such as en:, lv:, tr:), found a list", at: node, path: path)
            return nil
        }
    }

    /// True when the text is empty or only ASCII spaces, tabs and line breaks (a byte scan: every text passes here).
    private func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
