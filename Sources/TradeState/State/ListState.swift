import TradeModel

/// Cursor, scroll and filter of one list, and the item under the cursor by id.
public struct ListState: Equatable, Sendable {
    public var cursor = 0
    public var top = 0
    public var filter = ""
    /// The item under the cursor: when the rows are rebuilt the cursor goes back to it.
    public var selected: RowID?
    /// The selected item left the list when the data changed (another desk finished, withdrew or
    /// corrected it). Nothing is selected then: the cursor waits at the nearest row, and the
    /// commands that act on the selection refuse until ↑ or ↓ chooses a row.
    public var gone: RowID?
    public init(cursor: Int = 0, top: Int = 0, filter: String = "", selected: RowID? = nil, gone: RowID? = nil) {
        self.cursor = cursor
        self.top = top
        self.filter = filter
        self.selected = selected
        self.gone = gone
    }
}
