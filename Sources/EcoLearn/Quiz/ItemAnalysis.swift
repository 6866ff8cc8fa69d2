/// Item analysis over many results of one quiz: how hard each question was and how well it separated
/// strong from weak learners.
public enum ItemAnalysis {
    /// The mean fraction earned per question of `variant` (the facility index; 1 means everyone got it).
    public static func facility(of variant: QuizVariant, results: [QuizResult])
        -> [(questionID: String, facility: Double)]
    {
        variant.questions.map { presented in
            let id = presented.question.id
            let fractions = results.compactMap { $0.answer(id)?.fraction }
            let mean = fractions.isEmpty ? 0 : fractions.reduce(0, +) / Double(fractions.count)
            return (id, mean)
        }
    }
}
