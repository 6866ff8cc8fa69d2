/// What a printed pack holds (docs/PACKS.md): a title, a language, an audience, lessons and parts.
public struct PackSpec: Sendable, Hashable {
    /// How the quiz sheets are drawn.
    public struct QuizOptions: Sendable, Hashable {
        /// The seed of the first variant; variant `n` (from 0) uses `seed + n`.
        public var seed: UInt64
        /// How many variants to print (1...26).
        public var variants: Int
        /// How many questions each sheet draws from a unit's quiz; nil for all of them.
        public var questions: Int?

        public init(seed: UInt64 = 1, variants: Int = 1, questions: Int? = nil) {
            self.seed = seed
            self.variants = variants
            self.questions = questions
        }

        /// The seeds of the printed variants, in order.
        public var seeds: [UInt64] { (0..<UInt64(max(variants, 0))).map { seed &+ $0 } }
    }

    public var title: LocalizedText
    /// The language every text of the pack is printed in (one of `PackStrings.languages`).
    public var language: String
    public var audience: Audience
    public var organisation: String?
    /// Unit ids, in printing order.
    public var lessons: [String]
    /// The parts, in printing order.
    public var parts: [PackPart]
    public var quiz: QuizOptions
    /// The spec file (relative to the workspace), empty for a spec built on the command line.
    public var file: String
    /// Where each top-level field was written, for diagnostics.
    public var fieldMarks: [String: SourceMark]
    /// Where each entry of `lessons` was written (same order as `lessons`; empty when built in code).
    public var lessonMarks: [SourceMark]

    public init(
        title: LocalizedText, language: String, audience: Audience, organisation: String? = nil,
        lessons: [String], parts: [PackPart] = PackPart.printed, quiz: QuizOptions = QuizOptions(),
        file: String = "", fieldMarks: [String: SourceMark] = [:], lessonMarks: [SourceMark] = []
    ) {
        self.title = title
        self.language = language
        self.audience = audience
        self.organisation = organisation
        self.lessons = lessons
        self.parts = parts
        self.quiz = quiz
        self.file = file
        self.fieldMarks = fieldMarks
        self.lessonMarks = lessonMarks
    }

    /// The title in the pack's language.
    public var printedTitle: String { title.text(in: language) }

    /// Where lesson `index` was named (or the `lessons` field, or nothing when built in code).
    func markOfLesson(_ index: Int) -> SourceMark? {
        index < lessonMarks.count ? lessonMarks[index] : fieldMarks["lessons"]
    }
}
