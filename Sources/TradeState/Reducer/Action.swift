import TradeModel

/// What happened, as the run loop reports it.
public enum Action: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resized(width: Int, height: Int)
    case tick(clock: String)
    /// The journal holds these events now (durable), written for `purpose`.
    case recorded([JournalEvent], RecordPurpose)
    /// An append failed: the whole sentence, and its reason in a few words where the store gave one.
    case recordFailed(String, brief: String? = nil)
    /// A success message has been shown long enough (the run loop's timer): it fades.
    case statusExpired
    /// The journal's server could not be reached: the change is durable on this laptop and will
    /// be shared when the server answers (`waiting` changes wait).
    case heldLocally([JournalEvent], RecordPurpose, waiting: Int)
    /// The server has these changes this laptop held (and the data shows them now).
    case outboxShared([JournalEvent])
    /// The model was rebuilt (this session's change or another process's): refresh the rows.
    case dataChanged
    /// The journal changed but cannot be followed: the screen keeps the last good data and says so.
    case dataProblem(DataProblem)
    /// A change has waited this many seconds for the journal (nil: nothing waits).
    case journalWait(seconds: Int?)
    /// Monotonic seconds and UTC epoch seconds, for the presenter's clock, rotation and animation.
    case presenterTick(now: Double, utc: Int)
}
