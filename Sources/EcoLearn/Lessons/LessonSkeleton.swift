/// The starting file `lessons new` writes: every required field present, with placeholders a teacher replaces.
/// It decodes as a unit, and the checker points at every placeholder still to fill.
public enum LessonSkeleton {
    /// The YAML text of a new unit. The first language is the source language; the others start as draft.
    public static func yaml(id: String, languages: [String]) -> String {
        func text(_ indent: Int, _ placeholder: String) -> String {
            let pad = String(repeating: " ", count: indent)
            return languages.map { "\n\(pad)\($0): \"TODO \(placeholder)\"" }.joined()
        }
        let translations = languages.dropFirst().map { "\($0): draft" }.joined(separator: ", ")
        return """
            id: \(id)
            version: 1
            title:\(text(2, "title"))
            summary:\(text(2, "one or two sentences on what learners do and learn"))
            languages: [\(languages.joined(separator: ", "))]
            translations: {\(translations.isEmpty ? "" : " \(translations) ")}
            topics: [sorting]
            audiences: [school]
            ages: 10-14
            minutes: 45
            objectives:
              - id: first-objective
                text:\(text(6, "what a learner can do afterwards"))
            key_points:
              -\(text(4, "a key point"))
            materials:
              -\(text(4, "what to bring"))
            activities:
              - id: first-activity
                title:\(text(6, "activity title"))
                minutes: 20
                kind: discussion
                steps:\(languages.map { "\n      \($0): |\n        1. TODO first step\n        2. TODO second step" }.joined())
                teacher_notes:\(text(6, "what to watch for"))
            quiz:
              pass_percent: 60
              questions:
                - id: first-question
                  kind: single
                  assesses: first-objective
                  prompt:\(text(8, "question"))
                  options:
                    - text:\(text(12, "right answer"))
                      correct: true
                    - text:\(text(12, "wrong answer"))
                      feedback:\(text(12, "why this is wrong"))
            sources:
              - title: TODO source title
                url: https://example.org/TODO
                year: 2024
            license: CC-BY-4.0
            authors: [TODO your name or organisation]

            """
    }
}
