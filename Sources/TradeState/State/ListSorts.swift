import TradeModel

/// The Checklists panel's order: the paper's (recommendations with their actions), or every
/// action by due date, the undated last.
public enum ChecklistSort: String, CaseIterable, Sendable { case paper, due }

/// The order of deal lines: as recorded (the data's order, then the journal's), by value, by the
/// mission's date (then as recorded), or by party.
public enum DealSort: String, CaseIterable, Sendable { case recorded, value, date, party }

/// The order of commodities: by value (the share is the value over one total, so it sorts the
/// same) or by name. The value not split by commodity and the letters of intent stay last.
public enum CommoditySort: String, CaseIterable, Sendable { case value, name }
