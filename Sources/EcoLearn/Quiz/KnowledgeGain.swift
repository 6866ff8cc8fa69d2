/// Knowledge gained between a pre-test and a post-test of one unit: mean scores, mean gain and the
/// normalised gain (post - pre) / (1 - pre), for the whole unit and per objective. Scores are fractions 0...1.
public struct KnowledgeGain: Sendable, Hashable, Codable {
    /// The gain over one set of questions (the unit, or the questions assessing one objective).
    public struct Gain: Sendable, Hashable, Codable {
        public var meanPre: Double
        public var meanPost: Double
        /// `meanPost - meanPre`.
        public var meanGain: Double
        /// `(meanPost - meanPre) / (1 - meanPre)`; nil when everyone already scored full marks before.
        public var normalisedGain: Double?

        public init(meanPre: Double, meanPost: Double) {
            self.meanPre = meanPre
            self.meanPost = meanPost
            self.meanGain = meanPost - meanPre
            self.normalisedGain = meanPre < 1 - 1e-12 ? (meanPost - meanPre) / (1 - meanPre) : nil
        }
    }

    /// The gain of one objective.
    public struct ObjectiveGain: Sendable, Hashable, Codable {
        public var objective: String
        public var gain: Gain
    }

    public var unitID: String
    public var preCount: Int
    public var postCount: Int
    /// Respondents who appear in both tests.
    public var matched: Int
    public var unit: Gain
    /// In the unit's objective order; objectives no question of either test assesses are left out.
    public var objectives: [ObjectiveGain]

    /// The gain from `pre` to `post` results of `unit` (each a group's results, any variants).
    public init(unit: LessonUnit, pre: [QuizResult], post: [QuizResult]) {
        unitID = unit.id
        preCount = pre.count
        postCount = post.count
        matched = Set(pre.map(\.respondent)).intersection(post.map(\.respondent)).count
        self.unit = Gain(
            meanPre: ItemAnalysis.mean(pre.map { $0.percent / 100 }),
            meanPost: ItemAnalysis.mean(post.map { $0.percent / 100 }))
        objectives = unit.objectives.compactMap { objective in
            let before = pre.compactMap { Self.score(of: $0, objective: objective.id) }
            let after = post.compactMap { Self.score(of: $0, objective: objective.id) }
            guard !before.isEmpty || !after.isEmpty else { return nil }
            return ObjectiveGain(
                objective: objective.id,
                gain: Gain(meanPre: ItemAnalysis.mean(before), meanPost: ItemAnalysis.mean(after)))
        }
    }

    /// The fraction of the points of `objective`'s questions that `result` earned (clamped to 0...1);
    /// nil when the result has no such question.
    static func score(of result: QuizResult, objective: String) -> Double? {
        let answers = result.answers.filter { $0.objective == objective }
        let maximum = answers.reduce(0) { $0 + $1.maxPoints }
        guard maximum > 0 else { return nil }
        return min(1, max(0, answers.reduce(0) { $0 + $1.points } / maximum))
    }
}
