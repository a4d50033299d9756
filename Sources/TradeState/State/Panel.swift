import TradeModel

public enum Panel: Int, CaseIterable, Sendable {
    case missions, commodities, checklists
}
