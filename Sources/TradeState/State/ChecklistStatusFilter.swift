import TradeModel

public enum ChecklistStatusFilter: String, CaseIterable, Sendable { case all, open, done, overdue }
