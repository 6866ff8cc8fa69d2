/// The form text takes in the search index and in the page's script before it is compared: canonical
/// decomposition, combining marks (U+0300-U+036F) removed, lower case, dotless ı as i. So "sķirošana",
/// "SKIROSANA" and "skirosana" all match, and so do "Çöp" and "cop". The page's script folds the words typed
/// the same way (`String.prototype.normalize("NFD")`, the same range, `toLowerCase`).
enum SearchText {
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars
        where !(0x300...0x36F).contains(scalar.value) {
            scalars.append(scalar)
        }
        return String(scalars).lowercased().replacingOccurrences(of: "ı", with: "i")
    }
}
