public struct JSONMember: Sendable {
    public var key: String
    public var keyLocation: JSONLocation
    public var value: JSONNode
}

public struct JSONNode: Sendable {
    public var value: JSONValue
    public var location: JSONLocation
    public init(_ value: JSONValue, at location: JSONLocation) {
        self.value = value
        self.location = location
    }
}
