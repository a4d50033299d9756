import TradeModel

/// Why a change is being recorded, so the reducer can keep the undo and redo stacks right.
public enum RecordPurpose: Equatable, Sendable {
    case change
    case undo(JournalEvent)
    case redo(JournalEvent)
}
