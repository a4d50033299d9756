import Foundation
import Testing
import TradeTestSupport

/// The floors of the house, checked from the package manifest and the sources. The compiler keeps
/// most of this already (`swift build --explicit-target-dependency-import-check error` in
/// scripts/test refuses an import of a target that is not a declared dependency, and `CNCursesw`
/// is not even visible outside the executable); this keeps the declared edges themselves right.
@Suite struct LayerTests {
    /// Which targets each target may depend on.
    static let allowed: [String: Set<String>] = [
        "TradeModel": [],
        "TradeStore": ["TradeModel", "CLibPQ"],
        "TradeState": ["TradeModel"],
        "TradeView": ["TradeModel", "TradeState"],
        "TradeTUI": ["TradeModel", "TradeStore", "TradeState", "TradeView", "CNCursesw", "CMalloc", "ArgumentParser", "CSV"],
    ]

    /// `name` → the names in its `dependencies: [...]` list, read from Package.swift's text.
    static func declared() throws -> [String: Set<String>] {
        let text = try String(contentsOfFile: repoRoot + "/Package.swift", encoding: .utf8)
        var out: [String: Set<String>] = [:]
        let target = try Regex(#"\.(?:executableTarget|target)\(\s*name:\s*"(\w+)"(?:,\s*dependencies:\s*\[([^\]]*)\])?"#)
        let quoted = try Regex(#""(\w+)""#)
        for m in text.matches(of: target) {
            guard let name = m.output[1].substring.map(String.init) else { continue }
            let deps = m.output[2].substring.map { list in Set(list.matches(of: quoted).compactMap { $0.output[1].substring.map(String.init) }) } ?? []
            // `.product(name: "X", package: "y")` names the product X.
            out[name] = deps.subtracting(["swift-argument-parser", "CSV.swift"])
        }
        return out
    }

    @Test func targetsDependOnlyDownward() throws {
        let declared = try Self.declared()
        for (name, allowed) in Self.allowed {
            let deps = try #require(declared[name], "\(name) is declared in Package.swift")
            #expect(deps.isSubset(of: allowed), "\(name) depends on \(deps.subtracting(allowed).sorted()), which is not below it")
        }
        #expect(declared["TradeView"]?.contains("CNCursesw") == false && declared["TradeState"]?.contains("CNCursesw") == false)
        // libpq is linked by TradeStore alone: nothing above reaches the network but through it.
        for (name, deps) in declared where name != "TradeStore" { #expect(!deps.contains("CLibPQ"), "\(name) depends on CLibPQ") }
    }

    /// Import lines of every Swift file under `Sources/<target>`.
    static func imports(_ target: String) throws -> [(file: String, module: String)] {
        let root = repoRoot + "/Sources/" + target
        let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        var out: [(String, String)] = []
        for f in files {
            let text = try String(contentsOfFile: root + "/" + f, encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@preconcurrency import ") {
                out.append((target + "/" + f, String(line.split(separator: " ").last ?? "")))
            }
        }
        return out
    }

    @Test func theModelIsPureAndStateAndViewTouchNoOS() throws {
        for (file, module) in try Self.imports("TradeModel") {
            Issue.record("\(file) imports \(module): TradeModel imports no module (no file I/O, clock, randomness or OS)")
        }
        for target in ["TradeState", "TradeView"] {
            // Synchronization's `Mutex` guards a value built once on first use (the deals' search
            // text): a lock in memory, not the OS, a disk or a terminal.
            for (file, module) in try Self.imports(target) where !["TradeModel", "TradeState", "Synchronization"].contains(module) {
                Issue.record("\(file) imports \(module): \(target) touches no OS, disk or terminal")
            }
        }
    }

    /// The compiler refuses an OS import in TradeModel, but the standard library has a clock and
    /// randomness of its own: the pure targets use neither (ids and time come in as values).
    @Test func thePureTargetsReadNoClockAndDrawNoRandomNumbers() throws {
        for target in ["TradeModel", "TradeState", "TradeView"] {
            let root = repoRoot + "/Sources/" + target
            let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
            for f in files {
                let text = try String(contentsOfFile: root + "/" + f, encoding: .utf8)
                for word in [".random(", "ContinuousClock", "SuspendingClock", "SystemRandomNumberGenerator", "Date()", "ProcessInfo"] {
                    #expect(!text.contains(word), "\(target)/\(f) uses \(word)")
                }
            }
        }
    }

    @Test func noFileOver400LinesAndNoSilencedConcurrency() throws {
        let root = repoRoot + "/Sources"
        let files = try #require(FileManager.default.enumerator(atPath: root)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(files.count > 50)
        for f in files {
            let text = try String(contentsOfFile: root + "/" + f, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(lines <= 400, "\(f) has \(lines) lines")
            #expect(!text.contains("@preconcurrency") && !text.contains("nonisolated(unsafe)"), "\(f)")
        }
    }
}
