import TradeModel

public enum ListID: Hashable, Sendable { case missions, commodities, checklists, deals, missionDeals }
