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
    ],
    targets: [
        // Pure domain: Swift + Foundation only.
        .target(name: "TradeModel"),
        .executableTarget(
            name: "TradeTUI",
            dependencies: [
                "TradeModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "TradeModelTests", dependencies: ["TradeModel"]),
        // Depends on the executable so `swift test` builds the real binary the CLI tests run.
        .testTarget(name: "TradeTUITests", dependencies: ["TradeTUI", "TradeModel"]),
    ],
    swiftLanguageModes: [.v6]
)
