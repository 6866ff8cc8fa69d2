/// Where each file of the site goes, relative to the site's folder. Unit pages sit in one folder per language
/// (`lv/composting-basics.html`), downloads in one folder per unit (`downloads/composting-basics/`).
enum SitePaths {
    /// The languages the site is written in (those packs print in).
    static let languages = ["en", "lv", "tr"]

    static func home(_ language: String) -> String { "\(language)/index.html" }
    static func unitPage(_ id: String, _ language: String) -> String { "\(language)/\(id).html" }
    static func feed(_ language: String) -> String { "\(language)/feed.xml" }
    static func downloads(_ id: String) -> String { "downloads/\(id)" }
    static func pack(_ id: String, _ language: String) -> String { "downloads/\(id)/\(id)-\(language)-pack.html" }
    static func packPDF(_ id: String, _ language: String) -> String { "downloads/\(id)/\(id)-\(language)-pack.pdf" }
    static func slides(_ id: String, _ language: String) -> String { "downloads/\(id)/\(id)-\(language)-slides.html" }
    static func gift(_ id: String, _ language: String) -> String { "downloads/\(id)/\(id)-\(language).gift" }
    static func moodleXML(_ id: String, _ language: String) -> String { "downloads/\(id)/\(id)-\(language)-moodle.xml" }
    static func source(_ id: String) -> String { "downloads/\(id)/\(id).yaml" }
    static let css = "assets/site.css"
    static let script = "assets/site.js"
    static let sitemap = "sitemap.xml"
    /// The build cache: what each unit's pages were made from (see `SiteManifest`).
    static let manifest = ".ecolearn-site.json"
}
