import GRDB

/// The attendances at the selected events, counted in one pass: per participant, and per group of each
/// requested grouping (attendances and distinct participants).
///
/// SQL answers `COUNT(DISTINCT participant_id) ... GROUP BY` by sorting every attendance once per grouping. Here
/// the attendances are read once; each grouping's distinct participants are then counted by sorting packed
/// (group, participant) numbers in memory, which is several times cheaper than SQLite's sorter.
struct AttendanceTally {
    /// Attendances per participant id (only participants with at least one).
    private(set) var perParticipant: [Int64: Int] = [:]
    /// Per grouping, in the order asked: per group key, attendances and distinct participants.
    private(set) var groups: [[[String]: (attendances: Int, unique: Int)]] = []

    /// Reads the groups of every selected event, then every attendance at them.
    init(_ query: ReportQuery, groupings: [[ReportDimension]], _ db: Database) throws {
        let grouped = try groupings.map { try EventGroups(query, $0, db) }
        var packed = [[UInt64]](repeating: [], count: grouped.count)
        var attendances = grouped.map { [Int](repeating: 0, count: $0.keys.count) }
        var dense: [Int64: UInt32] = [:]
        var counts: [Int] = []
        var participants: [Int64] = []

        var lastEvent: Int64?
        var current: [[UInt32]] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.event_id, a.participant_id FROM event e JOIN attendance a ON a.event_id = e.id WHERE \(query.condition)
            """, arguments: query.arguments)
        while let row = try rows.next() {
            let event: Int64 = row[0]
            let participant: Int64 = row[1]
            if event != lastEvent {
                current = grouped.map { $0.byEvent[event] ?? [] }
                lastEvent = event
            }
            let person: UInt32
            if let known = dense[participant] {
                person = known
                counts[Int(known)] += 1
            } else {
                person = UInt32(participants.count)
                dense[participant] = person
                participants.append(participant)
                counts.append(1)
            }
            for grouping in current.indices {
                for group in current[grouping] {
                    packed[grouping].append(UInt64(group) << 32 | UInt64(person))
                    attendances[grouping][Int(group)] += 1
                }
            }
        }

        perParticipant.reserveCapacity(participants.count)
        for (index, participant) in participants.enumerated() { perParticipant[participant] = counts[index] }
        for (grouping, events) in grouped.enumerated() {
            var unique = [Int](repeating: 0, count: events.keys.count)
            packed[grouping].sort()
            var previous: UInt64?
            for value in packed[grouping] where value != previous {
                unique[Int(value >> 32)] += 1
                previous = value
            }
            packed[grouping] = []
            var result: [[String]: (attendances: Int, unique: Int)] = [:]
            for (index, key) in events.keys.enumerated() where attendances[grouping][index] > 0 {
                result[key] = (attendances[grouping][index], unique[index])
            }
            groups.append(result)
        }
    }

    /// The groups of one grouping: each distinct key, and the groups each selected event falls in (an event with
    /// two lessons is in two groups).
    private struct EventGroups {
        var keys: [[String]] = []
        var byEvent: [Int64: [UInt32]] = [:]

        init(_ query: ReportQuery, _ dimensions: [ReportDimension], _ db: Database) throws {
            let lessons = dimensions.contains(.lesson) ? "LEFT JOIN event_lesson el ON el.event_id = e.id" : ""
            var index: [[String]: UInt32] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \((["e.id"] + dimensions.map(\.sql)).joined(separator: ", ")) FROM event e \(lessons)
                WHERE \(query.condition)
                """, arguments: query.arguments)
            while let row = try rows.next() {
                let key: [String] = dimensions.indices.map { row[$0 + 1] ?? "" }
                let group: UInt32
                if let known = index[key] {
                    group = known
                } else {
                    group = UInt32(keys.count)
                    index[key] = group
                    keys.append(key)
                }
                byEvent[row[0], default: []].append(group)
            }
        }
    }
}
