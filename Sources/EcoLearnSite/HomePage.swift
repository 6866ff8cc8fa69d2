import EcoLearn

/// The home page of one language (`lv/index.html`): every unit with its facts, a filter form and a search box.
/// The list is complete without JavaScript; the form is shown by the site's script, which filters the list with
/// the search index embedded in the page.
struct HomePage {
    var language: String
    /// Every unit on the site, in library order.
    var units: [LessonUnit]
    var baseURL: String?
    /// True when the site has a feed for this language (it needs the site's address).
    var hasFeed: Bool

    /// The maximum teaching times the time filter offers, in minutes.
    static let timeLimits = [30, 45, 60, 90, 120]

    private func text(_ label: SiteLabel) -> String { escape(SiteStrings.text(label, in: language)) }
    private func text(_ label: PackLabel) -> String { escape(PackStrings.text(label, in: language)) }

    var html: String {
        var page = SitePage(
            language: language, title: SiteStrings.text(.siteTitle, in: language),
            description: SiteStrings.text(.tagline, in: language), up: "../",
            alternates: SitePaths.languages.map { ($0, "../\($0)/index.html") }, path: SitePaths.home(language),
            baseURL: baseURL, main: main)
        if hasFeed {
            page.head = "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\" "
                + "title=\"\(text(.feed))\">\n"
        }
        page.scripts = "<script type=\"application/json\" id=\"search-index\">\(searchIndex.text)</script>\n"
            + "<script src=\"../\(SitePaths.script)\"></script>\n"
        return page.html
    }

    private var main: String {
        var out = "<h1>\(text(.siteTitle))</h1>\n<p class=\"tagline\">\(text(.tagline))</p>\n"
        out += filterForm
        let count = SiteStrings.text(.lessonCount, in: language).replacingOccurrences(of: "%1", with: String(units.count))
        out += "<p id=\"count\" class=\"count\" role=\"status\">\(escape(count)) \(text(.filtersNeedScript))</p>\n"
        out += "<ul class=\"units\" id=\"units\">\n"
        for unit in units { out += card(unit) }
        out += "</ul>\n"
        if hasFeed { out += "<p class=\"feed\"><a href=\"feed.xml\" type=\"application/atom+xml\">\(text(.feed))</a></p>\n" }
        return out
    }

    private func card(_ unit: LessonUnit) -> String {
        let languages = UnitFacts.languages(of: unit)
        let shown = languages.contains(language) ? language : (languages.first ?? unit.sourceLanguage)
        let langAttribute = shown == language ? "" : " lang=\"\(shown)\""
        let href = shown == language ? "\(unit.id).html" : "../\(shown)/\(unit.id).html"
        var out = "<li id=\"unit-\(unit.id)\" data-unit=\"\(unit.id)\">\n<article>\n"
        out += "<h2\(langAttribute)><a href=\"\(href)\"\(shown == language ? "" : " hreflang=\"\(shown)\"")>"
            + "\(escape(unit.title.text(in: shown)))</a></h2>\n"
        if shown != language { out += "<p class=\"notice\">\(text(.notInLanguage))</p>\n" }
        out += "<p\(langAttribute)>\(escape(unit.summary.text(in: shown)))</p>\n"
        out += UnitFacts.list(of: unit, in: language)
        return out + "</article>\n</li>\n"
    }

    private var filterForm: String {
        var out = "<form id=\"filters\" class=\"filters\" role=\"search\" aria-labelledby=\"find\" hidden>\n"
        out += "<h2 id=\"find\">\(text(.findLesson))</h2>\n"
        out += "<div class=\"field wide\"><label for=\"q\">\(text(.search))</label>"
            + "<input id=\"q\" name=\"q\" type=\"search\" aria-describedby=\"q-hint\">"
            + "<p id=\"q-hint\" class=\"hint\">\(text(.searchHint))</p></div>\n"
        let topics = Set(units.flatMap(\.topics)).sorted {
            SiteTopics.name($0, in: language) < SiteTopics.name($1, in: language)
        }
        out += select("topic", .topic, all: .allTopics, topics.map { ($0, SiteTopics.name($0, in: language)) })
        let audiences = Audience.allCases.filter { audience in units.contains { $0.audiences.contains(audience) } }
        out += select("audience", nil, all: .allAudiences, audiences.map {
            ($0.rawValue, PackStrings.text(PackStrings.label(for: $0), in: language))
        })
        out += "<div class=\"field\"><label for=\"age\">\(text(.learnerAge))</label>"
            + "<input id=\"age\" name=\"age\" type=\"number\" min=\"1\" max=\"120\" inputmode=\"numeric\" "
            + "aria-describedby=\"age-hint\"><p id=\"age-hint\" class=\"hint\">\(text(.ageHint))</p></div>\n"
        out += select("minutes", .timeAvailable, all: .anyTime, Self.timeLimits.map {
            (String($0), SiteStrings.text(.upToMinutes, in: language).replacingOccurrences(of: "%1", with: String($0)))
        })
        out += select("language", .availableIn, all: .allLanguages, SitePaths.languages.map {
            ($0, SiteStrings.languageName($0, in: language))
        })
        out += "<div class=\"field actions\"><button type=\"reset\">\(text(.showAll))</button></div>\n"
        return out + "</form>\n"
    }

    /// A `<select>` with an "all" option first; `label` nil means the pack label "Audience".
    private func select(_ id: String, _ label: SiteLabel?, all: SiteLabel, _ options: [(String, String)]) -> String {
        let name = label.map { text($0) } ?? text(.audience)
        var out = "<div class=\"field\"><label for=\"\(id)\">\(name)</label><select id=\"\(id)\" name=\"\(id)\">"
        out += "<option value=\"\">\(text(all))</option>"
        for (value, shown) in options { out += "<option value=\"\(escape(value))\">\(escape(shown))</option>" }
        return out + "</select></div>\n"
    }

    /// The index the page's script searches and filters: per unit its id, its folded text in the page's
    /// language (title, summary, key points), topics, audiences, ages, minutes and languages; and the texts
    /// the script shows.
    var searchIndex: JSONValue {
        let entries = units.map { unit -> JSONValue in
            let languages = UnitFacts.languages(of: unit)
            let shown = languages.contains(language) ? language : (languages.first ?? unit.sourceLanguage)
            let text = ([unit.title, unit.summary] + unit.keyPoints).map { $0.text(in: shown) }.joined(separator: "\n")
            var members: [(String, JSONValue)] = [
                ("id", .string(unit.id)), ("text", .string(SearchText.fold(text))),
                ("topics", .array(unit.topics.map(JSONValue.string))),
                ("audiences", .array(unit.audiences.map { .string($0.rawValue) })),
                ("minutes", .number(unit.minutes)),
                ("languages", .array(languages.map(JSONValue.string))),
            ]
            if let ages = unit.ages { members.append(("ages", .array([.number(ages.lower), .number(ages.upper)]))) }
            return .object(members)
        }
        return .object([
            ("found", .string(SiteStrings.text(.lessonsFound, in: language))),
            ("none", .string(SiteStrings.text(.noMatch, in: language))),
            ("units", .array(entries)),
        ])
    }
}
