// swift-tools-version:6.0
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs between clones.
let rootPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

// A libFuzzer target for the YAML-to-lesson path. Build and run: see Fuzz/README.md.
let package = Package(
    name: "ecolearn-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "LessonFuzzer",
            dependencies: [.product(name: "EcoLearn", package: rootPackage)]
        )
    ],
    swiftLanguageModes: [.v6]
)
