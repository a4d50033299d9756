/// Where a JSON value starts in its file: 1-based line, and 1-based column counted in bytes.
public struct JSONLocation: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public var description: String { "\(line):\(column)" }
}

/// A parsed JSON value that remembers where it came from, so problems can name a line.
///
/// Numbers keep their literal text: money is checked against `Int64` exactly, never through `Double`.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])

    /// A short noun for messages: "a string", "an object" …
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a true/false value"
        case .number: "a number"
        case .string: "a text string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}

public struct JSONNode: Sendable {
    public var value: JSONValue
    public var location: JSONLocation
    public init(_ value: JSONValue, at location: JSONLocation) {
        self.value = value
        self.location = location
    }
}

public struct JSONMember: Sendable {
    public var key: String
    public var keyLocation: JSONLocation
    public var value: JSONNode
}
