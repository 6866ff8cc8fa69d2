// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ecolearn",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "EcoLearn", targets: ["EcoLearn"]),
        .library(name: "EcoLearnTracking", targets: ["EcoLearnTracking"]),
        .library(name: "EcoLearnSQLite", targets: ["EcoLearnSQLite"]),
        .library(name: "EcoLearnPostgres", targets: ["EcoLearnPostgres"]),
        .library(name: "EcoLearnSync", targets: ["EcoLearnSync"]),
        .library(name: "EcoLearnLive", targets: ["EcoLearnLive"]),
        .library(name: "EcoLearnLiveServer", targets: ["EcoLearnLiveServer"]),
        .library(name: "EcoLearnSite", targets: ["EcoLearnSite"]),
        .executable(name: "ecolearn", targets: ["ecolearn"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        .target(
            name: "EcoLearn",
            dependencies: [
                "CYAML",
                "CMark",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The built-in pack templates are not a bundle resource: ShippedFiles finds them beside an installed
            // binary, in /usr/share/ecolearn, or in this source tree (docs/ARCHITECTURE.md, "Shipped files").
            exclude: ["Packs/Templates"]
        ),
        .target(
            name: "EcoLearnTracking",
            dependencies: ["EcoLearn", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "EcoLearnSQLite",
            dependencies: [
                "EcoLearnTracking",
                "EcoLearnLive",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "EcoLearnPostgres",
            dependencies: [
                "EcoLearnTracking",
                "EcoLearnLive",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "EcoLearnSync",
            dependencies: ["EcoLearn", "EcoLearnTracking", "EcoLearnSQLite", "EcoLearnPostgres"]
        ),
        .target(
            name: "EcoLearnLive",
            dependencies: ["EcoLearn", "CQRencode"]
        ),
        .target(
            name: "EcoLearnLiveServer",
            dependencies: [
                "EcoLearnLive",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "EcoLearnSite",
            dependencies: ["EcoLearn"]
        ),
        .executableTarget(
            name: "ecolearn",
            dependencies: [
                "EcoLearn",
                "EcoLearnSite",
                "EcoLearnTracking",
                "EcoLearnSQLite",
                "EcoLearnPostgres",
                "EcoLearnSync",
                "EcoLearnLive",
                "EcoLearnLiveServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "EcoLearnTests",
            dependencies: ["EcoLearn", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EcoLearnTrackingTests",
            dependencies: [
                "EcoLearnTracking", "EcoLearnSQLite", "EcoLearnPostgres", "EcoLearnSync", "EcoLearnLive",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EcoLearnSiteTests",
            dependencies: ["EcoLearnSite", "EcoLearn"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EcoLearnLiveTests",
            dependencies: ["EcoLearnLive"]
        ),
        .testTarget(
            name: "EcoLearnLiveServerTests",
            dependencies: [
                "EcoLearnLiveServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
