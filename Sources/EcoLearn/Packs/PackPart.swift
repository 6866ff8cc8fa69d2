/// A part of a pack. Each printed part starts on a new page of the pack; `slides` is a presentation deck written
/// as a file of its own beside the pack (docs/PACKS.md).
public enum PackPart: String, Sendable, Hashable, Codable, CaseIterable {
    case cover
    case contents
    case teacherGuide = "teacher-guide"
    case worksheets
    case quiz
    case answerKey = "answer-key"
    case signInSheet = "sign-in-sheet"
    case certificate
    case slides

    /// The parts printed in the pack itself, in their usual order (every part but the slides).
    public static let printed: [PackPart] = allCases.filter { $0 != .slides }
}
