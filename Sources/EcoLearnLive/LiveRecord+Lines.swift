import Foundation

extension LiveRecord {
    /// The records of `lines`, each one line of JSON as `LiveGameLog` writes it (`StableJSON.line`).
    ///
    /// - Throws: `LiveRefusal` (`badRecords`) naming the first line that is not a game record.
    public static func decoding(_ lines: [String]) throws(LiveRefusal) -> [LiveRecord] {
        let decoder = JSONDecoder()
        var records: [LiveRecord] = []
        records.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            do {
                records.append(try decoder.decode(LiveRecord.self, from: Data(line.utf8)))
            } catch {
                throw LiveRefusal(.badRecords, "record \(index + 1) is not a game record")
            }
        }
        return records
    }
}
