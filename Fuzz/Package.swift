// swift-tools-version:6.0
import PackageDescription

// A libFuzzer target for the YAML-to-lesson path. Build and run: see Fuzz/README.md.
let package = Package(
    name: "ecolearn-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "LessonFuzzer",
            dependencies: [.product(name: "EcoLearn", package: "ecolearn")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ],
    swiftLanguageModes: [.v6]
)
