import Foundation
import Testing

@testable import EcoLearnLive

/// The join URL's QR code, as printed in the terminal and shown on the host page.
@Suite struct QRCodeTests {
    static let url = "http://192.168.1.20:8080/join?pin=482913"
    static let zbarimg = ["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func theTerminalCodeUsesHalfBlocksWithAQuietZone() throws {
        let code = try #require(QRCode(Self.url))
        let lines = code.terminalText(ansi: false).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let side = code.size + 2 * QRCode.quietZone
        #expect(lines.count == (side + 1) / 2)
        #expect(lines.allSatisfy { $0.count == side })
        #expect(Set(lines.joined()).isSubset(of: [" ", "▀", "▄", "█"]))
        #expect(lines[0].allSatisfy { $0 == " " } && lines[1].allSatisfy { $0 == " " })
        let ansi = code.terminalText(ansi: true)
        #expect(ansi.hasPrefix("\u{1B}[30;107m") && ansi.hasSuffix("\u{1B}[0m\n"))
    }

    @Test func theSVGDrawsExactlyTheDarkModules() throws {
        let code = try #require(QRCode(Self.url))
        let svg = code.svg(label: "Join <here> & \"now\"")
        #expect(svg.contains("aria-label=\"Join &lt;here&gt; &amp; &quot;now&quot;\""))
        #expect(Self.modules(fromSVG: svg, side: code.size + 8) == Self.padded(code))
    }

    @Test(.enabled(if: zbarimg != nil, "zbarimg (Debian zbar-tools) is not installed"))
    func theTerminalCodeDecodesToTheJoinURL() throws {
        let code = try #require(QRCode(Self.url))
        let modules = Self.modules(fromTerminal: code.terminalText(ansi: true))
        #expect(modules == Self.padded(code))
        #expect(try Self.decode(modules) == "QR-Code:" + Self.url)
    }

    @Test(.enabled(if: zbarimg != nil, "zbarimg (Debian zbar-tools) is not installed"))
    func theSVGCodeDecodesToTheJoinURL() throws {
        let code = try #require(QRCode(Self.url))
        #expect(try Self.decode(Self.modules(fromSVG: code.svg(label: "join"), side: code.size + 8)) == "QR-Code:" + Self.url)
    }

    /// The code with its quiet zone, row by row.
    static func padded(_ code: QRCode) -> [[Bool]] {
        let range = -QRCode.quietZone..<(code.size + QRCode.quietZone)
        return range.map { row in range.map { code.isDark(row: row, column: $0) } }
    }

    /// Reads the modules back from the half blocks (escape sequences dropped).
    static func modules(fromTerminal text: String) -> [[Bool]] {
        let plain = text.replacing(/\u{1B}\[[0-9;]*m/, with: "")
        var rows: [[Bool]] = []
        for line in plain.split(separator: "\n") {
            rows.append(line.map { $0 == "█" || $0 == "▀" })
            rows.append(line.map { $0 == "█" || $0 == "▄" })
        }
        return Array(rows.prefix(rows[0].count))
    }

    /// Reads the modules back from the SVG path (`M x y h w v1 h-w z` per run of dark modules).
    static func modules(fromSVG svg: String, side: Int) -> [[Bool]] {
        var rows = Array(repeating: Array(repeating: false, count: side), count: side)
        for match in svg.matches(of: /M(\d+) (\d+)h(\d+)v1h-\d+z/) {
            let (x, y, width) = (Int(match.1)!, Int(match.2)!, Int(match.3)!)
            for column in x..<(x + width) { rows[y][column] = true }
        }
        return rows
    }

    /// What zbarimg reads from the modules drawn 8 pixels each in a plain PBM image.
    static func decode(_ modules: [[Bool]]) throws -> String {
        let scale = 8
        var pbm = "P1\n\(modules.count * scale) \(modules.count * scale)\n"
        for row in modules {
            let line = row.flatMap { Array(repeating: $0 ? "1" : "0", count: scale) }.joined(separator: " ") + "\n"
            pbm += String(repeating: line, count: scale)
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pbm")
        try pbm.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: zbarimg!)
        process.arguments = ["--quiet", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
