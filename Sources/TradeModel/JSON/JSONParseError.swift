/// Why the bytes are not JSON, and where.
public struct JSONParseError: Error, Sendable, Equatable {
    public var message: String
    public var location: JSONLocation
}
