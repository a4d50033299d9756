import TradeModel

/// Work the run loop must do for the reducer; the reducer itself touches nothing outside the state.
public enum Effect: Equatable, Sendable {
    /// Quit once every change on its way to the journal is written (the run loop waits, drawing).
    case quit
    /// Quit now, without waiting (a second Ctrl-C): the run loop says on standard error, after
    /// restoring the terminal, what was not saved and where it is.
    case quitNow
    /// Append these changes to the journal (stamped with id, time and user by the run loop),
    /// made from version `basedOn` of their item (nil: a creation, a note, or "apply anyway").
    case record([JournalEvent.Body], undoes: String?, basedOn: String? = nil, purpose: RecordPurpose)
}
