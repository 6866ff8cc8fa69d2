import Foundation

/// Gathers what a pack prints from its spec and units into the view the templates render, in the pack's language.
struct PackComposer {
    let spec: PackSpec
    let units: [LessonUnit]
    let date: String?
    private let language: String
    private let markdown = MarkdownRenderer()
    private var media: MediaEmbedder

    init(spec: PackSpec, units: [LessonUnit], root: URL, date: String?) {
        self.spec = spec
        self.units = units
        self.date = date
        self.language = spec.language
        self.media = MediaEmbedder(root: root)
    }

    /// Problems found while composing (images that cannot be embedded).
    var diagnostics: [Diagnostic] { media.diagnostics }

    mutating func compose() -> PackView {
        let quizVariants = spec.quiz.seeds.map { seed in
            units.filter { !($0.quiz?.questions.isEmpty ?? true) }.map {
                (unit: $0, variant: QuizVariant.drawn(from: $0, count: spec.quiz.questions, seed: seed))
            }
        }
        var parts: [PartView] = []
        for part in spec.parts where part != .slides {
            var view = PartView()
            switch part {
            case .slides: continue
            case .cover: view.cover = cover()
            case .contents: view.contents = contents()
            case .teacherGuide: view.teacherGuide = GuidePartView(units: units.map { guide(for: $0) })
            case .worksheets: view.worksheets = worksheets()
            case .quiz: view.quiz = quizPart(quizVariants, prefix: "quiz")
            case .answerKey: view.answerKey = quizPart(quizVariants, prefix: "key")
            case .signInSheet: view.signInSheet = signIn()
            case .certificate:
                view.certificate = CertificateView(
                    title: spec.printedTitle, organisation: spec.organisation, lessons: unitTitles, date: date)
            }
            parts.append(view)
        }
        return PackView(
            lang: language, title: spec.printedTitle, cssTitle: PackView.cssString(spec.printedTitle), labels: PackStrings.labels(in: language), parts: parts)
    }

    private func label(_ label: PackLabel) -> String { PackStrings.text(label, in: language) }

    /// Numbers and percentages as the pack's language writes them.
    private var strings: QuizStrings { QuizStrings.forLanguage(language) }

    private var unitTitles: [String] { units.map { $0.title.text(in: language) } }

    private func cover() -> CoverView {
        CoverView(
            title: spec.printedTitle, organisation: spec.organisation,
            audience: label(PackStrings.label(for: spec.audience)),
            language: PackStrings.label(forLanguage: language).map(label) ?? language, date: date,
            lessons: unitTitles, totalMinutes: units.reduce(0) { $0 + $1.minutes })
    }

    private func contents() -> ContentsView {
        var entries: [ContentsEntry] = []
        for part in spec.parts {
            switch part {
            case .cover, .contents, .slides: continue
            case .teacherGuide:
                entries.append(ContentsEntry(anchor: part.rawValue, title: label(.teacherGuide), isPart: true))
                entries += units.map {
                    ContentsEntry(anchor: "guide-\($0.id)", title: $0.title.text(in: language), isPart: false)
                }
            case .worksheets:
                entries.append(ContentsEntry(anchor: part.rawValue, title: label(.worksheets), isPart: true))
            case .quiz, .answerKey:
                let isQuiz = part == .quiz
                entries.append(
                    ContentsEntry(anchor: part.rawValue, title: label(isQuiz ? .quiz : .answerKey), isPart: true))
                entries += spec.quiz.seeds.enumerated().map { index, seed in
                    ContentsEntry(
                        anchor: "\(isQuiz ? "quiz" : "key")-\(index + 1)",
                        title: "\(label(.variant)) \(index + 1) · \(label(.seed)) \(seed)", isPart: false)
                }
            case .signInSheet:
                let title = label(spec.audience == .school ? .headcountForm : .signInSheet)
                entries.append(ContentsEntry(anchor: part.rawValue, title: title, isPart: true))
            case .certificate:
                entries.append(ContentsEntry(anchor: part.rawValue, title: label(.certificate), isPart: true))
            }
        }
        return ContentsView(entries: entries)
    }

    private mutating func guide(for unit: LessonUnit) -> GuideView {
        var start = 0
        let timing = unit.activities.map { activity in
            defer { start += activity.minutes }
            return TimingRow(
                span: "\(start)–\(start + activity.minutes)", title: activity.title.text(in: language),
                kind: label(PackStrings.label(for: activity.kind)), minutes: activity.minutes)
        }
        let activities = unit.activities.map { activity in
            ActivityView(
                title: activity.title.text(in: language), kind: label(PackStrings.label(for: activity.kind)),
                minutes: activity.minutes, stepsHTML: markdown.html(activity.steps.text(in: language)),
                media: mediaViews(activity.media),
                notesHTML: activity.teacherNotes.map { markdown.html($0.text(in: language)) })
        }
        return GuideView(
            anchor: "guide-\(unit.id)", title: unit.title.text(in: language),
            summary: unit.summary.text(in: language), meta: MetaItem.facts(of: unit, in: language),
            isDraft: unit.reviewState(of: language) == .draft,
            objectives: unit.objectives.map { $0.text.text(in: language) },
            keyPoints: unit.keyPoints.map { $0.text(in: language) }, timing: timing, totalMinutes: start,
            materials: unit.materials.map { $0.text(in: language) }, activities: activities,
            sources: unit.sources.map(SourceView.init),
            license: unit.license, authors: unit.authors.isEmpty ? nil : unit.authors.joined(separator: ", "))
    }

    private mutating func mediaViews(_ references: [MediaReference]) -> [MediaView] {
        media.views(of: references, in: language)
    }

    private mutating func worksheets() -> WorksheetsView {
        var sheets: [WorksheetView] = []
        for unit in units {
            for activity in unit.activities {
                guard let worksheet = activity.worksheet else { continue }
                sheets.append(WorksheetView(
                    anchor: "worksheet-\(unit.id)-\(activity.id)",
                    unitTitle: unit.title.text(in: language), activityTitle: activity.title.text(in: language),
                    bodyHTML: markdown.html(worksheet.text(in: language)), media: mediaViews(activity.media)))
            }
        }
        return WorksheetsView(sheets: sheets, isEmpty: sheets.isEmpty)
    }

    private func quizPart(_ variants: [[(unit: LessonUnit, variant: QuizVariant)]], prefix: String) -> QuizPartView {
        let composer = QuestionComposer(language: language)
        let views = zip(spec.quiz.seeds, variants).enumerated().map { index, pair in
            let (seed, sheets) = pair
            return VariantView(
                anchor: "\(prefix)-\(index + 1)", number: index + 1, seed: String(seed),
                sheets: sheets.map { unit, variant in
                    QuizSheetView(
                        anchor: "\(prefix)-\(index + 1)-\(unit.id)", unitTitle: unit.title.text(in: language),
                        code: variant.code, seed: String(seed),
                        passPercent: strings.percent(unit.quiz?.passPercent ?? 60),
                        questions: variant.questions.enumerated().map { composer.view(of: $1, number: $0 + 1) })
                })
        }
        return QuizPartView(variants: views, isEmpty: variants.allSatisfy(\.isEmpty))
    }

    private func signIn() -> SignInView {
        if spec.audience == .school {
            let ages = units.compactMap(\.ages)
            let rows: [String]
            if let lower = ages.map(\.lower).min(), let upper = ages.map(\.upper).max(), upper - lower < 10 {
                rows = (lower...upper).map(String.init)
            } else {
                rows = Array(repeating: "", count: 5)
            }
            return SignInView(organisation: spec.organisation, isSchool: true, rows: rows)
        }
        return SignInView(organisation: spec.organisation, isSchool: false, rows: (1...16).map(String.init))
    }
}
