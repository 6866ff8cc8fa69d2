/// Item analysis over many results of one quiz: how hard each question was, how well it separated strong
/// from weak learners, and which wrong options nobody chose.
public enum ItemAnalysis {
    /// Facility below this flags a question as hard.
    public static let hardBelow = 0.3
    /// Facility above this flags a question as easy.
    public static let easyAbove = 0.9

    /// The statistics of one question.
    public struct Item: Sendable, Hashable, Codable {
        public enum Flag: String, Sendable, Hashable, Codable {
            case hard, easy
        }

        public var questionID: String
        public var kind: QuestionKind
        /// How many results include the question.
        public var answered: Int
        /// The mean fraction earned (1: everyone got it right).
        public var facility: Double
        /// Mean fraction of the upper third minus that of the lower third (ranked by percent);
        /// nil with fewer than 3 results.
        public var discrimination: Double?
        public var flag: Flag?
        /// single, multiple: the wrong options nobody chose (indices as written).
        public var unusedDistractors: [Int]

        public init(
            questionID: String, kind: QuestionKind, answered: Int, facility: Double, discrimination: Double?,
            flag: Flag?, unusedDistractors: [Int]
        ) {
            self.questionID = questionID
            self.kind = kind
            self.answered = answered
            self.facility = facility
            self.discrimination = discrimination
            self.flag = flag
            self.unusedDistractors = unusedDistractors
        }
    }

    /// Statistics for every question of `unit` that appears in `results` (results of any variants).
    public static func analyse(_ unit: LessonUnit, results: [QuizResult]) -> [Item] {
        let ranked = results.enumerated().sorted {
            $0.element.percent != $1.element.percent ? $0.element.percent > $1.element.percent : $0.offset < $1.offset
        }.map(\.element)
        let third = ranked.count / 3
        let upper = ranked.prefix(third), lower = ranked.suffix(third)
        return (unit.quiz?.questions ?? []).compactMap { question in
            let answers = results.compactMap { $0.answer(question.id) }
            guard !answers.isEmpty else { return nil }
            let facility = mean(answers.map(\.fraction))
            var discrimination: Double?
            if third > 0 {
                discrimination = mean(upper.map { $0.answer(question.id)?.fraction ?? 0 })
                    - mean(lower.map { $0.answer(question.id)?.fraction ?? 0 })
            }
            let flag: Item.Flag? = facility < hardBelow ? .hard : facility > easyAbove ? .easy : nil
            return Item(
                questionID: question.id, kind: question.kind, answered: answers.count, facility: facility,
                discrimination: discrimination, flag: flag,
                unusedDistractors: unusedDistractors(question, answers: answers))
        }
    }

    /// The mean fraction earned per question of `variant` (the facility index).
    public static func facility(of variant: QuizVariant, results: [QuizResult])
        -> [(questionID: String, facility: Double)]
    {
        variant.questions.map { presented in
            let id = presented.question.id
            return (id, mean(results.compactMap { $0.answer(id)?.fraction }))
        }
    }

    private static func unusedDistractors(_ question: Question, answers: [QuizResult.Answer]) -> [Int] {
        let options: [ChoiceOption]
        switch question.body {
        case .single(let list), .multiple(let list, _): options = list
        default: return []
        }
        var chosen = Set<Int>()
        for answer in answers {
            if case .choices(let picked) = answer.response { chosen.formUnion(picked) }
        }
        return options.indices.filter { !options[$0].correct && !chosen.contains($0) }
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
