/// Where a JSON value starts in its file: 1-based line, and 1-based column counted in bytes.
public struct JSONLocation: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public var description: String { "\(line):\(column)" }
}
