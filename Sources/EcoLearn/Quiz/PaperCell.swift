/// Reads one answer as typed from a paper quiz (or at the terminal) into a `Response`.
///
/// Cells hold what the paper shows: option letters as printed in the variant, `T`/`F` (also `true`/`false`,
/// Latvian `J`/`N`, Turkish `D`/`Y`), numbers with a point or comma decimal, free text, order letters, and for
/// match and sort one letter per item in printed order (`-` for an item left blank). An empty cell is blank.
/// A cell is read without the invisible format characters a copied text can carry (`AnswerFolding.visible`).
public enum PaperCell {
    /// The response `text` gives to `presented`, or the message saying what was expected
    /// (`expected one letter A-D, found 'Z'`). With `allowNumbers`, `1`, `2`, ... also pick single and
    /// truefalse choices (the terminal shows numbers next to letters).
    public static func parse(_ text: String, for presented: PresentedQuestion, allowNumbers: Bool = false)
        -> Result<Response, CellProblem>
    {
        let cell = AnswerFolding.visible(text).trimmingWhitespace
        if cell.isEmpty { return .success(.blank) }
        let question = presented.question
        let count = presented.choiceCount
        switch question.body {
        case .single:
            guard let index = oneChoice(cell, count: count, allowNumbers: allowNumbers) else {
                return problem("one letter \(range(count))", cell)
            }
            return .success(.choices([presented.optionOrder[index]]))
        case .multiple:
            let picked = allowNumbers ? numbers(cell, count: count) ?? letters(cell, count: count) : letters(cell, count: count)
            guard let indices = picked, !indices.contains(nil) else {
                return problem("letters \(range(count)) (e.g. AC or A C)", cell)
            }
            let written = Set(indices.compactMap { $0 }.map { presented.optionOrder[$0] })
            return .success(.choices(written.sorted()))
        case .truefalse:
            if let value = truth(cell, allowNumbers: allowNumbers) { return .success(.truth(value)) }
            return problem("T or F (also true/false, J/N, D/Y)", cell)
        case .numeric:
            guard let value = NumberText.parse(cell) else { return problem("a number (e.g. 10 or 2,5)", cell) }
            return .success(.number(value))
        case .short:
            return .success(.text(cell))
        case .order(let items):
            guard let indices = letters(cell, count: count), indices.count <= items.count,
                let placed = distinct(indices)
            else {
                return problem("the letters \(range(count)) in order, each once (e.g. \(example(count)))", cell)
            }
            return .success(.order(placed.map { presented.optionOrder[$0] }))
        case .match(let pairs):
            guard let indices = letters(cell, count: count), indices.count == pairs.count else {
                return problem(perItem(pairs.count, count), cell)
            }
            return .success(.match(indices.map { $0.map { presented.optionOrder[$0] } }))
        case .sort(let categories, let items):
            guard let indices = letters(cell, count: count), indices.count == items.count else {
                return problem(perItem(items.count, count), cell)
            }
            var chosen = [String?](repeating: nil, count: items.count)
            for (position, letter) in indices.enumerated() {
                chosen[presented.optionOrder[position]] = letter.map { categories[$0].id }
            }
            return .success(.sort(chosen))
        }
    }

    /// What a cell should have held and what it held.
    public struct CellProblem: Error, Sendable, Hashable, CustomStringConvertible {
        public var expected: String
        public var found: String

        public var description: String { "expected \(expected), found '\(found)'" }
    }

    private static func problem(_ expected: String, _ found: String) -> Result<Response, CellProblem> {
        let shown = found.count > 40 ? String(found.prefix(40)) + "…" : found
        return .failure(CellProblem(expected: expected, found: shown))
    }

    /// `A-D` for four choices, `A` for one.
    static func range(_ count: Int) -> String {
        count <= 1 ? "A" : "A-\(PresentedQuestion.letter(count - 1))"
    }

    private static func example(_ count: Int) -> String {
        (0..<min(count, 4)).reversed().map(PresentedQuestion.letter).joined()
    }

    private static func perItem(_ items: Int, _ count: Int) -> String {
        "\(items) letters \(range(count)), one per item in printed order (- for none)"
    }

    /// The indices when none is blank and none repeats (letters are at most 26, so a bit set tells).
    private static func distinct(_ indices: [Int?]) -> [Int]? {
        var seen: UInt32 = 0
        var result: [Int] = []
        result.reserveCapacity(indices.count)
        for index in indices {
            guard let index, seen & (1 << index) == 0 else { return nil }
            seen |= 1 << index
            result.append(index)
        }
        return result
    }

    private static func oneChoice(_ cell: String, count: Int, allowNumbers: Bool) -> Int? {
        if cell.utf8.count == 1, let byte = cell.utf8.first, byte < 0x80 {
            // One ASCII character: a letter in range, or (with numbers allowed) a digit.
            let upper = byte >= 97 && byte <= 122 ? byte - 32 : byte
            if upper >= 65, Int(upper) < 65 + min(count, 26) { return Int(upper - 65) }
            if !allowNumbers || !(49...57).contains(byte) { return nil }
        }
        if allowNumbers, let number = Int(cell), number >= 1, number <= count { return number - 1 }
        guard let indices = letters(cell, count: count), indices.count == 1, let index = indices[0] else { return nil }
        return index
    }

    /// Numbers separated by spaces or commas (`1 3`, `1,3`) as choice indices; nil unless all are in range.
    private static func numbers(_ cell: String, count: Int) -> [Int?]? {
        let parts = cell.split(whereSeparator: { $0 == " " || $0 == "," })
        let indices = parts.compactMap { Int($0) }.filter { $0 >= 1 && $0 <= count }.map { $0 - 1 }
        return indices.count == parts.count && !indices.isEmpty ? indices : nil
    }

    /// The letters of `cell` as choice indices (nil for `-` or `?`), ignoring spaces and commas; nil when a
    /// character is not a letter in range.
    private static func letters(_ cell: String, count: Int) -> [Int?]? {
        if let ascii = cell.utf8.withContiguousStorageIfAvailable({ asciiLetters($0, count: count) }), let ascii {
            return ascii
        }
        var result: [Int?] = []
        for character in cell.uppercased() {
            switch character {
            case " ", ",", ";", "\t": continue
            case "-", "?": result.append(nil)
            default:
                guard let ascii = character.asciiValue, ascii >= 65, ascii < 65 + UInt8(min(count, 26)) else {
                    return nil
                }
                result.append(Int(ascii - 65))
            }
        }
        return result.isEmpty ? nil : result
    }

    /// `letters` for a cell of ASCII bytes (each byte is then one character): `.some(nil)` when a byte is not
    /// a letter in range, nil when the cell is not ASCII (then the general path decides).
    private static func asciiLetters(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> [Int?]?? {
        var result: [Int?] = []
        result.reserveCapacity(bytes.count)
        let end = UInt8(65 + min(count, 26))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"): continue
            case UInt8(ascii: "-"), UInt8(ascii: "?"): result.append(nil)
            case 0x80...: return nil
            default:
                let upper = byte >= 97 && byte <= 122 ? byte - 32 : byte
                guard upper >= 65, upper < end else { return .some(nil) }
                result.append(Int(upper - 65))
            }
        }
        return result.isEmpty ? .some(nil) : result
    }

    private static let trueWords: Set<String> = ["t", "true", "j", "jā", "ja", "d", "doğru", "dogru"]
    private static let falseWords: Set<String> = ["f", "false", "n", "nē", "ne", "y", "yanlış", "yanlis"]

    /// T/F, true/false, J/N (jā/nē), D/Y (doğru/yanlış), any case; with `allowNumbers` also 1 (true) and
    /// 2 (false), as the terminal numbers them.
    private static func truth(_ cell: String, allowNumbers: Bool) -> Bool? {
        if let ascii = cell.utf8.withContiguousStorageIfAvailable(asciiTruth), let ascii {
            if let value = ascii { return value }
            if allowNumbers, cell == "1" { return true }
            if allowNumbers, cell == "2" { return false }
            return nil
        }
        let dotless = AnswerFolding.fold(cell, language: "tr")
        let dotted = String(dotless.map { $0 == "ı" ? "i" : $0 })
        if trueWords.contains(dotted) || trueWords.contains(dotless) { return true }
        if falseWords.contains(dotted) || falseWords.contains(dotless) { return false }
        if allowNumbers, cell == "1" { return true }
        if allowNumbers, cell == "2" { return false }
        return nil
    }

    private static let asciiTrueWords: Set<UInt64> = Set(["t", "true", "j", "ja", "d", "dogru"].map { packed(Array($0.utf8)) })
    private static let asciiFalseWords: Set<UInt64> = Set(["f", "false", "n", "ne", "y", "yanlis"].map { packed(Array($0.utf8)) })

    /// Up to 7 ASCII bytes as one number (the length in the low byte), to compare words without building strings.
    private static func packed(_ bytes: some Collection<UInt8>) -> UInt64 {
        var value = UInt64(bytes.count)
        for (offset, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * (offset + 1)) }
        return value
    }

    /// `truth` for an ASCII cell: folding then is ASCII lower case (a folded `I` becomes `ı` and back to `i`
    /// in the dotted form, and no word holds a space). `.some(nil)` when the cell is no truth word, nil when it
    /// is not ASCII.
    private static func asciiTruth(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool?? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        guard bytes.count <= 6 else { return .some(nil) }
        let word = packed(bytes.lazy.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
        if asciiTrueWords.contains(word) { return true }
        if asciiFalseWords.contains(word) { return false }
        return .some(nil)
    }
}
