import TradeModel

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
    /// The same in Indonesian, where the store wrote its own sentence (the system's words stay).
    public var messageId: String?
    public var outcome: Outcome
    /// The store's server could not be reached (PostgreSQL): the change can wait in the outbox.
    public var unreachable: Bool
    /// Why, in a few words (`read-only database role`), for a screen too narrow for `message`;
    /// `reasonId` the same in Indonesian. nil where the message is the system's own.
    public var reason: String?
    public var reasonId: String?

    public init(message: String, outcome: Outcome = .nothingRecorded, unreachable: Bool = false) {
        self.message = message
        self.outcome = outcome
        self.unreachable = unreachable
    }

    /// The few words a narrow screen shows first: why, and whether the change may be there.
    public func brief(_ lang: Language) -> String? {
        guard let why = lang == .id ? (reasonId ?? reason) : reason else { return nil }
        switch (outcome, lang) {
        case (.nothingRecorded, _): return why
        case (.mayBeRecorded, .id): return why + "; mungkin sudah tercatat, periksa dulu"
        case (.mayBeRecorded, .en): return why + "; may have been recorded, look first"
        }
    }

    /// The sentence a user reads: what failed (the system's words), and what that means for their change.
    public func sentence(_ lang: Language) -> String {
        switch (outcome, lang) {
        case (.nothingRecorded, .id): (messageId ?? message) + "; tidak ada yang tercatat"
        case (.nothingRecorded, .en): message + "; nothing was recorded"
        case (.mayBeRecorded, .id):
            (messageId ?? message) + "; perubahan ini mungkin sudah tercatat: periksa dulu sebelum menyimpannya lagi (`trade-tui journal check`, atau layar)"
        case (.mayBeRecorded, .en):
            message + "; the change may have been recorded: look before saving it again (`trade-tui journal check`, or the screen)"
        }
    }
}
