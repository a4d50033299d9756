import TradeModel

/// Work the run loop must do for the reducer; the reducer itself touches nothing outside the state.
public enum Effect: Equatable, Sendable {
    case quit
    /// Append these changes to the journal (stamped with id, time and user by the run loop),
    /// made from version `basedOn` of their item (nil: a creation, a note, or "apply anyway").
    case record([JournalEvent.Body], undoes: String?, basedOn: String? = nil, purpose: RecordPurpose)
}
