/// The teacher guide: a unit after another.
struct GuidePartView {
    var units: [GuideView]
}

/// A unit's pages in the teacher guide.
struct GuideView {
    var anchor: String
    var title: String
    var summary: String
    var meta: [MetaItem]
    var isDraft: Bool
    var objectives: [String]
    var keyPoints: [String]
    var timing: [TimingRow]
    var totalMinutes: Int
    var materials: [String]
    var activities: [ActivityView]
    var sources: [SourceView]
    var license: String
    var authors: String?
}

/// A labelled fact under a unit's title (minutes, ages, audience).
struct MetaItem {
    var label: String
    var value: String

    /// A unit's teaching time, ages (when given) and audiences, labelled in `language`.
    static func facts(of unit: LessonUnit, in language: String) -> [MetaItem] {
        func label(_ label: PackLabel) -> String { PackStrings.text(label, in: language) }
        var meta = [MetaItem(label: label(.teachingTime), value: "\(unit.minutes) \(label(.minutesShort))")]
        if let ages = unit.ages { meta.append(MetaItem(label: label(.ages), value: ages.description)) }
        let audiences = unit.audiences.map { label(PackStrings.label(for: $0)) }.joined(separator: ", ")
        meta.append(MetaItem(label: label(.audience), value: audiences))
        return meta
    }
}

/// A row of a unit's timing table: when an activity starts and ends, counted from the lesson's start.
struct TimingRow {
    var span: String
    var title: String
    var kind: String
    var minutes: Int
}

struct ActivityView {
    var title: String
    var kind: String
    var minutes: Int
    var stepsHTML: String
    var media: [MediaView]
    var notesHTML: String?
}

struct SourceView {
    var title: String
    var details: String?
    var url: String?

    /// A unit's source as printed: its title, then publisher and year, then its address.
    init(_ source: Source) {
        let details = [source.publisher, source.year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
        self.init(title: source.title, details: details.isEmpty ? nil : details, url: source.url)
    }

    init(title: String, details: String?, url: String?) {
        self.title = title
        self.details = details
        self.url = url
    }
}
