import EcoLearnTracking
import GRDB

/// One row of the `quiz_answer` table: the fraction of one question's points a respondent earned.
public struct QuizAnswerRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "quiz_answer"

    public var resultID: Int64
    public var questionID: String
    /// The objective the question assesses.
    public var objectiveID: String
    /// -1...1 (negative under negative marking).
    public var fraction: Double

    enum CodingKeys: String, CodingKey {
        case fraction
        case resultID = "result_id"
        case questionID = "question_id"
        case objectiveID = "objective_id"
    }
}
