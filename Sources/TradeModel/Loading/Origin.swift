/// Where a record came from, for messages.
public struct Origin: Sendable {
    public var file: String
    public var path: String
    public var location: JSONLocation?
}
