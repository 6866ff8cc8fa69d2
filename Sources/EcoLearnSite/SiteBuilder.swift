import EcoLearn
import Foundation

/// Builds the public catalogue of a library (docs/SITE.md): a static site in one folder with a home page per
/// language, a page per unit and language, the downloads of each unit, schema.org descriptions, a sitemap and
/// feeds. Every link is relative, nothing is fetched from elsewhere, and the same library and settings give the
/// same bytes. A unit whose file has errors is left out (its errors are in the report). Rebuilding into the
/// same folder remakes only the units whose inputs changed (see `SiteManifest`) and writes only changed files.
public struct SiteBuilder: Sendable {
    /// What to build besides the pages.
    public struct Settings: Sendable, Hashable {
        /// The address the site will be published at (`https://example.org/lessons/`), for the sitemap, the feeds,
        /// canonical links and schema.org ids; nil for a site without them.
        public var baseURL: String?
        /// Also write each pack as PDF (through WeasyPrint).
        public var pdf: Bool

        public init(baseURL: String? = nil, pdf: Bool = false) {
            self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
            self.pdf = pdf
        }
    }

    public var library: Library
    public var settings: Settings
    /// When each lesson file last changed (`UnitDates.fromGit`), by path; empty when unknown.
    var dates: [String: String]

    public init(library: Library, settings: Settings = Settings()) {
        self.library = library
        self.settings = settings
        self.dates = UnitDates.fromGit(root: library.root)
    }

    /// What a build did.
    public struct Report: Sendable {
        /// Files written (paths relative to the site's folder, sorted): new or changed ones only.
        public var written: [String] = []
        /// Files that were made again with the bytes they already had.
        public var unchanged = 0
        /// Units whose files were kept from the previous build, their inputs being the same.
        public var reusedUnits = 0
        /// Files of a previous build deleted (units gone or now with errors).
        public var removed: [String] = []
        /// The units on the site.
        public var units = 0
        /// The lesson files left out because they have errors.
        public var leftOut: [String] = []
        /// Every problem found: the library's (each error of a left-out file, at its place) and the build's.
        public var diagnostics: [Diagnostic] = []
        /// False when no address was given, so the sitemap and feeds were not written.
        public var hasSitemap = false
    }

    /// Builds the site into `folder` (created when needed).
    public func build(into folder: URL) throws(SiteBuildError) -> Report {
        var report = Report()
        report.diagnostics = library.diagnostics
        let broken = Set(library.diagnostics.filter { $0.severity == .error }.compactMap { $0.file ?? $0.mark?.file })
        let candidates = library.units.filter { !broken.contains($0.file) }
        report.leftOut = library.files.filter { broken.contains($0) }
        let files = SiteFiles(folder: folder)
        let previous = SiteManifest.read(from: folder)
        let shared = sharedFingerprint()
        let outcomes = ConcurrentMap.map(count: candidates.count) { index in
            build(candidates[index], files: files, previous: previous?.units[candidates[index].id], shared: shared)
        }
        var manifest = SiteManifest(format: SiteManifest.format, units: [:])
        var units: [LessonUnit] = []
        for (unit, outcome) in zip(candidates, outcomes) {
            report.diagnostics += outcome.diagnostics
            report.written += outcome.written
            report.unchanged += outcome.unchanged
            if outcome.reused { report.reusedUnits += 1 }
            if let entry = outcome.entry {
                manifest.units[unit.id] = entry
                units.append(unit)
            } else {
                report.leftOut.append(unit.file)
            }
        }
        report.units = units.count
        for (id, entry) in (previous?.units ?? [:]).sorted(by: { $0.key < $1.key }) {
            let current = Set(manifest.units[id]?.files ?? [])
            for file in entry.files where !current.contains(file) && files.remove(file) { report.removed.append(file) }
            if manifest.units[id] == nil { files.removeIfEmpty(SitePaths.downloads(id)) }
        }
        try writeShared(units: units, files: files, report: &report)
        _ = try files.write(manifest.bytes, to: SitePaths.manifest)
        report.written.sort()
        report.leftOut = Array(Set(report.leftOut)).sorted()
        var seen: Set<Diagnostic> = []
        report.diagnostics = report.diagnostics.sortedByPlace().filter { seen.insert($0).inserted }
        return report
    }

    /// The pages that list every unit: the language choice, the home pages, the assets, the pictures, and with
    /// an address the sitemap and the feeds.
    private func writeShared(units: [LessonUnit], files: SiteFiles, report: inout Report) throws(SiteBuildError) {
        var outputs: [(String, [UInt8])] = [
            ("index.html", Array(LanguageChoicePage.html(baseURL: settings.baseURL).utf8)),
            (SitePaths.css, Array(SiteStyle.text.utf8)),
            (SitePaths.script, Array(SiteScript.text.utf8)),
        ]
        for language in SitePaths.languages {
            let home = HomePage(language: language, units: units, baseURL: settings.baseURL, hasFeed: settings.baseURL != nil)
            outputs.append((SitePaths.home(language), Array(home.html.utf8)))
        }
        if let baseURL = settings.baseURL {
            report.hasSitemap = true
            outputs.append((SitePaths.sitemap, Array(SiteFeeds.sitemap(units: units, baseURL: baseURL, dates: dates).utf8)))
            for language in SitePaths.languages {
                let feed = SiteFeeds.atom(units: units, language: language, baseURL: baseURL, dates: dates)
                outputs.append((SitePaths.feed(language), Array(feed.utf8)))
            }
        }
        let media = Set(units.flatMap { $0.activities.flatMap { $0.media.map(\.path) } }).sorted()
        for path in media where Self.isMediaPath(path) {
            if let data = FileManager.default.contents(atPath: library.root.appendingPathComponent(path).path) {
                outputs.append((path, Array(data)))
            }
        }
        for (path, bytes) in outputs {
            if try files.write(bytes, to: path) { report.written.append(path) } else { report.unchanged += 1 }
        }
    }

    /// True for `media/...` paths without `..`, the only pictures copied into the site.
    static func isMediaPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts[0] == "media" && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// What one unit's part of a build gave.
    private struct UnitOutcome {
        /// The unit's files for the manifest; nil when the unit was left out.
        var entry: SiteManifest.Entry?
        var written: [String] = []
        var unchanged = 0
        var reused = false
        var diagnostics: [Diagnostic] = []
    }

    /// What every unit's pages depend on besides the unit: the settings, the workspace's pack templates.
    private func sharedFingerprint() -> String {
        var fingerprint = Fingerprint()
        fingerprint.add("format \(SiteManifest.format) pdf \(settings.pdf) base \(settings.baseURL ?? "-")")
        let templates = library.root.appendingPathComponent("templates")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: templates.path)) ?? []).sorted()
        for name in names {
            fingerprint.add(name)
            fingerprint.add(Array(FileManager.default.contents(atPath: templates.appendingPathComponent(name).path) ?? Data()))
        }
        return fingerprint.hex
    }

    private func fingerprint(of unit: LessonUnit, source: [UInt8], shared: String) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(shared)
        fingerprint.add(unit.file)
        fingerprint.add(dates[unit.file] ?? "-")
        fingerprint.add(source)
        for path in Set(unit.activities.flatMap { $0.media.map(\.path) }).sorted() {
            fingerprint.add(path)
            fingerprint.add(Array(FileManager.default.contents(atPath: library.root.appendingPathComponent(path).path) ?? Data()))
        }
        return fingerprint.hex
    }

    /// Makes (or keeps) the pages and downloads of one unit in each of its languages.
    private func build(_ unit: LessonUnit, files: SiteFiles, previous: SiteManifest.Entry?, shared: String) -> UnitOutcome {
        var outcome = UnitOutcome()
        let source = Array(FileManager.default.contents(atPath: library.root.appendingPathComponent(unit.file).path) ?? Data())
        let fingerprint = fingerprint(of: unit, source: source, shared: shared)
        if let previous, previous.fingerprint == fingerprint, previous.files.allSatisfy(files.exists) {
            outcome.entry = previous
            outcome.reused = true
            return outcome
        }
        var outputs: [(String, [UInt8])] = [(SitePaths.source(unit.id), source)]
        var written: [String] = []
        let builder = PackBuilder(library: library)
        do {
            for language in UnitFacts.languages(of: unit) {
                let downloads = try UnitDownloads(unit: unit, language: language, builder: builder, pdf: settings.pdf)
                    .make(files: files, outputs: &outputs, written: &written, warnings: &outcome.diagnostics)
                let page = UnitPage(
                    unit: unit, language: language, downloads: downloads, date: dates[unit.file], baseURL: settings.baseURL)
                outputs.append((SitePaths.unitPage(unit.id, language), Array(page.html.utf8)))
            }
            for (path, bytes) in outputs {
                if try files.write(bytes, to: path) { written.append(path) } else { outcome.unchanged += 1 }
            }
        } catch let error as PackBuildError {
            outcome.diagnostics += error.diagnostics
            return outcome
        } catch let error as SiteBuildError {
            outcome.diagnostics += error.diagnostics
            return outcome
        } catch {
            return outcome
        }
        outcome.written = written
        outcome.entry = SiteManifest.Entry(fingerprint: fingerprint, files: (outputs.map(\.0) + written).uniqueSorted)
        return outcome
    }
}

extension Array where Element == String {
    /// The strings sorted, each once.
    var uniqueSorted: [String] { Array(Set(self)).sorted() }
}
