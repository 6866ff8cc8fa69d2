import CQRencode
import EcoLearn

/// A QR code of a text (the join URL), made by the system's libqrencode, drawn for a terminal or as SVG.
public struct QRCode: Sendable, Hashable {
    /// Modules per side.
    public let size: Int
    /// Row by row, true for a dark module.
    public let modules: [Bool]
    /// Light modules around the code on every side (the standard asks for 4).
    public static let quietZone = 4

    /// The code of `text` at error correction level M; nil when libqrencode cannot encode it (too long).
    public init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        modules = (0..<width * width).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// True for a dark module; false outside the code (the quiet zone).
    public func isDark(row: Int, column: Int) -> Bool {
        guard row >= 0, row < size, column >= 0, column < size else { return false }
        return modules[row * size + column]
    }

    /// The code in Unicode half blocks, two module rows per text line, quiet zone included: `▀`, `▄` and `█`
    /// draw dark modules. With `ansi`, each line is drawn black on white, so the code scans on a dark terminal
    /// as on a light one.
    public func terminalText(ansi: Bool) -> String {
        let range = -Self.quietZone..<(size + Self.quietZone)
        var lines: [String] = []
        for row in stride(from: range.lowerBound, to: range.upperBound, by: 2) {
            var line = ansi ? "\u{1B}[30;107m" : ""
            for column in range {
                switch (isDark(row: row, column: column), isDark(row: row + 1, column: column)) {
                case (true, true): line += "█"
                case (true, false): line += "▀"
                case (false, true): line += "▄"
                case (false, false): line += " "
                }
            }
            lines.append(line + (ansi ? "\u{1B}[0m" : ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The code as an SVG image, one unit per module, dark on white, quiet zone included, labelled `label` for
    /// screen readers.
    public func svg(label: String) -> String {
        let side = size + 2 * Self.quietZone
        var path = ""
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < size, isDark(row: row, column: column) { column += 1 }
                path += "M\(start + Self.quietZone) \(row + Self.quietZone)h\(column - start)v1h-\(column - start)z"
            }
        }
        let escaped = HTMLText.escape(label)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" role=\"img\" "
            + "aria-label=\"\(escaped)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
