import EcoLearn

extension AnswerFeedback {
    /// The feedback as the live pages show it: a true/false question's right answer is its word alone (`Yanlış`),
    /// without the `T` or `F` that the terminal quiz and paper answers type, letters of English words that mean
    /// nothing to a Latvian or Turkish player.
    init(live presented: PresentedQuestion, response: Response, language: String) {
        self.init(presented: presented, response: response, language: language)
        if case .truefalse(let answer, _, _) = presented.question.body {
            let strings = QuizStrings.forLanguage(language)
            correctAnswer = answer ? strings.trueWord : strings.falseWord
        }
    }
}
