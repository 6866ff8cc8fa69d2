/// Recognises text saved as UTF-16 or UTF-32, which a UTF-8 reader sees as NUL bytes between the letters
/// (spreadsheets and Windows editors offer "Unicode" or "UTF-16" as a save format). Such a file is text in the
/// wrong encoding, not a binary file, and the person who saved it needs to hear "save it as UTF-8".
public enum WideEncoding {
    /// `UTF-16` or `UTF-32` when `bytes` start with that encoding's byte order mark, or when their first bytes
    /// look like Latin text in it (a NUL byte beside every letter); nil otherwise.
    public static func name(of bytes: some Collection<UInt8>) -> String? {
        let head = Array(bytes.prefix(256))
        if head.starts(with: [0xFF, 0xFE, 0, 0]) || head.starts(with: [0, 0, 0xFE, 0xFF]) { return "UTF-32" }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        let pairs = head.count / 2
        guard pairs >= 2 else { return nil }
        var zeros = [0, 0]
        for index in 0..<(pairs * 2) where head[index] == 0 { zeros[index % 2] += 1 }
        if zeros[0] + zeros[1] >= pairs * 3 / 2 { return "UTF-32" }
        if zeros.min() == 0, zeros.max() ?? 0 >= pairs * 3 / 4 { return "UTF-16" }
        return nil
    }
}
