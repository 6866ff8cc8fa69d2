/// A part of a printed pack; each starts on a new page.
public enum PackPart: String, Sendable, Hashable, Codable, CaseIterable {
    case cover
    case contents
    case teacherGuide = "teacher-guide"
    case worksheets
    case quiz
    case answerKey = "answer-key"
    case signInSheet = "sign-in-sheet"
    case certificate
}
