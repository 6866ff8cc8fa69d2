/// Checks a pack spec against the lesson library: every unit exists, has the pack's language and no errors.
struct PackSpecChecker {
    let library: Library

    /// The units the pack prints, in the spec's order, or the problems that stop the pack from being built.
    /// Warnings (a unit not written for the pack's audience) come back with the units.
    func units(for spec: PackSpec) -> (units: [LessonUnit], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let languageMark = spec.fieldMarks["language"]
        if !PackStrings.languages.contains(spec.language) {
            diagnostics.append(.error(
                "packs cannot be printed in '\(spec.language)'", at: languageMark, path: "language",
                hint: "use one of \(PackStrings.languages.joined(separator: ", "))"))
        }
        if !spec.title.isPlain, spec.title[spec.language] == nil {
            diagnostics.append(.error(
                "the title has no text in '\(spec.language)', the pack's language",
                at: spec.fieldMarks["title"] ?? spec.title.mark, path: "title",
                hint: "add `\(spec.language): ...` to the title"))
        }
        if spec.lessons.isEmpty {
            diagnostics.append(.error(
                "the pack names no lessons", at: spec.fieldMarks["lessons"], path: "lessons",
                hint: "list unit ids, e.g. lessons: [waste-hierarchy]"))
        }
        if !(1...26).contains(spec.quiz.variants) {
            diagnostics.append(.error(
                "quiz variants must be between 1 and 26, not \(spec.quiz.variants)",
                at: spec.fieldMarks["quiz"], path: "quiz.variants", hint: "most groups need 1 or 2"))
        }
        if let count = spec.quiz.questions, count < 1 {
            diagnostics.append(.error(
                "quiz questions must be at least 1, not \(count)", at: spec.fieldMarks["quiz"],
                path: "quiz.questions", hint: "leave it out to print every question"))
        }
        var units: [LessonUnit] = []
        var seen: Set<String> = []
        for (index, id) in spec.lessons.enumerated() {
            let mark = spec.markOfLesson(index)
            let path = "lessons[\(index)]"
            guard seen.insert(id).inserted else {
                diagnostics.append(.error(
                    "unit '\(id)' is listed twice", at: mark, path: path, hint: "remove the second entry"))
                continue
            }
            guard let unit = library.unit(id) else {
                let suggestion = Suggestion.closest(to: id, in: library.units.map(\.id))
                diagnostics.append(.error(
                    "no lesson unit with id '\(id)'", at: mark, path: path,
                    hint: suggestion.map { "did you mean '\($0)'?" } ?? "run `ecolearn lessons list` to see the ids"))
                continue
            }
            if !unit.languages.contains(spec.language) {
                diagnostics.append(.error(
                    "unit '\(id)' has no '\(spec.language)' text (it is written in "
                        + "\(unit.languages.joined(separator: ", ")))",
                    at: mark, path: path, hint: "translate the unit or choose another one"))
                continue
            }
            let unitErrors = library.diagnostics.filter { $0.severity == .error && $0.file == unit.file }
            if !unitErrors.isEmpty {
                diagnostics.append(.error(
                    "unit '\(id)' has \(unitErrors.count) error(s) (\(unit.file))", at: mark, path: path,
                    hint: "run `ecolearn check` and fix them first"))
                continue
            }
            if !unit.audiences.contains(spec.audience) {
                diagnostics.append(.warning(
                    "unit '\(id)' is not written for the \(spec.audience.rawValue) audience", at: mark, path: path,
                    hint: "its audiences are \(unit.audiences.map(\.rawValue).joined(separator: ", "))"))
            }
            units.append(unit)
        }
        return (units, diagnostics)
    }
}
