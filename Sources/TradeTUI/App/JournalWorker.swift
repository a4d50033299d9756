import Dispatch
import Synchronization
import TradeModel
import TradeState
import TradeStore

/// Appends this session's changes on a queue of its own, in order, so a journal held by another
/// process (a big import, a repair) never stops the keys: the loop goes on drawing and reading,
/// and says how long the change has waited.
final class JournalWorker: Sendable {
    struct Done: Sendable {
        var events: [JournalEvent]
        var purpose: RecordPurpose
        var error: JournalWriteError?
        /// The server could not be reached: the change is held on this laptop, not yet shared.
        var held = false
        /// Changes this laptop held that the server has now (sent before this change).
        var shared: [JournalEvent] = []
    }

    private let writer: any JournalStore
    private let outbox: JournalOutbox?
    private let queue = DispatchQueue(label: "trade-tui.journal-writer")
    /// Finished appends not yet taken by the loop, and when the oldest unfinished one was sent;
    /// `changes`: this session's changes among the unfinished (not the outbox's sends).
    private let state = Mutex<(done: [Done], pending: Int, since: Double?, changes: Int)>(([], 0, nil, 0))

    init(writer: any JournalStore, outbox: JournalOutbox? = nil) {
        self.writer = writer
        self.outbox = outbox
    }

    /// Sends `events` to be appended (stamped already); the outcome comes back from `takeDone`.
    func submit(_ events: [JournalEvent], purpose: RecordPurpose, now: Double) {
        state.withLock { s in
            if s.pending == 0 { s.since = now }
            s.pending += 1
            s.changes += 1
        }
        queue.async { [self] in
            var error: JournalWriteError?
            var held = false
            // This desk's changes reach the server in the order they were made: what waits in the
            // outbox goes first, and while it cannot, the new change waits behind it.
            let (shared, stillHeld) = sendHeld()
            if stillHeld {
                error = JournalWriteError(message: "the journal's server cannot be reached", unreachable: true)
            } else {
                do throws(JournalWriteError) { try writer.append(events) } catch let e { error = e }
            }
            // Unreachable: durable on this laptop instead, sent by event id when the server is back.
            if let e = error, e.unreachable, let outbox {
                do throws(JournalWriteError) {
                    try outbox.hold(events)
                    error = nil
                    held = true
                } catch let again {
                    error = JournalWriteError(message: e.message + "; " + again.message, outcome: e.outcome)
                }
            }
            state.withLock { s in
                s.done.append(Done(events: events, purpose: purpose, error: error, held: held, shared: shared))
                s.pending -= 1
                s.changes -= 1
                s.since = s.pending == 0 ? nil : s.since
            }
        }
    }

    /// Sends what the outbox holds (the server answers again), in order, on the writing queue.
    func sendHeld(now: Double) {
        guard outbox != nil else { return }
        state.withLock { s in
            if s.pending == 0 { s.since = now }
            s.pending += 1
        }
        queue.async { [self] in
            let (shared, _) = sendHeld()
            state.withLock { s in
                if !shared.isEmpty { s.done.append(Done(events: [], purpose: .change, error: nil, shared: shared)) }
                s.pending -= 1
                s.since = s.pending == 0 ? nil : s.since
            }
        }
    }

    /// On the queue: the outbox's changes sent, and whether some still wait (server unreachable).
    private func sendHeld() -> (shared: [JournalEvent], stillHeld: Bool) {
        guard let outbox, let pg = writer as? PostgresJournal, outbox.waiting() > 0 else { return ([], false) }
        do throws(PGError) {
            return (try outbox.send(to: pg), false)
        } catch {
            return ([], true)
        }
    }

    /// The appends finished since the last look, oldest first.
    func takeDone() -> [Done] {
        state.withLock { s in
            defer { s.done.removeAll() }
            return s.done
        }
    }

    /// This session's changes sent and not yet appended (or failed).
    var changesWaiting: Int { state.withLock { $0.changes } }

    /// When the oldest change still waiting was sent (nil: nothing waits).
    var waitingSince: Double? { state.withLock { $0.since } }
}
