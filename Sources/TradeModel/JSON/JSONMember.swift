public struct JSONMember: Sendable {
    public var key: String
    public var keyLocation: JSONLocation
    public var value: JSONNode
}
