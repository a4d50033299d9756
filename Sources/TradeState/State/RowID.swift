import TradeModel

/// What a list row shows, by identity rather than position: the cursor follows it when the rows
/// are rebuilt (another process's change, a filter, a sort, a view).
public enum RowID: Equatable, Sendable {
    case mission(String)
    /// A commodity (`""`: value not split by commodity) and which of its lines.
    case commodity(String, CommodityRow.Kind)
    case recommendation(String)
    case action(String)
    /// A heading, an obstacle or an indicator in the Checklists panel (read, not ticked).
    case checklistHeading(String)
    case obstacle(String)
    case indicator(String)
    case deal(String)
}
