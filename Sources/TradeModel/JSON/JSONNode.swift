
public struct JSONNode: Sendable {
    public var value: JSONValue
    public var location: JSONLocation
    public init(_ value: JSONValue, at location: JSONLocation) {
        self.value = value
        self.location = location
    }
}
