import TradeModel

/// This session's change met a later change by someone else and was not applied: the screen
/// says who changed the item, when and to what, and asks whether to apply this one anyway.
public struct ConflictPrompt: Equatable, Sendable {
    public var conflict: Conflict
    /// Why the change was made (a change, an undo, a redo), so applying it anyway keeps the
    /// undo and redo stacks right.
    public var purpose: RecordPurpose

    public init(conflict: Conflict, purpose: RecordPurpose) {
        self.conflict = conflict
        self.purpose = purpose
    }
}
