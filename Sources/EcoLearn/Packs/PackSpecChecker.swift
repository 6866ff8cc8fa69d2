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
                let file = library.files.first { Library.fileStem($0) == id }
                let errors = file.map { unitErrors(id: id, file: $0, at: mark, path: path) } ?? []
                guard errors.isEmpty else {
                    diagnostics += errors
                    continue
                }
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
            let errors = unitErrors(id: id, file: unit.file, at: mark, path: path)
            if !errors.isEmpty {
                diagnostics += errors
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

    /// The errors found in a unit's file, after one line that says the pack cannot use the unit; empty when the
    /// file has none.
    private func unitErrors(id: String, file: String, at mark: SourceMark?, path: String) -> [Diagnostic] {
        let errors = library.diagnostics.filter { $0.severity == .error && $0.file == file }
        guard !errors.isEmpty else { return [] }
        let count = errors.count == 1 ? "an error" : "\(errors.count) errors"
        return [.error("unit '\(id)' has \(count) (\(file)), so the pack cannot use it", at: mark, path: path,
                       hint: "fix \(errors.count == 1 ? "it" : "them"): the errors follow")] + errors
    }
}
