/// The JSON form of a paper-scoring report, written straight into bytes with `JSONTextWriter`: the same text
/// `StableJSON.encode` gives for `{facility, results, seed, unit, variant, version}` (pretty, sorted keys), at a
/// fraction of the time and memory, and in pieces of a few thousand results.
enum ScoreReportJSON {
    /// How many results are formatted before their text is handed to the output.
    private static let resultsPerPiece = 8192

    /// Writes `report` to `output`. Throws `EncodingError.invalidValue`, before writing anything, when a number is
    /// NaN or infinite (as `JSONEncoder` does).
    static func write(_ report: PaperScoring.Report, to output: ([UInt8]) throws -> Void) throws {
        let results = report.results
        let facility = report.facility
        for item in facility { try checkFinite(item.facility) }
        for result in results {
            try checkFinite(result.total)
            try checkFinite(result.maximum)
            try checkFinite(result.percent)
            for answer in result.answers {
                try checkFinite(answer.fraction)
                try checkFinite(answer.points)
                try checkFinite(answer.maxPoints)
                if case .number(let given) = answer.response { try checkFinite(given) }
            }
        }

        var writer = JSONTextWriter()
        writer.beginObject()
        writer.key("facility")
        writer.beginArray()
        for item in facility {
            writer.beginObject()
            writer.key("facility")
            writer.number(item.facility)
            writer.key("question")
            writer.string(item.questionID)
            writer.endObject()
        }
        writer.endArray()
        writer.key("results")
        writer.beginArray()
        try output(writer.bytes)
        writer.bytes.removeAll(keepingCapacity: true)

        var first = 0
        while first < results.count {
            let piece = first..<min(results.count, first + resultsPerPiece)
            let texts = ParallelChunks.map(count: piece.count, minimumChunk: 1024) { range in
                // A writer placed inside the top object and the results array, after `piece.lowerBound + range.lowerBound` results.
                var part = JSONTextWriter(resumingAfter: [(false, 2), (true, piece.lowerBound + range.lowerBound)])
                for index in range { write(results[piece.lowerBound + index], to: &part) }
                return [part.bytes]
            }
            for text in texts { try output(text) }
            first = piece.upperBound
        }

        writer = JSONTextWriter(resumingAfter: [(false, 2), (true, results.count)])
        writer.endArray()
        if report.variant.isShuffled {
            writer.key("seed")
            writer.integer(report.variant.seed)
        }
        writer.key("unit")
        writer.string(report.variant.unitID)
        writer.key("variant")
        writer.string(report.variant.code)
        writer.key("version")
        writer.integer(report.variant.unitVersion)
        writer.endObject()
        writer.bytes.append(UInt8(ascii: "\n"))
        try output(writer.bytes)
    }

    /// One `QuizResult` as its `Codable` form: keys sorted, nil values left out.
    static func write(_ result: QuizResult, to writer: inout JSONTextWriter) {
        writer.beginObject()
        writer.key("answers")
        writer.beginArray()
        for answer in result.answers {
            writer.beginObject()
            writer.key("fraction")
            writer.number(answer.fraction)
            writer.key("kind")
            writer.string(answer.kind.rawValue)
            writer.key("maxPoints")
            writer.number(answer.maxPoints)
            writer.key("objective")
            writer.string(answer.objective)
            writer.key("points")
            writer.number(answer.points)
            writer.key("questionID")
            writer.string(answer.questionID)
            writer.key("response")
            write(answer.response, to: &writer)
            writer.endObject()
        }
        writer.endArray()
        if let language = result.language {
            writer.key("language")
            writer.string(language)
        }
        writer.key("maximum")
        writer.number(result.maximum)
        writer.key("passed")
        writer.bool(result.passed)
        writer.key("percent")
        writer.number(result.percent)
        writer.key("respondent")
        writer.string(result.respondent)
        if let seed = result.seed {
            writer.key("seed")
            writer.integer(seed)
        }
        writer.key("total")
        writer.number(result.total)
        writer.key("unitID")
        writer.string(result.unitID)
        writer.key("unitVersion")
        writer.integer(result.unitVersion)
        writer.key("variantCode")
        writer.string(result.variantCode)
        writer.endObject()
    }

    /// A `Response` as its `Codable` form: an object with one key naming the kind of answer.
    private static func write(_ response: Response, to writer: inout JSONTextWriter) {
        writer.beginObject()
        switch response {
        case .blank:
            writer.key("blank")
            writer.bool(true)
        case .choices(let indices):
            writer.key("choices")
            writeArray(indices, to: &writer) { $1.integer($0) }
        case .truth(let value):
            writer.key("truth")
            writer.bool(value)
        case .number(let value):
            writer.key("number")
            writer.number(value)
        case .text(let text):
            writer.key("text")
            writer.string(text)
        case .order(let indices):
            writer.key("order")
            writeArray(indices, to: &writer) { $1.integer($0) }
        case .match(let picks):
            writer.key("match")
            writeArray(picks, to: &writer) { pick, writer in
                if let pick { writer.integer(pick) } else { writer.null() }
            }
        case .sort(let categories):
            writer.key("sort")
            writeArray(categories, to: &writer) { category, writer in
                if let category { writer.string(category) } else { writer.null() }
            }
        }
        writer.endObject()
    }

    private static func writeArray<T>(
        _ values: [T], to writer: inout JSONTextWriter, _ element: (T, inout JSONTextWriter) -> Void
    ) {
        writer.beginArray()
        for value in values { element(value, &writer) }
        writer.endArray()
    }

    private static func checkFinite(_ value: Double) throws {
        guard !value.isFinite else { return }
        throw EncodingError.invalidValue(
            value, EncodingError.Context(codingPath: [], debugDescription: "Unable to encode Double.\(value) directly in JSON."))
    }
}
