import TradeModel

public enum MissionSort: String, CaseIterable, Sendable { case date, value, partner }
