/// One pass over a decoded unit, collecting the validator's diagnostics.
struct UnitWalk {
    let unit: LessonUnit
    let mediaFiles: Set<String>
    private(set) var diagnostics: [Diagnostic] = []
    private let languages: [String]

    init(unit: LessonUnit, mediaFiles: Set<String>) {
        self.unit = unit
        self.mediaFiles = mediaFiles
        self.languages = unit.languages
    }

    mutating func run() {
        checkIdentity()
        checkLanguages()
        checkVocabulary()
        text(unit.title, "title")
        text(unit.summary, "summary")
        checkUnique(unit.objectives.map { ($0.id, $0.mark) }, what: "objective", path: "objectives")
        for (index, objective) in unit.objectives.enumerated() {
            slug(objective.id, at: objective.mark, path: "objectives[\(index)].id", what: "objective id")
            text(objective.text, "objectives[\(index)].text")
        }
        for (index, point) in unit.keyPoints.enumerated() { text(point, "key_points[\(index)]") }
        for (index, material) in unit.materials.enumerated() { text(material, "materials[\(index)]") }
        checkActivities()
        if let quiz = unit.quiz { checkQuiz(quiz) }
        checkSources()
    }

    // MARK: Unit fields

    private mutating func checkIdentity() {
        let at = field("id")
        slug(unit.id, at: at, path: "id", what: "unit id")
        let fileName = unit.file.split(separator: "/").last.map(String.init) ?? unit.file
        let stem = Library.fileStem(unit.file)
        if !unit.file.isEmpty && stem != unit.id {
            error("unit id '\(unit.id)' does not match the file name '\(fileName)'", at: at, "id",
                  hint: "rename the file to \(unit.id).yaml or set id: \(stem)")
        }
        if unit.version < 1 { error("version must be 1 or more, found \(unit.version)", at: field("version"), "version") }
        if unit.minutes <= 0 { error("minutes must be more than 0, found \(unit.minutes)", at: field("minutes"), "minutes") }
        if !Vocabulary.licenses.contains(unit.license) {
            let near = Suggestion.closest(to: unit.license, in: Vocabulary.licenses)
            warning("licence '\(unit.license)' is not one ecolearn knows", at: field("license"), "license",
                    hint: near.map { "did you mean '\($0)'?" } ?? "one of: \(Vocabulary.licenses.joined(separator: ", "))")
        }
    }

    private mutating func checkLanguages() {
        let at = field("languages")
        var seen = Set<String>()
        for (index, language) in languages.enumerated() {
            if !seen.insert(language).inserted {
                error("language '\(language)' is listed twice", at: at, "languages[\(index)]")
            }
            if !isLanguageCode(language) {
                error("'\(language)' is not a language code", at: at, "languages[\(index)]",
                      hint: "use two-letter codes such as en, lv, tr")
            } else if !Vocabulary.supportedLanguages.contains(language) {
                warning("language '\(language)' has no pack labels or quiz prompts yet", at: at, "languages[\(index)]",
                        hint: "supported: \(Vocabulary.supportedLanguages.joined(separator: ", "))")
            }
        }
        let translated = languages.dropFirst()
        for (language, state) in unit.translations.sorted(by: { $0.key < $1.key }) {
            let at = field("translations")
            if language == unit.sourceLanguage {
                error("'\(language)' is the source language (first in languages), not a translation", at: at, "translations.\(language)")
            } else if !languages.contains(language) {
                error("translation state for '\(language)', which is not in languages", at: at, "translations.\(language)",
                      hint: "add '\(language)' to languages or remove this line")
            } else if state == .draft {
                warning("the '\(language)' translation is still draft", at: at, "translations.\(language)",
                        hint: "read it in full against '\(unit.sourceLanguage)', then mark it reviewed")
            }
        }
        for language in translated where unit.translations[language] == nil {
            warning("the '\(language)' translation has no review state, so it counts as draft",
                    at: field("translations") ?? at, "translations",
                    hint: "add translations: { \(language): draft } or reviewed once read against '\(unit.sourceLanguage)'")
        }
    }

    private mutating func checkVocabulary() {
        let at = field("topics")
        for (index, topic) in unit.topics.enumerated() where !Vocabulary.topics.contains(topic) {
            let near = Suggestion.closest(to: topic, in: Vocabulary.topics)
            error("unknown topic '\(topic)'", at: at, "topics[\(index)]",
                  hint: near.map { "did you mean '\($0)'?" } ?? "topics come from the list in docs/AUTHORING.md")
        }
        if unit.audiences.contains(.school) && unit.fieldMarks["ages"] == nil {
            warning("a unit for schools should give ages", at: field("audiences"), "ages", hint: "ages: 10-14")
        }
    }

    // MARK: Activities and media

    private mutating func checkActivities() {
        checkUnique(unit.activities.map { ($0.id, $0.mark) }, what: "activity", path: "activities")
        var total = 0
        for (index, activity) in unit.activities.enumerated() {
            let path = "activities[\(index)]"
            slug(activity.id, at: activity.mark, path: "\(path).id", what: "activity id")
            text(activity.title, "\(path).title")
            if activity.minutes <= 0 {
                error("minutes must be more than 0, found \(activity.minutes)", at: activity.mark, "\(path).minutes")
            }
            total += activity.minutes
            markdown(activity.steps, "\(path).steps")
            if let notes = activity.teacherNotes { markdown(notes, "\(path).teacher_notes") }
            if let worksheet = activity.worksheet { markdown(worksheet, "\(path).worksheet") }
            for (mediaIndex, media) in activity.media.enumerated() {
                checkMedia(media, path: "\(path).media[\(mediaIndex)]")
            }
        }
        if total > unit.minutes && unit.minutes > 0 {
            warning("the activities take \(total) minutes but the unit has \(unit.minutes)", at: field("minutes"), "minutes",
                    hint: "raise minutes to \(total) or shorten activities")
        }
    }

    private mutating func checkMedia(_ media: MediaReference, path: String) {
        text(media.alt, "\(path).alt")
        if let caption = media.caption { text(caption, "\(path).caption") }
        switch MediaPath.check(media.path) {
        case .failure(let problem):
            error(problem.message, at: media.mark, "\(path).path", hint: problem.hint)
        case .success(let normalized):
            if !mediaFiles.contains(normalized) {
                error("media file '\(media.path)' does not exist", at: media.mark, "\(path).path",
                      hint: "put the file in media/ or correct the name")
            }
        }
    }

    // MARK: Quiz

    private mutating func checkQuiz(_ quiz: Quiz) {
        if !(0...100).contains(quiz.passPercent) {
            error("pass_percent must be between 0 and 100, found \(NumberText.format(quiz.passPercent))", at: quiz.mark, "quiz.pass_percent")
        }
        checkUnique(quiz.questions.map { ($0.id, $0.mark) }, what: "question", path: "quiz.questions")
        let objectiveIDs = unit.objectives.map(\.id)
        for (index, question) in quiz.questions.enumerated() {
            let path = "quiz.questions[\(index)]"
            slug(question.id, at: question.mark, path: "\(path).id", what: "question id")
            text(question.prompt, "\(path).prompt")
            if let explanation = question.explanation { text(explanation, "\(path).explanation") }
            if !objectiveIDs.contains(question.assesses) {
                let near = Suggestion.closest(to: question.assesses, in: objectiveIDs)
                error("'\(question.assesses)' is not an objective of this unit", at: question.mark, "\(path).assesses",
                      hint: near.map { "did you mean '\($0)'?" } ?? "objectives: \(objectiveIDs.joined(separator: ", "))")
            }
            if question.points <= 0 {
                error("points must be more than 0, found \(NumberText.format(question.points))", at: question.mark, "\(path).points")
            }
            var rules = QuestionRules(question: question, path: path)
            rules.check()
            diagnostics += rules.diagnostics
            for trap in MoodleTraps(question: question, languages: languages).traps {
                diagnostics.append(.warning(trap.message, at: trap.mark, path: "\(path).\(trap.field)", hint: trap.hint))
            }
            visitTexts(of: question.body, path: path)
        }
    }

    private mutating func visitTexts(of body: QuestionBody, path: String) {
        switch body {
        case .single(let options), .multiple(let options, _):
            for (index, option) in options.enumerated() {
                text(option.text, "\(path).options[\(index)].text")
                if let feedback = option.feedback { text(feedback, "\(path).options[\(index)].feedback") }
            }
        case .truefalse(_, let feedbackTrue, let feedbackFalse):
            if let feedbackTrue { text(feedbackTrue, "\(path).feedback_true") }
            if let feedbackFalse { text(feedbackFalse, "\(path).feedback_false") }
        case .numeric(let answer):
            if let unitText = answer.unit { text(unitText, "\(path).unit") }
        case .short(let answers):
            checkAnswers(answers, path: "\(path).answers")
        case .order(let items):
            for (index, item) in items.enumerated() { text(item, "\(path).items[\(index)]") }
        case .match(let pairs):
            for (index, pair) in pairs.enumerated() {
                text(pair.left, "\(path).pairs[\(index)].left")
                text(pair.right, "\(path).pairs[\(index)].right")
            }
        case .sort(let categories, let items):
            for category in categories { text(category.text, "\(path).categories.\(category.id)") }
            for (index, item) in items.enumerated() { text(item.text, "\(path).items[\(index)].text") }
        }
    }

    private mutating func checkAnswers(_ answers: AcceptedAnswers, path: String) {
        if answers.isPlain {
            if languages.count > 1 {
                error("a plain list of answers is allowed only in a unit with one language", at: answers.mark, path,
                      hint: "write answers per language: { \(languages.map { "\($0): [...]" }.joined(separator: ", ")) }")
            }
            return
        }
        for language in languages where (answers.byLanguage[language] ?? []).isEmpty {
            error("no accepted answer in '\(language)'", at: answers.mark, "\(path).\(language)")
        }
        for language in answers.languages where !languages.contains(language) {
            error("answers in '\(language)', which is not in languages", at: answers.mark, "\(path).\(language)")
        }
    }

    // MARK: Sources

    private mutating func checkSources() {
        for (index, source) in unit.sources.enumerated() {
            let path = "sources[\(index)]"
            if let url = source.url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
                error("source url must start with https:// or http://, found '\(url)'", at: source.mark, "\(path).url")
            }
            if source.url == nil {
                warning("source has no url", at: source.mark, "\(path).url", hint: "readers check facts at the source")
            }
            if let year = source.year {
                if !(1900...2100).contains(year) {
                    error("source year \(year) is not a plausible year", at: source.mark, "\(path).year")
                }
            } else {
                warning("source has no year", at: source.mark, "\(path).year", hint: "figures change; give the year")
            }
        }
    }

    // MARK: Texts

    /// Checks a text has every declared language, no other, and no empty entry. The path is built only when
    /// there is something to report.
    private mutating func text(_ text: LocalizedText, _ path: @autoclosure () -> String) {
        if text.isPlain {
            if languages.count > 1 {
                error("a plain string is allowed only in a unit with one language", at: text.mark, path(),
                      hint: "write it per language: \(languages.map { "\($0): ..." }.joined(separator: ", "))")
            }
            return
        }
        if let placeholder = text.entries.first(where: { ByteSearch.contains($0.text, ascii: "TODO") }) {
            warning("placeholder text still to fill in", at: placeholder.mark, "\(path()).\(placeholder.language)",
                    hint: "replace every TODO with the real text")
        }
        var present = 0
        for entry in text.entries {
            if languages.contains(entry.language) {
                present += 1
            } else {
                let near = Suggestion.closest(to: entry.language, in: languages).map { "did you mean '\($0)'?" }
                error("text in '\(entry.language)', which is not in languages (\(languages.joined(separator: ", ")))",
                      at: entry.mark, "\(path()).\(entry.language)", hint: near ?? "add it to languages or remove it")
            }
        }
        if present < languages.count {
            for language in languages where text[language] == nil {
                error("missing the '\(language)' text", at: text.mark, "\(path()).\(language)",
                      hint: "every text needs all of: \(languages.joined(separator: ", "))")
            }
        }
    }

    /// A text that is Markdown: the language checks plus no raw HTML.
    private mutating func markdown(_ markdown: LocalizedText, _ path: @autoclosure () -> String) {
        text(markdown, path())
        for entry in markdown.entries {
            if let tag = RawHTML.firstTag(in: entry.text) {
                error("raw HTML is not allowed in Markdown (found '\(tag)')", at: entry.mark,
                      markdown.isPlain ? path() : "\(path()).\(entry.language)",
                      hint: "write Markdown instead: **bold**, lists, tables; a literal '<' is fine before a space or digit")
            }
        }
    }

    // MARK: Helpers

    private mutating func checkUnique(_ ids: [(String, SourceMark)], what: String, path: String) {
        var first: [String: SourceMark] = [:]
        for (index, (id, mark)) in ids.enumerated() {
            if let earlier = first[id] {
                diagnostics.append(.error("duplicate \(what) id '\(id)'", at: mark, path: "\(path)[\(index)].id",
                                          notes: [Diagnostic.Note(mark: earlier, message: "first used here")]))
            } else {
                first[id] = mark
            }
        }
    }

    private mutating func slug(_ id: String, at mark: SourceMark?, path: String, what: String) {
        if !Vocabulary.isSlug(id) {
            error("\(what) '\(id)' is not a slug", at: mark, path,
                  hint: "use lowercase letters, digits and single hyphens, e.g. sorting-at-home")
        }
    }

    private func isLanguageCode(_ code: String) -> Bool {
        (2...3).contains(code.count) && code.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }

    private func field(_ key: String) -> SourceMark? {
        unit.fieldMarks[key] ?? SourceMark(file: unit.file, line: 1, column: 1)
    }

    private mutating func error(_ message: String, at mark: SourceMark?, _ path: String, hint: String? = nil) {
        diagnostics.append(.error(message, at: mark, path: path, hint: hint))
    }

    private mutating func warning(_ message: String, at mark: SourceMark?, _ path: String, hint: String? = nil) {
        diagnostics.append(.warning(message, at: mark, path: path, hint: hint))
    }
}
