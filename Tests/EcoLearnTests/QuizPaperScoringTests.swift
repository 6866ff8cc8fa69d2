import Testing
@testable import EcoLearn

@Suite struct QuizPaperScoringTests {
    func cell(_ text: String, _ index: Int, order: [Int]? = nil) -> Result<Response, PaperCell.CellProblem> {
        let question = QuizTestUnits.allKinds[index]
        let presented = order.map { PresentedQuestion(question: question, optionOrder: $0) }
            ?? PresentedQuestion(unshuffled: question)
        return PaperCell.parse(text, for: presented)
    }

    func message(_ result: Result<Response, PaperCell.CellProblem>) -> String? {
        if case .failure(let problem) = result { return problem.description }
        return nil
    }

    @Test func lettersMapThroughThePrintedOrder() {
        // Printed order: C, A, D, B of the written options.
        #expect(cell("b", 0, order: [2, 0, 3, 1]) == .success(.choices([0])))
        #expect(cell(" A C ", 1, order: [2, 0, 3, 1]) == .success(.choices([2, 3])))
        #expect(cell("C,A", 1) == .success(.choices([0, 2])))
        #expect(cell("", 0) == .success(.blank))
    }

    @Test func invisibleCharactersInACellAreIgnored() {
        #expect(cell("b\u{200F}", 0, order: [2, 0, 3, 1]) == .success(.choices([0])))
        #expect(cell("\u{200B}A\u{200B}C", 1) == .success(.choices([0, 2])))
        #expect(cell("DOG\u{306}RU\u{200E}", 2) == .success(.truth(true)))
        #expect(cell("2,5\u{200F}", 3) == .success(.number(2.5)))
        #expect(cell("\u{200B}", 0) == .success(.blank))
    }

    @Test func trueFalseWordsInThreeLanguages() {
        for word in ["T", "true", "J", "jā", "D", "Doğru", "DOĞRU"] { #expect(cell(word, 2) == .success(.truth(true))) }
        for word in ["f", "FALSE", "N", "nē", "Y", "yanlış", "YANLIŞ"] { #expect(cell(word, 2) == .success(.truth(false))) }
        #expect(message(cell("yes", 2)) == "expected T or F (also true/false, J/N, D/Y), found 'yes'")
    }

    @Test func numbersWithCommaOrPoint() {
        #expect(cell("2,5", 3) == .success(.number(2.5)))
        #expect(cell("-0.5", 3) == .success(.number(-0.5)))
        #expect(message(cell("1.000,5", 3)) == "expected a number (e.g. 10 or 2,5), found '1.000,5'")
        #expect(message(cell("1e999", 3)) == "expected a number (e.g. 10 or 2,5), found '1e999'")
    }

    @Test func orderMatchAndSortLetters() {
        // Order printed as Recycle, Reuse, Prevent, Dispose.
        #expect(cell("CBAD", 5, order: [2, 1, 0, 3]) == .success(.order([0, 1, 2, 3])))
        #expect(cell("CB", 5, order: [2, 1, 0, 3]) == .success(.order([0, 1])))
        #expect(message(cell("AAB", 5)) == "expected the letters A-D in order, each once (e.g. DCBA), found 'AAB'")
        // Match: right sides printed as 2, 0, 1; left 0's answer C is written pair 1.
        #expect(cell("C-A", 6, order: [2, 0, 1]) == .success(.match([1, nil, 2])))
        #expect(message(cell("AB", 6)) == "expected 3 letters A-C, one per item in printed order (- for none), found 'AB'")
        // Sort: items printed as tea, egg, apple, jam; categories glass A, bio B, paper C.
        #expect(cell("BCBA", 7, order: [3, 2, 1, 0]) == .success(.sort(["glass", "bio", "paper", "bio"])))
        #expect(message(cell("BCBD", 7)) == "expected 4 letters A-C, one per item in printed order (- for none), found 'BCBD'")
    }

    @Test func singleRejectsOutOfRangeAndSeveralLetters() {
        #expect(message(cell("Z", 0)) == "expected one letter A-D, found 'Z'")
        #expect(message(cell("AB", 0)) == "expected one letter A-D, found 'AB'")
        #expect(message(cell("1", 0)) == "expected one letter A-D, found '1'")
        #expect(message(cell("x", 1)) == "expected letters A-D (e.g. AC or A C), found 'x'")
    }

    @Test func scoresTheFileOrderFixture() throws {
        let unit = try QuizFixtures.unit()
        let report = try PaperScoring.score(
            try QuizFixtures.answers("paper-file-order.csv"), file: "paper-file-order.csv", unit: unit, seed: nil)
        #expect(report.results.map(\.respondent) == ["ann", "bob", "cem"])
        #expect(report.results.map { ScoreReportFormat.number($0.total) } == ["9", "3.33", "6.17"])
        #expect(report.results.map(\.passed) == [true, false, true])
        #expect(report.facility.map { ScoreReportFormat.number($0.facility) }
            == ["0.67", "0.5", "0.33", "0.67", "1", "0.67", "0.67", "0.83"])
    }

    @Test func theYAMLUnitGivesTheSameVariantAsTheCodeBuiltOne() throws {
        let fromFile = QuizVariant.drawn(from: try QuizFixtures.unit(), seed: 2024)
        #expect(fromFile.code == "V-2024")
        #expect(fromFile.questions.map(\.question.id) == QuizVariantDrawingTests.expectedOrder)
        #expect(fromFile.questions.map(\.optionOrder) == QuizVariantDrawingTests.expectedOptionOrders)
    }

    @Test func scoresAPaperOfASeededVariant() throws {
        // V-2024 keys: symbols CAB, lids-off F, deposit 10, hierarchy CBAD, recyclables BD, glass-jar A, bins BBCA.
        let csv = """
            respondent,symbols,lids-off,deposit,hierarchy,recyclables,glass-jar,bins,compost-word
            full,CAB,F,10,CBAD,BD,A,BBCA,komposts
            zero,ABC,T,11,ABCD,AC,B,AAAA,
            """
        let report = try PaperScoring.score(
            Array(csv.utf8), file: "v.csv", unit: try QuizFixtures.unit(), seed: 2024, language: "lv")
        // zero: hierarchy ABCD has B and D in place (0.5), bins AAAA has the jam jar right (0.25 of 2).
        #expect(report.results.map(\.total) == [9, 1])
        #expect(report.results[0].seed == 2024)
        #expect(report.results[0].variantCode == "V-2024")
    }

    @Test func aDrawnSubsetIsAPrefixOfTheFullVariant() {
        let unit = QuizTestUnits.unit()
        let full = QuizVariant.drawn(from: unit, seed: 77)
        let drawn = QuizVariant.drawn(from: unit, count: 5, seed: 77)
        #expect(Array(full.questions.prefix(5)) == drawn.questions)
    }

    @Test func missingColumnsAreNotAsked() throws {
        let csv = "respondent,glass-jar,lids-off\nann,A,T\n"
        let report = try PaperScoring.score(Array(csv.utf8), file: "s.csv", unit: QuizTestUnits.unit(), seed: nil)
        #expect(report.variant.questions.map(\.question.id) == ["glass-jar", "lids-off"])
        #expect(report.results[0].maximum == 2)
        #expect(report.results[0].percent == 50)
    }

    @Test func badCellsStopScoringUnlessSkipped() throws {
        let bytes = try QuizFixtures.answers("paper-bad-cells.csv")
        let unit = try QuizFixtures.unit()
        let error = #expect(throws: PaperScoringError.self) {
            try PaperScoring.score(bytes, file: "responses.csv", unit: unit, seed: nil)
        }
        #expect(error?.problems.map(\.description) == [
            "responses.csv:3: column 'glass-jar': expected one letter A-D, found 'Z'",
            "responses.csv:3: column 'deposit': expected a number (e.g. 10 or 2,5), found 'ten'",
            "responses.csv:3: column 'lids-off': expected T or F (also true/false, J/N, D/Y), found 'X'",
            "responses.csv:3: column 'bins': expected 4 letters A-C, one per item in printed order (- for none), found 'AB'",
            "responses.csv:4: column 'respondent': expected a name or number, found an empty cell",
            "responses.csv:5: column 'respondent': 'ann' already answered on line 2",
        ])
        let report = try PaperScoring.score(bytes, file: "responses.csv", unit: unit, seed: nil, skipBadRows: true)
        #expect(report.results.map(\.respondent) == ["ann", "cem"])
        #expect(report.results.map(\.total) == [3, 3])
        #expect(report.skippedLines == [3, 4, 5])
    }

    @Test func headerProblemsAreFatal() throws {
        let csv = "name,glas-jar,lids-off,lids-off,\nann,A,T,T,\n"
        let error = #expect(throws: PaperScoringError.self) {
            try PaperScoring.score(Array(csv.utf8), file: "h.csv", unit: QuizTestUnits.unit(), seed: nil, skipBadRows: true)
        }
        #expect(error?.isHeaderProblem == true)
        #expect(error?.problems.map(\.description) == [
            "h.csv:1: the first column must be 'respondent', found 'name' (hint: the header is respondent,<question id>,...)",
            "h.csv:1: column 'glas-jar': not a question of unit sorting-at-home (did you mean 'glass-jar'?)",
            "h.csv:1: column 'lids-off': appears twice in the header",
            "h.csv:1: column 5 has no name; expected a question id",
        ])
    }

    @Test func tooManyCellsIsARowProblem() {
        let csv = "respondent,glass-jar\nann,A,B\nbob,A,,\n"
        let error = #expect(throws: PaperScoringError.self) {
            try PaperScoring.score(Array(csv.utf8), file: "t.csv", unit: QuizTestUnits.unit(), seed: nil)
        }
        #expect(error?.problems.map(\.description) == [
            "t.csv:2: the row has 3 cells, the header 2 columns (a separator inside a value? put the value in double quotes, e.g. \"2,5\")",
        ])
    }

    @Test func tooFewCellsIsARowProblemAndNothingIsScored() {
        let csv = "respondent;glass-jar;lids-off\nP01,A,F\nP02;A\nP03;B;T\n"
        let error = #expect(throws: PaperScoringError.self) {
            try PaperScoring.score(Array(csv.utf8), file: "t.csv", unit: QuizTestUnits.unit(), seed: nil)
        }
        #expect(error?.problems.map(\.description) == [
            "t.csv:2: column 'glass-jar': missing: the row has 1 cell, the header 3 columns (typed with ',' instead of ';'? every column needs a cell, even an empty one)",
            "t.csv:3: column 'lids-off': missing: the row has 2 cells, the header 3 columns (typed with ',' instead of ';'? every column needs a cell, even an empty one)",
        ])
        let skipped = try? PaperScoring.score(Array(csv.utf8), file: "t.csv", unit: QuizTestUnits.unit(), seed: nil, skipBadRows: true)
        #expect(skipped?.results.map(\.respondent) == ["P03"])
        #expect(skipped?.skippedLines == [2, 3])
    }

    @Test func reportFormats() throws {
        let csv = "respondent,glass-jar,lids-off\nann,A,T\n\"Bērziņa, I.\",A,F\n"
        let unit = QuizTestUnits.unit()
        let report = try PaperScoring.score(Array(csv.utf8), file: "f.csv", unit: unit, seed: nil)
        #expect(try ScoreReportFormat.csv.render(report, unit: unit) == """
            respondent,glass-jar,lids-off,points,max,percent,passed
            ann,1,0,1,2,50.0,false
            "Bērziņa, I.",1,1,2,2,100.0,true

            """)
        let json = try ScoreReportFormat.json.render(report, unit: unit)
        #expect(json.contains("\"variant\" : \"file-order\""))
        #expect(json.contains("\"respondent\" : \"Bērziņa, I.\""))
    }
}
