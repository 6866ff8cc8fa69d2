import Testing
@testable import EcoLearn

@Suite struct QuizCSVTableTests {
    func parse(_ text: String, separator: Character? = nil) throws -> CSVTable {
        try CSVTable.parse(Array(text.utf8), file: "r.csv", separator: separator)
    }

    @Test func readsHeaderAndRowsWithLines() throws {
        let table = try parse("respondent,a,b\nann,A,1\n\nbob,B,2\n")
        #expect(table.header == ["respondent", "a", "b"])
        #expect(table.rows == [CSVTable.Row(line: 2, cells: ["ann", "A", "1"]), CSVTable.Row(line: 4, cells: ["bob", "B", "2"])])
        #expect(table.column(" B ") == 2)
    }

    @Test func quotesDoubledQuotesAndLineBreaksInside() throws {
        let table = try parse("h1,h2\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,y")
        #expect(table.rows[0].cells == ["a, b", "say \"hi\""])
        #expect(table.rows[1].cells == ["two\nlines", "x"])
        #expect(table.rows[1].line == 3)
        #expect(table.rows[2].line == 5)
        #expect(table.rows[2].cells == ["last", "y"])
    }

    @Test func crlfBomAndSemicolons() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("respondent;deposit;short\r\nAnna;2,5;\"a;b\"\r\n".utf8)
        let table = try CSVTable.parse(bytes, file: "r.csv")
        #expect(table.separator == ";")
        #expect(table.header == ["respondent", "deposit", "short"])
        #expect(table.rows == [CSVTable.Row(line: 2, cells: ["Anna", "2,5", "a;b"])])
    }

    @Test func oldMacLineEndsAndTabs() throws {
        let table = try parse("a\tb\rc\td\r")
        #expect(table.separator == "\t")
        #expect(table.rows == [CSVTable.Row(line: 2, cells: ["c", "d"])])
    }

    @Test func emptyCellsAndShortRows() throws {
        let table = try parse("a,b,c\n,,\nx\n")
        #expect(table.rows[0].cells == ["", "", ""])
        #expect(table.rows[1][2] == "")
    }

    @Test func unicodeCellsSurvive() throws {
        let table = try parse("respondent,tr\nAyşe,ıslak çöp\nJānis,šķirošana\n")
        #expect(table.rows.map { $0.cells[1] } == ["ıslak çöp", "šķirošana"])
    }

    @Test func errorsNameTheLine() {
        #expect(throws: CSVError(file: "r.csv", line: 2, message: "a quoted cell is never closed (hint: add the missing \" or write a quote inside it as \"\")")) {
            try parse("a,b\n\"open,x\ny,z\n")
        }
        #expect(throws: CSVError(file: "r.csv", line: 3, message: "unexpected text after a closing quote (hint: write a quote inside a quoted cell as \"\")")) {
            try parse("a,b\nx,y\n\"q\"x,z\n")
        }
        #expect(throws: CSVError(file: "r.csv", line: 1, message: "the file is empty; expected a header row first")) {
            try parse("\n\n")
        }
        #expect(throws: CSVError(file: "r.csv", line: 2, message: "the text is not valid UTF-8 (hint: save the sheet as 'CSV UTF-8')")) {
            try CSVTable.parse(Array("a,b\n".utf8) + [0x41, 0xFF, 0x0A], file: "r.csv")
        }
        #expect(throws: CSVError(file: "r.csv", line: 1, message: "this is a binary file, not CSV text (found a NUL byte)")) {
            try CSVTable.parse([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], file: "r.csv")
        }
    }

    @Test func spacesAfterAClosingQuoteAreIgnored() throws {
        #expect(try parse("a,b\n\"x\" ,y\n").rows[0].cells == ["x", "y"])
    }

    @Test func formatQuotesWhatNeedsIt() throws {
        let text = CSVTable.format([["respondent", "note"], ["ann", "a, \"b\""], ["bob", "x;y"]])
        #expect(text == "respondent,note\nann,\"a, \"\"b\"\"\"\nbob,\"x;y\"\n")
        #expect(try parse(text).rows[0].cells == ["ann", "a, \"b\""])
    }
}
