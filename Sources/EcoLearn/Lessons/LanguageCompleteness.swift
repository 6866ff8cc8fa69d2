/// How far one language has got across a library: for each unit, whether it is declared, how many texts
/// lack it and its review state.
public struct LanguageCompleteness: Sendable, Codable, Equatable {
    /// One unit's state in the language.
    public struct UnitState: Sendable, Codable, Equatable {
        public var unit: String
        public var declared: Bool
        public var texts: Int
        public var missing: Int
        public var review: TranslationState?

        /// Declared, every text present and reviewed.
        public var isReady: Bool { declared && missing == 0 && review == .reviewed }
    }

    public var language: String
    public var units: [UnitState]

    /// Units with every text in the language.
    public var completeCount: Int { units.filter { $0.missing == 0 && $0.declared }.count }
    /// Units complete and reviewed.
    public var readyCount: Int { units.filter(\.isReady).count }

    public init(language: String, units: [LessonUnit]) {
        self.language = language
        self.units = units.map { unit in
            let texts = unit.allTexts
            let missing = texts.filter { !$0.text.isPlain && $0.text[language] == nil }.count
            let declared = unit.languages.contains(language)
            return UnitState(unit: unit.id, declared: declared, texts: texts.count, missing: missing,
                             review: declared ? unit.reviewState(of: language) : nil)
        }
    }
}
