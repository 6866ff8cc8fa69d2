import Foundation
import Testing
@testable import EcoLearn

/// The fast paths behind `ecolearn quiz score`: the streamed JSON report, byte-level cells, rows read on all
/// cores. Each must give what the general path (or `JSONEncoder`) gives.
@Suite struct QuizScoreReportTests {
    /// The report as `JSONEncoder` wrote it before the streaming writer (the reference layout).
    struct EncodedReport: Encodable {
        struct Facility: Encodable {
            var question: String
            var facility: Double
        }
        var unit: String
        var version: Int
        var variant: String
        var seed: UInt64?
        var results: [QuizResult]
        var facility: [Facility]

        init(_ report: PaperScoring.Report) {
            unit = report.variant.unitID
            version = report.variant.unitVersion
            variant = report.variant.code
            seed = report.variant.isShuffled ? report.variant.seed : nil
            results = report.results
            facility = report.facility.map { Facility(question: $0.questionID, facility: $0.facility) }
        }
    }

    func report(_ csv: String, seed: UInt64? = nil, language: String? = nil) throws -> PaperScoring.Report {
        try PaperScoring.score(Array(csv.utf8), file: "r.csv", unit: QuizTestUnits.unit(), seed: seed, language: language)
    }

    @Test func jsonEscapesNamesAsJSONEncoderDoes() throws {
        let names = [
            "Ann \"Q\" O'Neil", "back\\slash/and/slash", "tab\there", "line\nbreak", "bell\u{7}nul-free\u{1F}",
            "Bērziņa, Ş. Öztürk", "emoji 😀 and U+2028 \u{2028} inside", "del \u{7F}", "cr\rff\u{0C}bs\u{08}",
        ]
        let rows = names.map { name in "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\",A,T" }
        let report = try report("respondent,glass-jar,lids-off\n" + rows.joined(separator: "\n") + "\n")
        #expect(report.results.map(\.respondent) == names)
        let json = try ScoreReportFormat.json.render(report, unit: QuizTestUnits.unit())
        #expect(json == (try StableJSON.encode(EncodedReport(report))) + "\n")
        #expect(json.contains(#""respondent" : "Ann \"Q\" O'Neil""#))
        #expect(json.contains(#""respondent" : "back\\slash/and/slash""#))
        #expect(json.contains(#""respondent" : "bell\u0007nul-free\u001f""#))
        #expect(json.contains(#""respondent" : "cr\rff\fbs\b""#))
        #expect(json.contains("\"respondent\" : \"emoji 😀 and U+2028 \u{2028} inside\""))
    }

    @Test func jsonOfEveryKindOfAnswerMatchesJSONEncoder() throws {
        let csv = """
            respondent,glass-jar,recyclables,lids-off,deposit,compost-word,hierarchy,symbols,bins
            ann,B,A C,F,"2,5",Kompost,DCB,C-A,BC-A
            bob,,,,,,,,
            cem,A,AB,T,10,"  ıslak  çöp ",ABCD,ABC,ABCA

            """
        for seed in [nil, 7 as UInt64?] {
            for language in [nil, "tr"] {
                let report = try report(csv, seed: seed, language: language)
                let json = try ScoreReportFormat.json.render(report, unit: QuizTestUnits.unit())
                #expect(json == (try StableJSON.encode(EncodedReport(report))) + "\n")
            }
        }
    }

    @Test func jsonOfNoRespondents() throws {
        let report = try report("respondent,glass-jar\n")
        let json = try ScoreReportFormat.json.render(report, unit: QuizTestUnits.unit())
        #expect(json == (try StableJSON.encode(EncodedReport(report))) + "\n")
        #expect(json.contains("\"results\" : [\n\n  ],"))
    }

    @Test func manyRowsKeepFileOrderAndFindRepeatsAcrossChunks() throws {
        // Enough rows to be read and written in several chunks on a machine with more than one core.
        var rows = (1...4500).map { "learner \($0),\(["A", "B", "c", ""][$0 % 4]),\(["T", "f", "J", "n"][$0 % 4])" }
        rows.append("learner 17,A,T")
        let csv = "respondent,glass-jar,lids-off\n" + rows.joined(separator: "\n") + "\n"
        let error = #expect(throws: PaperScoringError.self) { try report(csv) }
        #expect(error?.problems.map(\.description) == ["r.csv:4502: column 'respondent': 'learner 17' already answered on line 18"])

        let skipped = try PaperScoring.score(
            Array(csv.utf8), file: "r.csv", unit: QuizTestUnits.unit(), seed: nil, skipBadRows: true)
        #expect(skipped.results.map(\.respondent) == (1...4500).map { "learner \($0)" })
        #expect(skipped.results.prefix(4).map(\.total) == [1, 0, 1, 1])
        let json = try ScoreReportFormat.json.render(skipped, unit: QuizTestUnits.unit())
        #expect(json == (try StableJSON.encode(EncodedReport(skipped))) + "\n")
        let lines = try ScoreReportFormat.csv.render(skipped, unit: QuizTestUnits.unit()).split(separator: "\n")
        #expect(lines.count == 4501)
        #expect(lines[1] == "learner 1,0,1,1,2,50.0,false")
        #expect(lines[4500] == "learner 4500,1,0,1,2,50.0,false")
    }

    @Test func csvRespondentsCannotBeFormulasButScoresStayNumbers() throws {
        let csv = "respondent,glass-jar,lids-off\n\"=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",A,T\n@SUM(1),B,F\n-7,,\n"
        let lines = try ScoreReportFormat.csv.render(report(csv), unit: QuizTestUnits.unit()).split(separator: "\n")
        #expect(lines.dropFirst() == [
            "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",1,0,1,2,50.0,false",
            "\"'@SUM(1)\",0,1,1,2,50.0,false",
            "\"'-7\",0,0,0,2,0.0,false",
        ])
    }

    @Test func parallelChunksJoinInOrder() {
        let squares = ParallelChunks.map(count: 10_001, minimumChunk: 1) { range in range.map { $0 * $0 } }
        #expect(squares == (0...10_000).map { $0 * $0 })
        #expect(ParallelChunks.map(count: 0) { range in Array(range) } == [])
    }

    @Test func asciiAndUnicodeCellsReadAlike() {
        let jar = PresentedQuestion(unshuffled: QuizTestUnits.allKinds[0])
        let lids = PresentedQuestion(unshuffled: QuizTestUnits.allKinds[2])
        let deposit = PresentedQuestion(unshuffled: QuizTestUnits.allKinds[3])
        #expect(PaperCell.parse("\u{A0}b\u{A0}", for: jar) == .success(.choices([1])))
        #expect(PaperCell.parse("\tc\r\n", for: jar) == .success(.choices([2])))
        #expect(PaperCell.parse("é", for: jar) == .failure(.init(expected: "one letter A-D", found: "é")))
        for word in ["yanlIs", "YANLIS", "Ne", "nē", "FALSE"] { #expect(PaperCell.parse(word, for: lids) == .success(.truth(false))) }
        for word in ["DOGRU", "Ja", "jā", "doğru"] { #expect(PaperCell.parse(word, for: lids) == .success(.truth(true))) }
        #expect(PaperCell.parse("truest", for: lids) == .failure(.init(expected: "T or F (also true/false, J/N, D/Y)", found: "truest")))
        #expect(PaperCell.parse("t rue", for: lids) == .failure(.init(expected: "T or F (also true/false, J/N, D/Y)", found: "t rue")))
        #expect(PaperCell.parse(" +2,50 ", for: deposit) == .success(.number(2.5)))
        #expect(PaperCell.parse("\u{A0}7\u{A0}", for: deposit) == .success(.number(7)))
        #expect(PaperCell.parse("1-2", for: deposit) == .failure(.init(expected: "a number (e.g. 10 or 2,5)", found: "1-2")))
    }

    @Test func trimmingWhitespaceOnBothPaths() {
        #expect("ann".trimmingWhitespace == "ann")
        #expect(" \tann lee\r\n".trimmingWhitespace == "ann lee")
        #expect("\u{A0}Bērziņa\u{2003}".trimmingWhitespace == "Bērziņa")
        #expect(" \u{A0} ".trimmingWhitespace == "")
        #expect("".trimmingWhitespace == "")
        // Participation sheets trim spaces and tabs only: a line break typed in a quoted cell stays.
        #expect(" \tann lee\r\n".trimmingSpacesAndTabs == "ann lee\r\n")
        #expect("\u{A0}Bērziņa\t".trimmingSpacesAndTabs == "Bērziņa")
    }

    @Test func csvCellsAreQuotedByTheirBytes() {
        #expect(CSVTable.format([["a\r\nb", ",\u{301}x", "plain", " lead"]]) == "\"a\r\nb\",\",\u{301}x\",plain,\" lead\"\n")
    }

    @Test func tableLinesUpCharactersAndTrimsTrailingSpaces() {
        let table = TextTable(headers: ["name", "note"], rows: [["Bērziņa", ""], ["ann", "ok"], ["Öz", "ş "]])
        #expect(table.render() == """
            name     note
            -------  ----
            Bērziņa
            ann      ok
            Öz       ş

            """)
    }
}
