/// The commit this binary was built from, or nil for a development build. scripts/release builds from a copy of
/// the source in which this file names the commit (`git describe`).
let buildCommit: String? = nil
