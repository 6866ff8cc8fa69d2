/// The answers of numeric and short questions that earn part of the points, as answer keys print them:
/// `10 ± 2: 50 %`, `dark brown: 50 %`.
enum PartialCreditText {
    /// The further answers of a numeric question, with `number` formatting values and `percent` weights (given
    /// in percent) for the key's language.
    static func numeric(
        _ answer: NumericAnswer, number: (Double) -> String, percent: (Double) -> String
    ) -> [String] {
        answer.others.map { other in
            let tolerance = other.allowedError > 0 ? " ± \(number(other.allowedError))" : ""
            return "\(number(other.value))\(tolerance): \(percent(other.weight * 100))"
        }
    }

    /// The accepted answers in `language` that earn less than full marks, with `percent` writing their weights.
    static func short(
        _ answers: AcceptedAnswers, language: String, percent: (Double) -> String
    ) -> [String] {
        answers.entries(in: language).filter { $0.weight < 1 }.map { "\($0.text): \(percent($0.weight * 100))" }
    }
}
