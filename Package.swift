// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "trade-tui",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "trade-tui", targets: ["TradeTUI"]),
        .library(name: "TradeModel", targets: ["TradeModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing", from: "1.19.7"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // Pure domain: Swift + Foundation only.
        .target(name: "TradeModel"),
        // ncursesw, wide-character API; only Sources/TradeTUI/Terminal imports it.
        .systemLibrary(name: "CNCursesw"),
        .executableTarget(
            name: "TradeTUI",
            dependencies: [
                "TradeModel",
                "CNCursesw",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .testTarget(name: "TradeModelTests", dependencies: ["TradeModel"], exclude: ["FuzzCorpus"]),
        // Depends on the executable so `swift test` builds the real binary the CLI tests run.
        .testTarget(
            name: "TradeTUITests",
            dependencies: [
                "TradeTUI", "TradeModel",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
