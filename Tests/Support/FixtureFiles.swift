import Foundation
import TradeModel
import TradeStore

/// The repository root, found from this file's path (`Tests/Support/…`).
public let repoRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// The bundled fixtures.
public let fixturesDir = repoRoot + "/fixtures"

/// A scratch copy of the fixtures; `edits` change one file's text before it is written.
public func scratchFixtures(_ edits: [String: (String) -> String] = [:]) throws -> String {
    let dir = NSTemporaryDirectory() + "trade-tui-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for f in FixtureFile.allCases {
        let src = fixturesDir + "/" + f.rawValue
        var text = try String(contentsOfFile: src, encoding: .utf8)
        if let edit = edits[f.rawValue] { text = edit(text) }
        try text.write(toFile: dir + "/" + f.rawValue, atomically: true, encoding: .utf8)
    }
    return dir
}

/// The bundled fixtures, loaded and validated.
public func loadBundled() throws -> Dataset {
    let r = DatasetLoader.load(directory: fixturesDir)
    guard let ds = r.dataset else { throw FixtureLoadError(problems: r.problems) }
    return ds
}

public struct FixtureLoadError: Error { public var problems: [Problem] }

extension String {
    /// Replaces exactly one occurrence, failing loudly if the anchor is not there once (a test
    /// whose edit silently does nothing could not fail).
    public func replacingOnce(_ a: String, _ b: String) -> String {
        let parts = components(separatedBy: a)
        precondition(parts.count == 2, "anchor \(a) occurs \(parts.count - 1) times")
        return parts.joined(separator: b)
    }
}

public func parse(_ s: String) throws(JSONParseError) -> JSONNode { try JSONParser.parse(Array(s.utf8)) }
