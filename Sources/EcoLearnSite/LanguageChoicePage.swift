/// The site's root page (`index.html`): the site's name and a link to the home page of each language, each in
/// its own language.
enum LanguageChoicePage {
    static func html(baseURL: String?) -> String {
        var main = "<h1>\(escape(SiteStrings.text(.siteTitle, in: "en")))</h1>\n"
        for code in SitePaths.languages where code != "en" {
            main += "<p class=\"tagline\" lang=\"\(code)\">\(escape(SiteStrings.text(.siteTitle, in: code)))</p>\n"
        }
        main += "<h2>" + SitePaths.languages.map { code in
            let text = escape(SiteStrings.text(.chooseLanguage, in: code))
            return code == "en" ? text : "<span lang=\"\(code)\">\(text)</span>"
        }.joined(separator: " · ") + "</h2>\n<ul class=\"choose\">\n"
        for code in SitePaths.languages {
            main += "<li><a href=\"\(SitePaths.home(code))\" hreflang=\"\(code)\" lang=\"\(code)\">"
                + "\(escape(SiteStrings.endonym(code)))</a></li>\n"
        }
        main += "</ul>\n"
        let page = SitePage(
            language: "en", title: SiteStrings.text(.siteTitle, in: "en"),
            description: SiteStrings.text(.tagline, in: "en"), up: "", alternates: [], path: "", baseURL: baseURL,
            main: main)
        return page.html
    }
}
