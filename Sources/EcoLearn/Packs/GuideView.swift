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
}
