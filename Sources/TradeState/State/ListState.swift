import TradeModel

/// Cursor, scroll and filter of one list.
public struct ListState: Equatable, Sendable {
    public var cursor = 0
    public var top = 0
    public var filter = ""
    public init(cursor: Int = 0, top: Int = 0, filter: String = "") {
        self.cursor = cursor
        self.top = top
        self.filter = filter
    }
}

