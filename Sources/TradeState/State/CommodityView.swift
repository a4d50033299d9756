import TradeModel

public enum CommodityView: String, CaseIterable, Sendable { case total, direction, province }
