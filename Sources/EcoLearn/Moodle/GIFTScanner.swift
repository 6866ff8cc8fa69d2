/// Walks GIFT text honouring backslash escapes (`\~ \= \# \{ \} \: \\` and `\n` for a line break).
struct GIFTScanner {
    private let characters: [Character]
    private var index = 0

    init(_ characters: [Character]) {
        self.characters = characters
    }

    /// A `::name::` at the start (after spaces), unescaped; nil when there is none.
    mutating func name() -> String? {
        let start = index
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        guard startsWith("::") else {
            index = start
            return nil
        }
        index += 2
        var name = ""
        while index < characters.count, !startsWith("::") {
            if characters[index] == "\\", index + 1 < characters.count {
                name.append(Self.unescaped(characters[index + 1]))
                index += 2
            } else {
                name.append(characters[index])
                index += 1
            }
        }
        index = min(characters.count, index + 2)
        return name
    }

    /// The text up to the first unescaped character of `stops` (or the end); unescaped unless `raw`.
    mutating func text(until stops: Set<Character>, raw: Bool = false) -> String {
        var text = ""
        while index < characters.count, !stops.contains(characters[index]) {
            if characters[index] == "\\", index + 1 < characters.count {
                if raw {
                    text.append(characters[index])
                    text.append(characters[index + 1])
                } else {
                    text.append(Self.unescaped(characters[index + 1]))
                }
                index += 2
            } else {
                text.append(characters[index])
                index += 1
            }
        }
        return text
    }

    /// Skips `character` when it is next.
    mutating func consume(_ character: Character) -> Bool {
        guard index < characters.count, characters[index] == character else { return false }
        index += 1
        return true
    }

    private func startsWith(_ text: String) -> Bool {
        var position = index
        for character in text {
            guard position < characters.count, characters[position] == character else { return false }
            position += 1
        }
        return true
    }

    /// The character an escape stands for: `n` is a line break, anything else itself.
    static func unescaped(_ character: Character) -> Character {
        character == "n" ? "\n" : character
    }

    /// Removes the escapes of raw GIFT text.
    static func unescape(_ raw: String) -> String {
        var scanner = GIFTScanner(Array(raw))
        return scanner.text(until: [])
    }

    /// Splits raw text before each unescaped character of `markers`; each part keeps its marker first.
    /// Text before the first marker is returned as a part with marker nil.
    static func split(_ raw: String, at markers: Set<Character>) -> [(marker: Character?, text: String)] {
        var parts: [(Character?, String)] = []
        var marker: Character?
        var current = ""
        var escaped = false
        for character in raw {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if markers.contains(character) {
                if marker != nil || !current.trimmingWhitespace.isEmpty { parts.append((marker, current)) }
                marker = character
                current = ""
            } else {
                current.append(character)
            }
        }
        if marker != nil || !current.trimmingWhitespace.isEmpty { parts.append((marker, current)) }
        return parts
    }

    /// True when raw text holds `pattern` outside escapes.
    static func contains(_ raw: String, _ pattern: String) -> Bool {
        cut(raw, at: pattern).1 != nil
    }

    /// The raw text split at the last unescaped occurrence of `separator` (as Moodle finds general feedback).
    static func cutLast(_ raw: String, at separator: String) -> (String, String?) {
        var (head, tail) = cut(raw, at: separator)
        guard var rest = tail else { return (raw, nil) }
        while case (let more, let next?) = cut(rest, at: separator) {
            head += separator + more
            rest = next
        }
        tail = rest
        return (head, tail)
    }

    /// The raw text split at the first unescaped occurrence of `separator`.
    static func cut(_ raw: String, at separator: String) -> (String, String?) {
        let characters = Array(raw), pattern = Array(separator)
        var index = 0
        while index < characters.count {
            if characters[index] == "\\" {
                index += 2
                continue
            }
            if index + pattern.count <= characters.count, Array(characters[index..<index + pattern.count]) == pattern {
                return (String(characters[..<index]), String(characters[(index + pattern.count)...]))
            }
            index += 1
        }
        return (raw, nil)
    }
}
