// swift-tools-version:6.0
import PackageDescription

// The floors of the house are targets, so a wrong-way import does not compile:
//   TradeModel + CLibPQ ← TradeStore
//   TradeModel ← TradeState ← TradeView
//   all of them + CNCursesw + CMalloc ← TradeTUI (the executable)
// `LayerTests` keeps these edges; scripts/test builds with --explicit-target-dependency-import-check.
/// `import Glibc` (or Foundation, Dispatch, Darwin …) in TradeModel looks for a module that does
/// not exist: the build fails, naming why.
let noOSModules = ["Glibc", "Foundation", "FoundationEssentials", "Dispatch", "Darwin", "Synchronization"]
    .flatMap { ["-module-alias", "\($0)=TradeModel_imports_no_OS_module_\($0)"] }

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
        // The pure domain: types, parsing bytes, validation, aggregation, events, formatting.
        // No file I/O, clock, randomness or OS module.
        .target(name: "TradeModel", swiftSettings: [.unsafeFlags(noOSModules)]),
        // What touches the disk and the network: fixture files, the journal (a file or PostgreSQL),
        // locks, the clock, id minting.
        .target(name: "TradeStore", dependencies: ["TradeModel", "CLibPQ"]),
        // AppState, actions, effects, reducers, the key table, layout maths. No I/O, no terminal.
        .target(name: "TradeState", dependencies: ["TradeModel"]),
        // Screen buffer, theme, text width, one panel per file: render(state, model).
        .target(name: "TradeView", dependencies: ["TradeModel", "TradeState"]),
        // ncursesw, wide-character API: a modulemap and a shim header, no logic.
        .systemLibrary(name: "CNCursesw"),
        // libpq, PostgreSQL's C client: a modulemap and a shim header, linked only by TradeStore.
        .systemLibrary(name: "CLibPQ"),
        // glibc's malloc.h (malloc_trim: a dashboard gives back what loading let go).
        .systemLibrary(name: "CMalloc"),
        // The executable: CLI, run loop, signals, loading, the curses backend.
        .executableTarget(
            name: "TradeTUI",
            dependencies: [
                "TradeModel", "TradeStore", "TradeState", "TradeView", "CNCursesw", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Test helpers shared by the test targets: the bundled fixtures, scratch copies, a model.
        .target(name: "TradeTestSupport", dependencies: ["TradeModel", "TradeStore", "TradeState"], path: "Tests/Support"),
        .testTarget(name: "TradeModelTests", dependencies: ["TradeModel", "TradeStore", "TradeTestSupport"], exclude: ["FuzzCorpus"]),
        .testTarget(name: "TradeStoreTests", dependencies: ["TradeModel", "TradeStore", "TradeTestSupport"]),
        // Reducer tests; a few render the frame to check what a key press shows.
        .testTarget(name: "TradeStateTests", dependencies: ["TradeModel", "TradeStore", "TradeState", "TradeView", "TradeTestSupport"]),
        .testTarget(
            name: "TradeViewTests",
            dependencies: [
                "TradeModel", "TradeStore", "TradeState", "TradeView", "TradeTestSupport",
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
        // Depends on the executable so `swift test` builds the real binary the CLI tests run.
        .testTarget(name: "TradeTUITests", dependencies: ["TradeTUI", "TradeModel", "TradeStore", "TradeState", "TradeView", "TradeTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
