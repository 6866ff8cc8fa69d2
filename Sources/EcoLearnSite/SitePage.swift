import EcoLearn

/// The frame every page of the site shares: head (title, description, style sheet, alternates), the skip link,
/// the header with the language switcher, the main content and the footer. Links are relative, so the site works
/// from `file://` and from any folder of any static host.
struct SitePage {
    /// The page's language (`lang` of the document).
    var language: String
    var title: String
    var description: String
    /// `../` for pages one folder down (every page but the root's language choice).
    var up: String
    /// The same page in each language, as `(language, relative href)`; the page's own language included.
    var alternates: [(language: String, href: String)]
    /// The page's path from the site's root (`lv/composting-basics.html`), for absolute alternates.
    var path: String
    var baseURL: String?
    /// Extra elements for `<head>` (JSON-LD, feed link).
    var head: String = ""
    var main: String
    /// Scripts at the end of `<body>`.
    var scripts: String = ""

    /// The complete HTML document.
    var html: String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(language)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(escape(title))</title>\n"
        out += "<meta name=\"description\" content=\"\(escape(description))\">\n"
        out += "<link rel=\"stylesheet\" href=\"\(up)assets/site.css\">\n"
        if let baseURL { out += "<link rel=\"canonical\" href=\"\(escape(baseURL + path))\">\n" }
        for alternate in alternates {
            let href = baseURL.map { $0 + alternate.language + "/" + Self.fileName(of: alternate.href) } ?? alternate.href
            out += "<link rel=\"alternate\" hreflang=\"\(alternate.language)\" href=\"\(escape(href))\">\n"
        }
        out += head
        out += "</head>\n<body>\n"
        out += "<a class=\"skip\" href=\"#content\">\(escape(SiteStrings.text(.skipToContent, in: language)))</a>\n"
        out += "<header class=\"site\">\n<p class=\"brand\"><a href=\"index.html\">"
            + "\(escape(SiteStrings.text(.siteTitle, in: language)))</a></p>\n"
        out += languageSwitcher
        out += "</header>\n<main id=\"content\">\n\(main)</main>\n"
        out += "<footer class=\"site\">\n<p>\(escape(SiteStrings.text(.footer, in: language)))</p>\n</footer>\n"
        out += scripts
        out += "</body>\n</html>\n"
        return out
    }

    /// Links to this page in the other languages (the current one marked), when there are others.
    private var languageSwitcher: String {
        guard alternates.count > 1 else { return "" }
        var out = "<nav class=\"languages\" aria-label=\"\(escape(SiteStrings.text(.language, in: language)))\">\n<ul>\n"
        for alternate in alternates {
            let name = escape(SiteStrings.endonym(alternate.language))
            if alternate.language == language {
                out += "<li><a href=\"\(escape(alternate.href))\" aria-current=\"page\">\(name)</a></li>\n"
            } else {
                out += "<li><a href=\"\(escape(alternate.href))\" hreflang=\"\(alternate.language)\" "
                    + "lang=\"\(alternate.language)\">\(name)</a></li>\n"
            }
        }
        return out + "</ul>\n</nav>\n"
    }

    /// The last part of a relative link (`../lv/x.html` → `x.html`).
    static func fileName(of href: String) -> String {
        href.split(separator: "/").last.map(String.init) ?? href
    }
}

/// `text` escaped for HTML text and attribute values.
func escape(_ text: String) -> String { HTMLText.escape(text) }
