/// Where the frame's parts go at a given size; shared by drawing and by mouse hit-testing.
struct Layout: Equatable, Sendable {
    static let minWidth = 30
    static let minHeight = 8

    let width: Int
    let height: Int
    let header: Rect
    let tabs: Rect
    let body: Rect
    let hints: Rect

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        header = Rect(x: 0, y: 0, width: width, height: 1)
        tabs = Rect(x: 0, y: 1, width: width, height: 1)
        body = Rect(x: 0, y: 2, width: width, height: max(0, height - 3))
        hints = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
    }

    /// Below this, only a message naming the size needed is drawn.
    var tooSmall: Bool { width < Layout.minWidth || height < Layout.minHeight }
    /// Narrow terminals drop secondary columns.
    var compact: Bool { width < 70 }

    /// Rows of a list in the body: one column-header row and, when shown, one filter row.
    func listRows(filterShown: Bool) -> Int { max(1, body.height - 1 - (filterShown ? 1 : 0)) }
    /// First screen row of list items.
    var listTop: Int { body.y + 1 }
}
