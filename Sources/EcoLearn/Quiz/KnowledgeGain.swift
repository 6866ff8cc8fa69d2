/// Knowledge gained between a pre-test and a post-test of one unit, for the whole unit and per objective, over
/// matched pairs: the respondents who took both tests (keys compared as `CaselessKey` folds them). Someone who
/// took only one test says nothing about what the lesson changed, so they are counted but left out of the means.
///
/// This is the one definition of gain, shared with the participation report (docs/QUIZ.md, "Knowledge gain"):
/// a respondent's unit score is their result's percent; their score on an objective is the mean fraction earned
/// on the objective's questions, clamped to 0...1 (each question of an objective counts once); `Gain` takes the
/// means over the pairs and Hake's normalised gain of those means. Scores are fractions 0...1.
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

        /// The gain over matched pairs of scores; nil without any pair.
        public init?(pairs: [(pre: Double, post: Double)]) {
            guard !pairs.isEmpty else { return nil }
            self.init(meanPre: ItemAnalysis.mean(pairs.map(\.pre)), meanPost: ItemAnalysis.mean(pairs.map(\.post)))
        }
    }

    /// The gain of one objective.
    public struct ObjectiveGain: Sendable, Hashable, Codable {
        public var objective: String
        /// Matched pairs whose tests both have a question on the objective.
        public var matched: Int
        public var gain: Gain
    }

    public var unitID: String
    public var preCount: Int
    public var postCount: Int
    /// Respondents who appear in both tests: the pairs the means are taken over.
    public var matched: Int
    /// Nil when no respondent took both tests.
    public var unit: Gain?
    /// In the unit's objective order; objectives no pair has questions on in both tests are left out.
    public var objectives: [ObjectiveGain]

    /// The gain from `pre` to `post` results of `unit` (each a group's results, any variants). A respondent
    /// listed twice in one test counts with their last result.
    public init(unit: LessonUnit, pre: [QuizResult], post: [QuizResult]) {
        unitID = unit.id
        preCount = pre.count
        postCount = post.count
        var before: [String: QuizResult] = [:]
        for result in pre { before[CaselessKey.fold(result.respondent)] = result }
        var seen: Set<String> = []
        let pairs: [(pre: QuizResult, post: QuizResult)] = Array(post.reversed().compactMap {
            result -> (pre: QuizResult, post: QuizResult)? in
            let key = CaselessKey.fold(result.respondent)
            guard seen.insert(key).inserted, let earlier = before[key] else { return nil }
            return (earlier, result)
        }.reversed())
        matched = pairs.count
        self.unit = Gain(pairs: pairs.map { (pre: $0.pre.percent / 100, post: $0.post.percent / 100) })
        objectives = unit.objectives.compactMap { objective in
            let scores = pairs.compactMap { pair -> (pre: Double, post: Double)? in
                guard let before = Self.score(of: pair.pre, objective: objective.id),
                    let after = Self.score(of: pair.post, objective: objective.id)
                else { return nil }
                return (before, after)
            }
            return Gain(pairs: scores).map { ObjectiveGain(objective: objective.id, matched: scores.count, gain: $0) }
        }
    }

    /// A respondent's score on `objective`: the mean fraction earned on its questions, clamped to 0...1; nil when
    /// the result has no such question.
    public static func score(of result: QuizResult, objective: String) -> Double? {
        let fractions = result.answers.filter { $0.objective == objective }.map(\.fraction)
        guard !fractions.isEmpty else { return nil }
        return min(1, max(0, fractions.reduce(0, +) / Double(fractions.count)))
    }
}
