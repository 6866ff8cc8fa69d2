/// The data the pack templates render: plain strings (escaped by the templates) and, in fields ending in
/// `HTML` or `URI`, markup that is already safe (rendered Markdown, embedded images).
struct PackView {
    var lang: String
    var title: String
    /// The title as the inside of a CSS string (for the running footer): quotes, backslashes, `<` and control
    /// characters written as CSS escapes, so no text can end the string or the style element.
    var cssTitle: String
    var labels: [String: String]
    var parts: [PartView]

    /// `text` escaped for use between double quotes in CSS.
    static func cssString(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if scalar == "\\" || scalar == "\"" || scalar == "<" || scalar == ">" || scalar == "&"
                || scalar.value < 0x20 || scalar.value == 0x7F
            {
                escaped += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}

/// One part of the pack; exactly one of the optional fields is set.
struct PartView {
    var cover: CoverView?
    var contents: ContentsView?
    var teacherGuide: GuidePartView?
    var worksheets: WorksheetsView?
    var quiz: QuizPartView?
    var answerKey: QuizPartView?
    var signInSheet: SignInView?
    var certificate: CertificateView?
}

struct CoverView {
    var title: String
    var organisation: String?
    var audience: String
    var language: String
    var date: String?
    var lessons: [String]
    var totalMinutes: Int
}

struct ContentsView {
    var entries: [ContentsEntry]
}

struct ContentsEntry {
    var anchor: String
    var title: String
    /// True for a part, false for a unit or variant inside a part.
    var isPart: Bool
}

struct WorksheetsView {
    var sheets: [WorksheetView]
    var isEmpty: Bool
}

struct WorksheetView {
    var anchor: String
    var unitTitle: String
    var activityTitle: String
    var bodyHTML: String
    var media: [MediaView]
}

struct MediaView {
    var dataURI: String
    var alt: String
    var caption: String?
}

struct SignInView {
    var organisation: String?
    var isSchool: Bool
    /// Row numbers of the sign-in table (adults) or the ages of the headcount table (school).
    var rows: [String]
}

struct CertificateView {
    var title: String
    var organisation: String?
    var lessons: [String]
    var date: String?
}
