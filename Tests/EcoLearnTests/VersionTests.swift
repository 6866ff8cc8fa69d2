import Foundation
import Testing
@testable import EcoLearn

/// `ecolearn --version`: the version number and the commit a release was built from.
@Suite struct VersionTests {
    @Test func theNumberIsMajorMinorPatch() {
        #expect(EcoLearnVersion.number.split(separator: ".").map { Int($0) != nil } == [true, true, true])
    }

    @Test func aReleaseNamesItsCommit() {
        #expect(EcoLearnVersion.line(commit: "abc1234") == "ecolearn \(EcoLearnVersion.number) (abc1234)")
    }

    @Test func aDevelopmentBuildSaysSo() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "ecolearn \(EcoLearnVersion.number) (development)\n")
        #expect(result.stderr == "")
    }
}
