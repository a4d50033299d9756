/// One thing wrong (or doubtful) in the data, located as precisely as the input allows.
public struct Problem: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// The file's name as the user knows it, e.g. `deals.json` or `journal.jsonl`.
    public var file: String
    /// The data directory as the user gave it (`--data`), for a fixture file's problem: the
    /// command line prints `DIR/deals.json:27:101:`, a place that opens from where the command
    /// was typed; the dashboard's warnings list keeps the file's name alone.
    public var directory: String?
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

    /// `fixtures/deals.json:12:5: error: deals[3].valueRupiah: …`, the shape compilers use, so editors can jump to it.
    /// One line always: a path holds the data's own keys, which may hold a newline.
    public var description: String {
        var s = Sanitizer.line(place)
        if let location { s += ":\(location.line):\(location.column)" }
        s += ": \(severity.rawValue): "
        if !path.isEmpty { s += "\(Sanitizer.line(path)): " }
        return s + Sanitizer.line(message)
    }

    /// The file joined to its directory where one is known: `fixtures/deals.json`.
    public var place: String {
        guard let directory, !directory.isEmpty else { return file }
        return directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }

    /// The same problem, its fixture file placed in `directory`.
    public func placed(in directory: String) -> Problem {
        var p = self
        p.directory = directory
        return p
    }
}
