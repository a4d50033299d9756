/// Why an append failed, and whether anything of it may be in the journal.
public struct JournalWriteError: Error, Sendable {
    public enum Outcome: Sendable, Equatable {
        /// Nothing of the change is in the journal (it was refused, or cut off again under the lock).
        case nothingRecorded
        /// The journal could not be put back: the change may be there. Appending the same events
        /// again (`retrying: true`) records nothing twice.
        case mayBeRecorded
    }

    public var message: String
    public var outcome: Outcome

    public init(message: String, outcome: Outcome = .nothingRecorded) {
        self.message = message
        self.outcome = outcome
    }

    /// The sentence a user reads: what failed, and what that means for their change.
    public var sentence: String {
        switch outcome {
        case .nothingRecorded: message + "; nothing was recorded"
        case .mayBeRecorded: message + "; the change may have been recorded: look before saving it again (`trade-tui journal check`, or the screen)"
        }
    }
}
