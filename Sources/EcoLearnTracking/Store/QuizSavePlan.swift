/// The order in which a backend stores a batch of quiz results (`ParticipationStore.saveQuizResults`), the same on
/// every backend: each event a result names is looked up once, and each unit is checked against an event's lessons
/// once, at its first result.
package struct QuizSavePlan {
    /// One result to store, with the stored event it is for.
    package struct Step {
        package var result: QuizResultInput
        /// The stored id of the event the result names; nil when no event has that code or number.
        var event: Int64?
        /// True at the first result of its event and unit: the backend checks (or adds) the unit among the event's
        /// lessons here.
        package var checksLesson: Bool

        /// The stored event's id.
        ///
        /// - Throws: `StoreError.eventNotFound` when no event has the reference the result gives.
        package func eventID() throws -> Int64 {
            guard let event else { throw StoreError.eventNotFound(result.event) }
            return event
        }
    }

    /// The event references of `results`, each once, in the order of first use: what the backend looks up.
    package var references: [String]
    private var results: [QuizResultInput]

    package init(_ results: [QuizResultInput]) {
        self.results = results
        var seen: Set<String> = []
        references = results.map(\.event).filter { seen.insert($0).inserted }
    }

    /// The results in order, each with the id `eventIDs` gives its reference (what the backend found for each of
    /// `references`; a missing one is an event not found).
    package func steps(eventIDs: [String: Int64]) -> [Step] {
        var checked: Set<[String]> = []
        return results.map { result in
            let event = eventIDs[result.event]
            let first = event.map { checked.insert([String($0), result.unitID]).inserted } ?? false
            return Step(result: result, event: event, checksLesson: first)
        }
    }
}
