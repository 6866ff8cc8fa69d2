/// A text in one or more languages, as written in a lesson unit: a map from language code to text, or a plain
/// string (allowed only in a unit with a single language).
public struct LocalizedText: Sendable, Hashable, Codable {
    /// One language's text and where it was written.
    public struct Entry: Sendable, Hashable, Codable {
        public var language: String
        public var text: String
        public var mark: SourceMark

        public init(language: String, text: String, mark: SourceMark) {
            self.language = language
            self.text = text
            self.mark = mark
        }
    }

    /// The entries in file order. A plain string is stored with the language `*` until the unit's single
    /// language is known (see `isPlain`).
    public var entries: [Entry]
    /// Where the text (the map or the plain string) starts.
    public var mark: SourceMark
    /// True when the unit wrote a plain string instead of a language map.
    public var isPlain: Bool

    public init(entries: [Entry], mark: SourceMark, isPlain: Bool = false) {
        self.entries = entries
        self.mark = mark
        self.isPlain = isPlain
    }

    /// A text built in code (tests, importers): one entry per language, no real source position.
    public init(_ texts: KeyValuePairs<String, String>, file: String = "") {
        let mark = SourceMark(file: file, line: 0, column: 0)
        self.entries = texts.map { Entry(language: $0.key, text: $0.value, mark: mark) }
        self.mark = mark
        self.isPlain = false
    }

    /// The text in `language`; a plain string answers for any language.
    public subscript(language: String) -> String? {
        if isPlain { return entries.first?.text }
        for entry in entries where entry.language == language { return entry.text }
        return nil
    }

    /// The text in `language`, or in the first language present when that one is missing.
    public func text(in language: String) -> String {
        self[language] ?? entries.first?.text ?? ""
    }

    /// The language codes present, in file order.
    public var languages: [String] { entries.map(\.language) }
}
