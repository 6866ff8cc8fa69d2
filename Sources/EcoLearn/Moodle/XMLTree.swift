import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document as a small tree of elements with the line and column where each starts, read with
/// Foundation's XMLParser (libxml2). Text and CDATA inside an element are joined as they are.
struct XMLTree {
    struct Element {
        var name: String
        var attributes: [String: String]
        var children: [Element] = []
        var text = ""
        var line: Int
        var column: Int

        /// The children called `name`.
        func all(_ name: String) -> [Element] { children.filter { $0.name == name } }

        /// The first child called `name`.
        func first(_ name: String) -> Element? { children.first { $0.name == name } }

        /// The text of the first `<text>` child, trimmed as Moodle trims it.
        var ownText: String? { first("text")?.text.trimmingWhitespace }

        /// The text of the first `<text>` child of the first child called `name`, trimmed as Moodle trims it.
        func textOf(_ name: String) -> String? { first(name)?.first("text")?.text.trimmingWhitespace }
    }

    /// Where and why the document is not well-formed XML.
    struct Malformed: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// The root element of `data`.
    static func parse(_ data: Data) throws(Malformed) -> Element {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        let finished = parser.parse()
        if let problem = builder.problem { throw problem }
        guard finished, let root = builder.root else {
            throw Malformed(line: parser.lineNumber, column: parser.columnNumber, message: "not a complete XML document")
        }
        return root
    }

    /// Collects elements as the parser reports them and keeps the first error.
    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?
        var problem: Malformed?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            stack.append(Element(name: name, attributes: attributes, line: parser.lineNumber, column: parser.columnNumber))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let element = stack.popLast() else { return }
            if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if !stack.isEmpty { stack[stack.count - 1].text += String(decoding: block, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
            guard problem == nil else { return }
            let code = (error as NSError).code
            problem = Malformed(line: parser.lineNumber, column: parser.columnNumber, message: Self.describe(code))
        }

        /// libxml2's most common error codes in words.
        static func describe(_ code: Int) -> String {
            let words: [Int: String] = [
                4: "the document is empty", 5: "the document ends too early (an element is not closed)",
                9: "a character that XML does not allow", 26: "an entity that is not defined (write & as &amp;)",
                38: "'<' inside an attribute value", 39: "an attribute value must be in quotes",
                40: "an attribute value is not closed with its quote", 41: "an attribute without a value",
                42: "an attribute given twice", 63: "a CDATA section is not closed with ]]>",
                65: "a space is missing", 68: "a name was expected (a lone & is written &amp;)", 73: "'>' was expected",
                74: "'</' was expected", 76: "the closing tag does not match the opening tag",
                77: "a tag is not finished",
            ]
            return "malformed XML: " + (words[code] ?? "libxml2 error \(code)")
        }
    }
}
