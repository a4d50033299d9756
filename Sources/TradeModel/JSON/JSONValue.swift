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

