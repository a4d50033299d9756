import Foundation

/// A PostgreSQL server for tests: `TRADE_TUI_TEST_PG` names an admin URL (scripts/test starts a
/// throwaway cluster and sets it). Each test gets a database of its own.
public enum TestPostgres {
    public static var adminURL: String? { ProcessInfo.processInfo.environment["TRADE_TUI_TEST_PG"] }
    public static var available: Bool { adminURL != nil }

    /// A fresh, empty database; its URL.
    public static func freshDatabase() throws -> String {
        guard let admin = adminURL else { throw TestPostgresError(message: "TRADE_TUI_TEST_PG is not set") }
        let name = "tt_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        try psql(admin, "CREATE DATABASE \(name)")
        guard let slash = admin.lastIndex(of: "/") else { throw TestPostgresError(message: "admin URL has no database") }
        return String(admin[..<slash]) + "/" + name
    }

    /// Runs one statement with psql (the tests' own hands on the server, e.g. to make a role).
    @discardableResult
    public static func psql(_ url: String, _ sql: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        p.arguments = ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let e = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw TestPostgresError(message: "psql: \(e)") }
        return o.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

public struct TestPostgresError: Error, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
