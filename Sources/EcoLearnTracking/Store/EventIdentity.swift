import EcoLearn

/// What makes a recorded event the same event when it is typed again (docs/TRACKING.md, "Which rows are the
/// same event"): its code when it has one; without a code, its date, town, country, kind and title, the texts
/// compared as `CaselessKey` folds them. Two different events on one day in one town with the same kind and
/// title need codes (or titles that tell them apart).
package struct EventIdentity: Hashable {
    var date: String
    var kind: EventKind
    var town: String
    var country: String
    var title: String

    package init(_ event: EventRecord) {
        date = event.date
        kind = event.kind
        town = CaselessKey.fold(event.town)
        country = CaselessKey.fold(event.country)
        title = CaselessKey.fold(event.title)
    }
}

/// A stored event that a typed event is the same as, and whether everything else about it agrees.
package struct StoredMatch {
    package var stored: EventRecord
    /// True when the stored event has the same details, lessons and headcounts: typing it again changes nothing.
    package var identical: Bool

    /// The match of `valid` with a stored event found by code or `EventIdentity`, given the stored event's lessons
    /// and headcounts (`dimension value count`, in any order).
    package init(_ valid: ValidEvent, stored: EventRecord, lessons: [String], counts: [String]) {
        let event = valid.record
        var typed = event
        typed.id = stored.id
        typed.code = event.code ?? stored.code
        if EventIdentity(typed) == EventIdentity(stored) {
            // Spelled otherwise (case, Unicode form), but the same words: the stored spelling stands.
            (typed.town, typed.country, typed.title) = (stored.town, stored.country, stored.title)
        }
        typed.importID = stored.importID
        self.stored = stored
        identical = typed == stored && lessons.sorted() == valid.lessons.sorted()
            && Set(counts) == Set(valid.headcounts.map { "\($0.0.rawValue) \($0.1) \($0.2)" })
    }

    /// Among events stored on the typed event's date with its kind (and without a code when it has one), the one
    /// that is the same event, if any.
    package static func sameEvent(as valid: ValidEvent, among candidates: [EventRecord]) -> EventRecord? {
        let identity = EventIdentity(valid.record)
        return candidates.first { EventIdentity($0) == identity }
    }
}
