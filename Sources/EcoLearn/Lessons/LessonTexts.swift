extension LessonUnit {
    /// Every localized text of the unit with its field path, in file order (for completeness reports and
    /// translation tools).
    public var allTexts: [(path: String, text: LocalizedText)] {
        var texts: [(String, LocalizedText)] = [("title", title), ("summary", summary)]
        for (index, objective) in objectives.enumerated() { texts.append(("objectives[\(index)].text", objective.text)) }
        for (index, point) in keyPoints.enumerated() { texts.append(("key_points[\(index)]", point)) }
        for (index, material) in materials.enumerated() { texts.append(("materials[\(index)]", material)) }
        for (index, activity) in activities.enumerated() {
            let path = "activities[\(index)]"
            texts.append(("\(path).title", activity.title))
            texts.append(("\(path).steps", activity.steps))
            for (mediaIndex, media) in activity.media.enumerated() {
                texts.append(("\(path).media[\(mediaIndex)].alt", media.alt))
                if let caption = media.caption { texts.append(("\(path).media[\(mediaIndex)].caption", caption)) }
            }
            if let notes = activity.teacherNotes { texts.append(("\(path).teacher_notes", notes)) }
            if let worksheet = activity.worksheet { texts.append(("\(path).worksheet", worksheet)) }
        }
        for (index, question) in (quiz?.questions ?? []).enumerated() {
            texts += question.allTexts(path: "quiz.questions[\(index)]")
        }
        return texts
    }
}

extension Question {
    /// Every localized text of the question with its field path.
    public func allTexts(path: String) -> [(path: String, text: LocalizedText)] {
        var texts: [(String, LocalizedText)] = [("\(path).prompt", prompt)]
        if let explanation { texts.append(("\(path).explanation", explanation)) }
        switch body {
        case .single(let options), .multiple(let options, _):
            for (index, option) in options.enumerated() {
                texts.append(("\(path).options[\(index)].text", option.text))
                if let feedback = option.feedback { texts.append(("\(path).options[\(index)].feedback", feedback)) }
            }
        case .truefalse(_, let feedbackTrue, let feedbackFalse):
            if let feedbackTrue { texts.append(("\(path).feedback_true", feedbackTrue)) }
            if let feedbackFalse { texts.append(("\(path).feedback_false", feedbackFalse)) }
        case .numeric(let answer):
            if let unit = answer.unit { texts.append(("\(path).unit", unit)) }
        case .short:
            break
        case .order(let items):
            for (index, item) in items.enumerated() { texts.append(("\(path).items[\(index)]", item)) }
        case .match(let pairs):
            for (index, pair) in pairs.enumerated() {
                texts.append(("\(path).pairs[\(index)].left", pair.left))
                texts.append(("\(path).pairs[\(index)].right", pair.right))
            }
        case .sort(let categories, let items):
            for category in categories { texts.append(("\(path).categories.\(category.id)", category.text)) }
            for (index, item) in items.enumerated() { texts.append(("\(path).items[\(index)].text", item.text)) }
        }
        return texts
    }
}
