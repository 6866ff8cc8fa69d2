/// ecolearn's version: the one place the number is written. scripts/release reads it back from
/// `ecolearn --version` to name the tarball and the Debian package.
public enum EcoLearnVersion {
    /// The release number, `MAJOR.MINOR.PATCH`.
    public static let number = "0.2.0"

    /// What `ecolearn --version` prints: `ecolearn 0.2.0 (abc1234)` for a release built from commit `abc1234`,
    /// `ecolearn 0.2.0 (development)` for a build that was not made by scripts/release.
    public static func line(commit: String?) -> String {
        "ecolearn \(number) (\(commit ?? "development"))"
    }
}
