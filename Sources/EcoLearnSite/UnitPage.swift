import EcoLearn

/// A link to one of a unit's downloads, as its page lists it.
struct DownloadLink {
    var label: SiteLabel
    /// The file's path from the site's root.
    var path: String
}

/// The page of one unit in one language (`lv/composting-basics.html`): what a teacher reads to decide and to
/// prepare, with the downloads, the unit in other languages and its schema.org description.
struct UnitPage {
    var unit: LessonUnit
    var language: String
    var downloads: [DownloadLink]
    /// When the unit's file last changed (YYYY-MM-DD), when known.
    var date: String?
    var baseURL: String?

    private var markdown: MarkdownRenderer { MarkdownRenderer(headingOffset: 4) }

    private func text(_ label: SiteLabel) -> String { escape(SiteStrings.text(label, in: language)) }
    private func text(_ label: PackLabel) -> String { escape(PackStrings.text(label, in: language)) }
    private func local(_ localized: LocalizedText) -> String { escape(localized.text(in: language)) }

    var html: String {
        let path = SitePaths.unitPage(unit.id, language)
        let json = LearningResourceJSON.value(of: unit, in: language, url: baseURL.map { $0 + path }, date: date)
        var page = SitePage(
            language: language, title: "\(unit.title.text(in: language)) · \(SiteStrings.text(.siteTitle, in: language))",
            description: unit.summary.text(in: language), up: "../",
            alternates: UnitFacts.languages(of: unit).map { ($0, "../\($0)/\(unit.id).html") }, path: path,
            baseURL: baseURL, main: main)
        page.head = "<script type=\"application/ld+json\">\(json.text)</script>\n"
        return page.html
    }

    private var main: String {
        var out = "<nav class=\"crumbs\" aria-label=\"\(text(.allLessons))\"><a href=\"index.html\">← \(text(.allLessons))</a></nav>\n"
        out += "<article class=\"unit\">\n<h1>\(local(unit.title))</h1>\n"
        if unit.reviewState(of: language) == .draft {
            out += "<p class=\"notice\">\(text(.draftTranslation))</p>\n"
        }
        out += "<p class=\"summary\">\(local(unit.summary))</p>\n"
        var extra = [(SiteStrings.text(.version, in: language), String(unit.version))]
        if let date { extra[0].1 += " (\(date))" }
        extra.append((SiteStrings.text(.authors, in: language), unit.authors.joined(separator: ", ")))
        out += UnitFacts.list(of: unit, in: language, extra: extra)
        out += licence
        out += otherLanguages
        out += downloadList
        out += section("objectives", .objectives, list(unit.objectives.map { $0.text }))
        if !unit.keyPoints.isEmpty { out += section("key-points", .keyPoints, list(unit.keyPoints)) }
        if !unit.materials.isEmpty { out += section("materials", .materials, list(unit.materials)) }
        out += activities
        if let questions = QuestionPreview.list(of: unit, in: language) {
            out += "<section aria-labelledby=\"quiz\">\n<h2 id=\"quiz\">\(text(.quizQuestions))</h2>\n"
            out += "<p>\(text(.answersWhere))</p>\n\(questions)</section>\n"
        }
        if !unit.sources.isEmpty { out += section("sources", .sources, sources) }
        return out + "</article>\n"
    }

    private func section(_ id: String, _ heading: PackLabel, _ body: String) -> String {
        "<section aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(text(heading))</h2>\n\(body)</section>\n"
    }

    private func list(_ texts: [LocalizedText]) -> String {
        "<ul>\n" + texts.map { "<li>\(local($0))</li>\n" }.joined() + "</ul>\n"
    }

    private var licence: String {
        let name = escape(unit.license)
        let linked = LearningResourceJSON.licenseURL(unit.license).map { "<a href=\"\($0)\" rel=\"license\">\(name)</a>" } ?? name
        return "<p class=\"licence\">\(text(.license)): \(linked)</p>\n"
    }

    private var otherLanguages: String {
        let others = UnitFacts.languages(of: unit).filter { $0 != language }
        guard !others.isEmpty else { return "" }
        var out = "<nav class=\"translations\" aria-labelledby=\"other-languages\">\n"
        out += "<h2 id=\"other-languages\">\(text(.otherLanguages))</h2>\n<ul>\n"
        for code in others {
            out += "<li><a href=\"../\(code)/\(unit.id).html\" hreflang=\"\(code)\" lang=\"\(code)\">"
                + "\(escape(unit.title.text(in: code)))</a> (\(escape(SiteStrings.languageName(code, in: language))))</li>\n"
        }
        return out + "</ul>\n</nav>\n"
    }

    private var downloadList: String {
        var out = "<section aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">\(text(.downloads))</h2>\n<ul class=\"downloads\">\n"
        for link in downloads {
            let name = SitePage.fileName(of: link.path)
            let download = link.path.hasSuffix(".html") ? "" : " download=\"\(escape(name))\""
            out += "<li><a href=\"../\(escape(link.path))\"\(download)>\(text(link.label))</a> "
                + "<span class=\"file\">\(escape(name))</span></li>\n"
        }
        return out + "</ul>\n</section>\n"
    }

    private var activities: String {
        var out = "<section aria-labelledby=\"activities\">\n<h2 id=\"activities\">\(text(.activities))</h2>\n"
        for activity in unit.activities {
            out += "<section class=\"activity\" aria-labelledby=\"activity-\(escape(activity.id))\">\n"
            out += "<h3 id=\"activity-\(escape(activity.id))\">\(local(activity.title))</h3>\n"
            out += "<p class=\"meta\">\(text(PackStrings.label(for: activity.kind))) · "
                + "\(escape(UnitFacts.minutes(activity.minutes, in: language)))</p>\n"
            out += "<h4>\(text(.steps))</h4>\n\(markdown.html(activity.steps.text(in: language)))"
            for media in activity.media {
                out += "<figure>\n<img src=\"../\(escape(media.path))\" alt=\"\(local(media.alt))\">\n"
                if let caption = media.caption { out += "<figcaption>\(local(caption))</figcaption>\n" }
                out += "</figure>\n"
            }
            if let notes = activity.teacherNotes {
                out += "<div class=\"notes\">\n<h4>\(text(.teacherNotes))</h4>\n\(markdown.html(notes.text(in: language)))</div>\n"
            }
            out += "</section>\n"
        }
        return out + "</section>\n"
    }

    private var sources: String {
        var out = "<ul class=\"sources\">\n"
        for source in unit.sources {
            let title = escape(source.title)
            var line = source.url.flatMap { url in
                url.hasPrefix("https://") || url.hasPrefix("http://") ? "<a href=\"\(escape(url))\">\(title)</a>" : nil
            } ?? title
            if let publisher = source.publisher { line += ", \(escape(publisher))" }
            if let year = source.year { line += " (\(year))" }
            out += "<li>\(line)</li>\n"
        }
        return out + "</ul>\n"
    }
}
