import EcoLearnTracking
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
        // Every group of every grouping is one slot; an attendance adds one to each slot its event is in.
        let firstSlot = grouped.indices.map { grouped[..<$0].reduce(0) { $0 + $1.keys.count } }
        var attendances = [Int](repeating: 0, count: grouped.reduce(0) { $0 + $1.keys.count })
        var packed: [UInt64] = []
        let maxID = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM participant") ?? 0
        var people = ParticipantNumbers(maxID: maxID)
        var counts: [Int] = []

        var lastEvent: Int64?
        var slots: [UInt64] = []
        // CROSS JOIN keeps SQLite's loop order: the selected events, then each one's attendances by primary key.
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.event_id, a.participant_id FROM event e CROSS JOIN attendance a ON a.event_id = e.id
            WHERE \(query.condition)
            """, arguments: query.arguments)
        while let row = try rows.next() {
            let event: Int64 = row[0]
            if event != lastEvent {
                slots = grouped.indices.flatMap { grouping in
                    (grouped[grouping].byEvent[event] ?? []).map { UInt64(firstSlot[grouping] + Int($0)) }
                }
                lastEvent = event
            }
            let person = people.number(row[1])
            if person == counts.count { counts.append(1) } else { counts[Int(person)] += 1 }
            for slot in slots {
                packed.append(slot << 32 | UInt64(person))
                attendances[Int(slot)] += 1
            }
        }

        perParticipant.reserveCapacity(counts.count)
        for (number, id) in people.ids.enumerated() { perParticipant[id] = counts[number] }
        var unique = [Int](repeating: 0, count: attendances.count)
        packed.sort()
        var previous: UInt64?
        for value in packed where value != previous {
            unique[Int(value >> 32)] += 1
            previous = value
        }
        for (grouping, events) in grouped.enumerated() {
            var result: [[String]: (attendances: Int, unique: Int)] = [:]
            for (index, key) in events.keys.enumerated() where attendances[firstSlot[grouping] + index] > 0 {
                result[key] = (attendances[firstSlot[grouping] + index], unique[firstSlot[grouping] + index])
            }
            groups.append(result)
        }
    }

    /// Numbers participant ids 0, 1, 2, ... in order of first sight: through a table indexed by id when ids are
    /// small (the usual case, as they are SQLite row ids), else through a dictionary.
    private struct ParticipantNumbers {
        private var table: [UInt32]
        private var others: [Int64: UInt32] = [:]
        /// The ids numbered so far, in order.
        private(set) var ids: [Int64] = []

        init(maxID: Int64) {
            table = (0..<1 << 24).contains(maxID) ? [UInt32](repeating: 0, count: Int(maxID) + 1) : []
        }

        /// The number of `id`, giving it the next one when it is new.
        mutating func number(_ id: Int64) -> UInt32 {
            if id >= 0, id < table.count {
                let stored = table[Int(id)]
                if stored > 0 { return stored - 1 }
                table[Int(id)] = UInt32(ids.count) + 1
            } else if let known = others[id] {
                return known
            } else {
                others[id] = UInt32(ids.count)
            }
            ids.append(id)
            return UInt32(ids.count - 1)
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
