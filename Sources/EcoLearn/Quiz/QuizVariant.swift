/// One version of a unit's quiz: which questions, in which order, with which option orders.
///
/// The same unit, seed and count give the same variant on every machine, so a printed paper (which shows the
/// `code`) always matches its answer key and `ecolearn quiz score --seed`.
public struct QuizVariant: Sendable, Hashable, Codable {
    public var unitID: String
    public var unitVersion: Int
    /// The seed the variant was drawn with (0 for the unshuffled file order).
    public var seed: UInt64
    /// A short printable code, e.g. `K-2024`: a check letter (from unit, version and seed) and the seed.
    /// A paper whose check letter does not match was printed from another unit or version.
    public var code: String
    /// False for the quiz in file order (no seed).
    public var isShuffled: Bool
    public var questions: [PresentedQuestion]

    public init(
        unitID: String, unitVersion: Int, seed: UInt64, code: String, isShuffled: Bool = true,
        questions: [PresentedQuestion]
    ) {
        self.unitID = unitID
        self.unitVersion = unitVersion
        self.seed = seed
        self.code = code
        self.isShuffled = isShuffled
        self.questions = questions
    }

    /// The presented question with this id.
    public func question(_ id: String) -> PresentedQuestion? {
        questions.first { $0.question.id == id }
    }

    /// The code printed on a variant of `unitID` at `version` drawn with `seed`.
    public static func code(unitID: String, version: Int, seed: UInt64) -> String {
        let check = SplitMix64.stableHash("\(unitID)@\(version)#\(seed)") % 26
        return "\(PresentedQuestion.letter(Int(check)))-\(seed)"
    }
}
