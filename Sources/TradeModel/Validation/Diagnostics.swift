/// Collects problems while loading; reference type so nested readers share one list.
public final class Diagnostics {
    public private(set) var problems: [Problem] = []
    /// Stop recording after this many, so a hostile file cannot fill memory with messages.
    public let limit: Int
    public private(set) var dropped = 0

    /// Unknown fields are warnings (input a newer version may have written, like the journal),
    /// not errors (the fixtures, which this version's schema describes).
    public var unknownFieldsAreWarnings = false

    public init(limit: Int = 1000) { self.limit = limit }

    public func add(_ p: Problem) {
        if problems.count < limit { problems.append(p) } else { dropped += 1 }
    }

    public func error(_ file: String, _ path: String, _ loc: JSONLocation?, _ message: String) {
        add(Problem(.error, file: file, path: path, at: loc, message))
    }

    public func warning(_ file: String, _ path: String, _ loc: JSONLocation?, _ message: String) {
        add(Problem(.warning, file: file, path: path, at: loc, message))
    }

    /// Turns the errors recorded since `from` into warnings (a journal line that cannot be used is
    /// set aside, not fatal).
    public func demoteErrors(from: Int, suffix: String) {
        for i in from..<problems.count where problems[i].severity == .error {
            problems[i].severity = .warning
            problems[i].message += suffix
        }
    }

    /// Puts the problems recorded since `from` on line `line`, keeping their columns.
    func place(onLine line: Int, from: Int) {
        for i in from..<problems.count { problems[i].location?.line = line }
    }

    public var errorCount: Int { problems.filter { $0.severity == .error }.count + dropped }
    public var hasErrors: Bool { errorCount > 0 }
}
