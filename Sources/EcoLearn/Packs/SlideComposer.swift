import Foundation

/// Lays a deck of slides out from a pack spec's units, in the spec's language: for each unit a title slide, its
/// objectives and key points, each activity's steps and pictures, each quiz question followed by a slide with its
/// answer, and its sources; a deck title slide first when there are several units, and the licences last.
struct SlideComposer {
    let spec: PackSpec
    let units: [LessonUnit]
    let date: String?
    private let language: String
    private let markdown = MarkdownRenderer()
    private var media: MediaEmbedder
    private var slides: [SlideView] = []
    /// The height the unit's title takes above the heading of inner slides in a deck of several units.
    private var reserved = 0.0

    init(spec: PackSpec, units: [LessonUnit], root: URL, date: String?) {
        self.spec = spec
        self.units = units
        self.date = date
        self.language = spec.language
        self.media = MediaEmbedder(root: root)
    }

    /// Problems found while composing (images that cannot be embedded).
    var diagnostics: [Diagnostic] { media.diagnostics }

    mutating func compose() -> SlideDeckView {
        slides = []
        let isSeveral = units.count > 1
        reserved = isSeveral ? 0.9 : 0
        if isSeveral {
            add(SlideView(kind: "title", heading: spec.printedTitle, cover: SlideCoverView(
                summary: nil, meta: [], organisation: spec.organisation, date: date,
                lessons: units.map { $0.title.text(in: language) }, isDraft: false)))
        }
        for unit in units { addSlides(of: unit, inDeckOfSeveral: isSeveral) }
        addLicences()
        let total = slides.count
        for index in slides.indices {
            slides[index].number = index + 1
            slides[index].anchor = "slide-\(index + 1)"
            slides[index].position = "\(index + 1) / \(total)"
            slides[index].hasNotes = !slides[index].noteLines.isEmpty || slides[index].notesHTML != nil
        }
        return SlideDeckView(
            lang: language, title: spec.printedTitle, labels: PackStrings.labels(in: language), slides: slides)
    }

    private func label(_ label: PackLabel) -> String { PackStrings.text(label, in: language) }

    /// The last slides: each unit's licence and authors.
    private mutating func addLicences() {
        let lines = units.map {
            LicenceLine(
                unitTitle: $0.title.text(in: language), license: $0.license,
                authors: $0.authors.isEmpty ? nil : $0.authors.joined(separator: ", "))
        }
        let texts = lines.map { line in
            [SlidePaging.Text(length: line.unitTitle.count, scale: 1.1),
             SlidePaging.Text(length: line.license.count + (line.authors?.count ?? 0) + 20)]
        }
        let pages = SlidePaging.pages(texts)
        for (page, range) in pages.enumerated() {
            add(SlideView(
                kind: "licence", heading: numbered(label(.license), page, of: pages.count),
                size: SlidePaging.size(of: texts[range].flatMap { $0 }), licences: Array(lines[range])))
        }
    }

    private mutating func add(_ slide: SlideView) { slides.append(slide) }

    private mutating func addSlides(of unit: LessonUnit, inDeckOfSeveral isSeveral: Bool) {
        let title = unit.title.text(in: language)
        let shownUnit = isSeveral ? title : nil
        var start = 0
        let timing = unit.activities.map { activity in
            defer { start += activity.minutes }
            return "\(start)–\(start + activity.minutes) \(label(.minutesShort)): \(activity.title.text(in: language))"
        }
        let materials = unit.materials.map { $0.text(in: language) }
        let summary = unit.summary.text(in: language)
        let coverSize = SlidePaging.size(of: [
            .init(length: title.count, scale: 1.7), .init(length: summary.count, scale: 0.8), .init(length: 40, scale: 0.75),
        ])
        var cover = SlideView(kind: "title", heading: title, size: coverSize, cover: SlideCoverView(
            summary: summary, meta: MetaItem.facts(of: unit, in: language),
            organisation: isSeveral ? nil : spec.organisation, date: isSeveral ? nil : date, lessons: [],
            isDraft: unit.reviewState(of: language) == .draft))
        cover.noteLines = (materials.isEmpty ? [] : ["\(label(.materials)): \(materials.joined(separator: "; "))"])
            + timing
        add(cover)
        addList(label(.objectives), unit.objectives.map { $0.text.text(in: language) }, unit: shownUnit)
        addList(label(.keyPoints), unit.keyPoints.map { $0.text(in: language) }, unit: shownUnit)
        for activity in unit.activities { addSlides(of: activity, unit: shownUnit) }
        addQuestions(of: unit, unit: shownUnit)
        let sources = unit.sources.map(SourceView.init)
        let pages = SlidePaging.pages(sources.map {
            [SlidePaging.Text(
                length: $0.title.count + ($0.details?.count ?? 0) + ($0.url?.count ?? 0) + 4, scale: Self.sourcesScale)]
        }, reserved: reserved)
        for (page, range) in pages.enumerated() {
            var slide = SlideView(
                kind: "sources", heading: numbered(label(.sources), page, of: pages.count), unitTitle: shownUnit,
                sources: Array(sources[range]))
            slide.sourcesStart = range.lowerBound + 1
            add(slide)
        }
    }

    /// Sources are printed at this fraction of the normal type size: they are for reference, not for reading aloud.
    private static let sourcesScale = 0.7

    /// `heading`, with "(2/3)" when the text runs over several slides.
    private func numbered(_ heading: String, _ page: Int, of count: Int) -> String {
        count > 1 ? "\(heading) (\(page + 1)/\(count))" : heading
    }

    private mutating func addList(_ heading: String, _ items: [String], unit: String?) {
        let texts = items.map { [SlidePaging.Text(length: $0.count)] }
        let pages = SlidePaging.pages(texts, reserved: reserved)
        for (page, range) in pages.enumerated() {
            let title = numbered(heading, page, of: pages.count)
            add(SlideView(
                kind: "list", heading: title, unitTitle: unit,
                size: SlidePaging.size(of: texts[range].flatMap { $0 }, heading: title.count, reserved: reserved),
                items: Array(items[range])))
        }
    }

    private mutating func addSlides(of activity: Activity, unit: String?) {
        let title = activity.title.text(in: language)
        let detail = "\(label(PackStrings.label(for: activity.kind))) · \(activity.minutes) \(label(.minutesShort))"
        let blocks = markdown.blocks(activity.steps.text(in: language))
        let texts = blocks.map { $0.lineLengths.map { SlidePaging.Text(length: $0) } }
        let pages = SlidePaging.pages(texts, reserved: reserved)
        for (page, range) in pages.enumerated() {
            let heading = numbered(title, page, of: pages.count)
            var slide = SlideView(
                kind: "steps", heading: heading, unitTitle: unit,
                size: SlidePaging.size(
                    of: [SlidePaging.Text(length: detail.count, scale: 0.8)] + texts[range].flatMap { $0 },
                    heading: heading.count, reserved: reserved),
                instruction: detail,
                blocksHTML: blocks[range].map(\.html).joined())
            if page == 0 { slide.notesHTML = activity.teacherNotes.map { markdown.html($0.text(in: language)) } }
            add(slide)
        }
        for picture in media.views(of: activity.media, in: language) {
            add(SlideView(kind: "picture", heading: title, unitTitle: unit, picture: picture))
        }
    }

    private mutating func addQuestions(of unit: LessonUnit, unit shownUnit: String?) {
        let variant = QuizVariant.drawn(from: unit, count: spec.quiz.questions, seed: spec.quiz.seed)
        let composer = QuestionComposer(language: language)
        let count = variant.questions.count
        for (index, presented) in variant.questions.enumerated() {
            let view = composer.view(of: presented, number: index + 1)
            let heading = "\(label(.question)) \(index + 1) / \(count)"
            let instruction = instruction(for: presented.question.kind)
            add(SlideView(
                kind: "question", heading: heading, unitTitle: shownUnit,
                size: SlidePaging.size(
                    of: texts(of: view) + [.init(length: instruction.count, scale: 0.8)], reserved: reserved),
                instruction: instruction, question: view))
            var answer = [SlidePaging.Text(length: view.prompt.count, scale: 0.8)]
            answer += view.keyLines.map { SlidePaging.Text(length: $0.count + 2, scale: 1.15) }
            if let explanation = view.explanation { answer.append(.init(length: explanation.count, scale: 0.8)) }
            add(SlideView(
                kind: "answer", heading: "\(heading) · \(label(.answer))", unitTitle: shownUnit,
                size: SlidePaging.size(of: answer, reserved: reserved), answer: view))
        }
    }

    /// How the room answers a question of `kind` on a slide.
    private func instruction(for kind: QuestionKind) -> String {
        if kind == .multiple { return label(.handsAll) }
        if kind == .single || kind == .truefalse { return label(.handsOne) }
        return label(.callOut)
    }

    /// The lines of text a question slide shows: the prompt and whatever its kind lists.
    private func texts(of view: QuestionView) -> [SlidePaging.Text] {
        var lengths = [view.prompt.count * 11 / 10]
        lengths += (view.choices + view.order).map { $0.text.count + 3 }
        lengths += view.match.map { $0.left.count + $0.right.count + 8 }
        if let sort = view.sort {
            lengths.append(sort.categories.map { $0.text.count + 4 }.reduce(0, +))
            lengths += sort.items.map { $0.text.count + 2 }
        }
        return lengths.map { SlidePaging.Text(length: $0) }
    }
}

extension SlideView {
    /// A slide before it is numbered (the composer numbers the deck once every slide is known).
    init(
        kind: String, heading: String, unitTitle: String? = nil, size: String? = nil, cover: SlideCoverView? = nil,
        instruction: String? = nil, blocksHTML: String? = nil, picture: MediaView? = nil, question: QuestionView? = nil,
        answer: QuestionView? = nil, sources: [SourceView] = [], items: [String] = [], licences: [LicenceLine] = []
    ) {
        self.init(
            number: 0, anchor: "", kind: kind, position: "", heading: heading, unitTitle: unitTitle, size: size,
            cover: cover, items: items, blocksHTML: blocksHTML, picture: picture, question: question,
            instruction: instruction, answer: answer, sources: sources, licences: licences)
    }
}
