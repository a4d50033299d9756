/// One thing wrong (or doubtful) in the data, located as precisely as the input allows.
public struct Problem: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// The file's name as the user knows it, e.g. `deals.json` or `journal.jsonl`.
    public var file: String
    /// A JSON path such as `deals[3].valueRupiah`; empty for the whole file.
    public var path: String
    public var location: JSONLocation?
    /// A plain sentence.
    public var message: String

    public init(_ severity: Severity, file: String, path: String, at location: JSONLocation?, _ message: String) {
        self.severity = severity
        self.file = file
        self.path = path
        self.location = location
        self.message = message
    }

    /// `deals.json:12:5: error: deals[3].valueRupiah: …`, the shape compilers use, so editors can jump to it.
    /// One line always: a path holds the data's own keys, which may hold a newline.
    public var description: String {
        var s = Sanitizer.line(file)
        if let location { s += ":\(location.line):\(location.column)" }
        s += ": \(severity.rawValue): "
        if !path.isEmpty { s += "\(Sanitizer.line(path)): " }
        return s + Sanitizer.line(message)
    }
}

/// Collects problems while loading; reference type so nested readers share one list.
public final class Diagnostics {
    public private(set) var problems: [Problem] = []
    /// Stop recording after this many, so a hostile file cannot fill memory with messages.
    public let limit: Int
    public private(set) var dropped = 0

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
