/// A unit's quiz: its questions and the pass mark.
public struct Quiz: Sendable, Hashable, Codable {
    public var passPercent: Double
    public var questions: [Question]
    public var mark: SourceMark

    public init(passPercent: Double = 60, questions: [Question], mark: SourceMark) {
        self.passPercent = passPercent
        self.questions = questions
        self.mark = mark
    }

    /// The question with this id.
    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }
}
