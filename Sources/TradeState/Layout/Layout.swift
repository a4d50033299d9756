/// Where the frame's parts go at a given size; shared by drawing and by mouse hit-testing.
public struct Layout: Equatable, Sendable {
    public static let minWidth = 30
    public static let minHeight = 8

    public let width: Int
    public let height: Int
    public let header: Rect
    public let tabs: Rect
    public let body: Rect
    public let hints: Rect

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        header = Rect(x: 0, y: 0, width: width, height: 1)
        tabs = Rect(x: 0, y: 1, width: width, height: 1)
        body = Rect(x: 0, y: 2, width: width, height: max(0, height - 3))
        hints = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
    }

    /// Below this, only a message naming the size needed is drawn.
    public var tooSmall: Bool { width < Layout.minWidth || height < Layout.minHeight }
    /// Narrow terminals drop secondary columns.
    public var compact: Bool { width < 70 }

    /// Rows of a list in the body: one column-header row and, when shown, one filter row.
    public func listRows(filterShown: Bool) -> Int { max(1, body.height - 1 - (filterShown ? 1 : 0)) }
    /// First screen row of list items.
    public var listTop: Int { body.y + 1 }
}
