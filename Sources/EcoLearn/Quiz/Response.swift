/// What a learner answered to one question, in terms of the question as written (not as a variant showed
/// it), so answers from different variants can be scored and analysed together.
public enum Response: Sendable, Hashable {
    /// No answer (a blank cell, a skipped question).
    case blank
    /// single, multiple: the indices of the chosen options.
    case choices([Int])
    /// truefalse.
    case truth(Bool)
    /// numeric.
    case number(Double)
    /// short: the text as typed.
    case text(String)
    /// order: the indices of the items in the order the learner put them.
    case order([Int])
    /// match: for each left-hand side (file order), the index of the pair whose right-hand side was chosen.
    case match([Int?])
    /// sort: for each item (file order), the id of the category it was put in.
    case sort([String?])
}

extension Response: Codable {
    private enum Key: String, CodingKey {
        case blank, choices, truth, number, text, order, match, sort
    }

    /// Encoded as a one-key object naming the kind of answer: `{"choices": [0, 2]}`, `{"blank": true}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .blank: try container.encode(true, forKey: .blank)
        case .choices(let value): try container.encode(value, forKey: .choices)
        case .truth(let value): try container.encode(value, forKey: .truth)
        case .number(let value): try container.encode(value, forKey: .number)
        case .text(let value): try container.encode(value, forKey: .text)
        case .order(let value): try container.encode(value, forKey: .order)
        case .match(let value): try container.encode(value, forKey: .match)
        case .sort(let value): try container.encode(value, forKey: .sort)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        guard let key = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "an answer is an object with exactly one of: "
                        + "blank, choices, truth, number, text, order, match, sort"))
        }
        switch key {
        case .blank: self = .blank
        case .choices: self = .choices(try container.decode([Int].self, forKey: key))
        case .truth: self = .truth(try container.decode(Bool.self, forKey: key))
        case .number: self = .number(try container.decode(Double.self, forKey: key))
        case .text: self = .text(try container.decode(String.self, forKey: key))
        case .order: self = .order(try container.decode([Int].self, forKey: key))
        case .match: self = .match(try container.decode([Int?].self, forKey: key))
        case .sort: self = .sort(try container.decode([String?].self, forKey: key))
        }
    }
}
