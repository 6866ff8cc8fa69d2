extension EventInput {
    /// The headcount groups of counts typed one by one: `counted` gives `female`, `male`, `other`, `local` and
    /// `international` (nil when not typed), taken in that order; then one group a typed age band, each
    /// `BAND=N` such as `10-14=23`. Checks come later, with the event's other fields.
    public static func groups(
        female: String? = nil, male: String? = nil, other: String? = nil, local: String? = nil,
        international: String? = nil, ageBands: [String] = []
    ) -> [(field: String, count: String)] {
        let named: [(field: String, count: String?)] = [
            ("female", female), ("male", male), ("other", other), ("local", local), ("international", international),
        ]
        return named.compactMap { field, count in count.map { (field, $0) } }
            + ageBands.map { typed in ageGroup(typed) ?? ("age \(typed)", "") }
    }

    /// An age band's count typed as `BAND=N` (`10-14=23`): the group's field (`age 10-14`) and its count as
    /// typed; nil when there is no `=`.
    public static func ageGroup(_ typed: String) -> (field: String, count: String)? {
        guard let equals = typed.firstIndex(of: "=") else { return nil }
        return ("age \(typed[..<equals])", String(typed[typed.index(after: equals)...]))
    }
}
