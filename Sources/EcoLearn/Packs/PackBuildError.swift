/// Why a pack could not be built: one diagnostic per problem, each with its place, the problem and a hint.
public struct PackBuildError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
