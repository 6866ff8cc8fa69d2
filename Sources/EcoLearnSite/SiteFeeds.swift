import EcoLearn

/// The files that need the site's absolute address: `sitemap.xml` (every page, with its language alternates)
/// and one Atom feed of units per language (`lv/feed.xml`).
enum SiteFeeds {
    /// The sitemap of the root page, the home pages and every unit page, with `xhtml:link` alternates.
    static func sitemap(units: [LessonUnit], baseURL: String, dates: [String: String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        out += "<url><loc>\(xml(baseURL))</loc></url>\n"
        let homes = SitePaths.languages.map { ($0, SitePaths.home($0)) }
        for (_, path) in homes { out += entry(baseURL + path, alternates: homes, baseURL: baseURL, date: nil) }
        for unit in units {
            let pages = UnitFacts.languages(of: unit).map { ($0, SitePaths.unitPage(unit.id, $0)) }
            for (_, path) in pages {
                out += entry(baseURL + path, alternates: pages, baseURL: baseURL, date: dates[unit.file])
            }
        }
        return out + "</urlset>\n"
    }

    private static func entry(_ location: String, alternates: [(String, String)], baseURL: String, date: String?) -> String {
        var out = "<url><loc>\(xml(location))</loc>"
        if let date { out += "<lastmod>\(date)</lastmod>" }
        for (language, path) in alternates where alternates.count > 1 {
            out += "<xhtml:link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(xml(baseURL + path))\"/>"
        }
        return out + "</url>\n"
    }

    /// The Atom feed of the units written in `language`, newest change first (units without a known date last,
    /// dated 1970-01-01, which Atom needs).
    static func atom(units: [LessonUnit], language: String, baseURL: String, dates: [String: String]) -> String {
        let written = units.filter { UnitFacts.languages(of: $0).contains(language) }
        let dated = written.enumerated().sorted { lhs, rhs in
            let left = dates[lhs.element.file] ?? "", right = dates[rhs.element.file] ?? ""
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        func stamp(_ unit: LessonUnit) -> String { (dates[unit.file] ?? "1970-01-01") + "T00:00:00Z" }
        let home = baseURL + SitePaths.home(language)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(language)\">\n"
        out += "<title>\(xml(SiteStrings.text(.siteTitle, in: language)))</title>\n"
        out += "<subtitle>\(xml(SiteStrings.text(.tagline, in: language)))</subtitle>\n"
        out += "<id>\(xml(home))</id>\n"
        out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(xml(home))\"/>\n"
        out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(xml(baseURL + SitePaths.feed(language)))\"/>\n"
        out += "<updated>\(dated.first.map(stamp) ?? "1970-01-01T00:00:00Z")</updated>\n"
        out += "<author><name>\(xml(SiteStrings.text(.siteTitle, in: language)))</name></author>\n"
        out += "<generator>ecolearn</generator>\n"
        for unit in dated {
            let page = baseURL + SitePaths.unitPage(unit.id, language)
            out += "<entry>\n<title>\(xml(unit.title.text(in: language)))</title>\n<id>\(xml(page))</id>\n"
            out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(xml(page))\"/>\n"
            out += "<updated>\(stamp(unit))</updated>\n"
            for author in unit.authors { out += "<author><name>\(xml(author))</name></author>\n" }
            out += "<summary>\(xml(unit.summary.text(in: language)))</summary>\n"
            for topic in unit.topics {
                out += "<category term=\"\(xml(topic))\" label=\"\(xml(SiteTopics.name(topic, in: language)))\"/>\n"
            }
            out += "<rights>\(xml(unit.license))</rights>\n</entry>\n"
        }
        return out + "</feed>\n"
    }

    /// `text` escaped for XML text and attribute values.
    private static func xml(_ text: String) -> String { HTMLText.escape(text) }
}
