extension QuizSession {
    /// Plays the whole session over lines of text, as a terminal does: writes the opening, then each question
    /// and a `> ` prompt, reads lines until one answers it, writes the feedback, and ends with the score line.
    /// When input ends (`readLine` gives nil) the questions left count as unanswered: it never waits for more.
    ///
    /// - Parameters:
    ///   - repeatWith: how the front end asks for this variant again (see `opening(repeatWith:)`).
    ///   - echoInput: repeat each line read after the prompt (for piped input, so the transcript shows it).
    public mutating func play(
        repeatWith: ((UInt64) -> String)? = nil, echoInput: Bool = false, readLine: () -> String?,
        write: (String) -> Void
    ) -> QuizResult {
        write(opening(repeatWith: repeatWith))
        asking: while let question = questionText {
            write(question)
            while true {
                write("> ")
                guard let line = readLine() else {
                    write(stop())
                    break asking
                }
                if echoInput { write(line + "\n") }
                switch answer(line) {
                case .nothingTyped: continue
                case .notUnderstood(let message): write(message)
                case .recorded(let feedback):
                    write(feedback)
                    continue asking
                }
            }
        }
        let result = self.result
        write(summary(of: result))
        return result
    }
}
