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
