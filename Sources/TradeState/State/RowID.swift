import TradeModel

/// What a list row shows, by identity rather than position: the cursor follows it when the rows
/// are rebuilt (another process's change, a filter, a sort, a view).
public enum RowID: Equatable, Sendable {
    case mission(String)
    /// A commodity (`""`: value not split by commodity) and which of its lines.
    case commodity(String, CommodityRow.Kind)
    case recommendation(String)
    case action(String)
    case deal(String)
}
