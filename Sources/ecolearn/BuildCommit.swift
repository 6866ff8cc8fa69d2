/// The commit this binary was built from, or nil for a development build. scripts/release replaces this file,
/// for the length of a release build only, with one that names the commit (`git describe`), then puts it back.
let buildCommit: String? = nil
