/// Why a live game refused a command: a stable `code` the pages translate, and an English message for the
/// terminal and the logs.
public struct LiveRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as the pages and tests know it.
    public enum Code: String, Sendable, Hashable, Codable {
        case unknownPlayer, wrongPIN, alreadyJoined, kicked, ended, notOpen, otherQuestion, alreadyAnswered, badAnswer
        case nameEmpty, nameTooLong, nameTaken, nameRemoved, unknownLanguage, full
        case notNow, timerOff, noQuiz, badSettings, badRecords
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
