import TradeModel
import TradeStore
import TradeState

/// Keeps the dashboard's model equal to fixtures + journal: appends this session's changes
/// durably and picks up what other processes append (polled; Linux Dispatch has no file events).
struct JournalSync: Sendable {
    let base: Dataset
    let path: String
    let today: PartialDate?
    let loadWarnings: [Problem]
    private(set) var dataset: Dataset
    private(set) var cursor: Journal.Cursor
    private(set) var problems: [Problem]
    var store: any JournalStore { JournalStores.open(path, datasetId: base.datasetId) }
    /// PostgreSQL: follows the server off the screen's thread (nil for a file).
    let watcher: PostgresWatcher?
    /// The server was unreachable at the last look (a poll says when it answers again).
    private(set) var offline = false

    /// Continues from what the loader read: the fixtures, the journal replayed so far, and where.
    init(_ loaded: DataLoader.Loaded, today: PartialDate?) {
        base = loaded.base
        path = loaded.journalPath
        self.today = today
        loadWarnings = loaded.fixtureWarnings
        dataset = loaded.dataset
        cursor = loaded.cursor
        problems = loaded.replay.problems
        watcher = JournalStores.isPostgres(loaded.journalPath)
            ? PostgresWatcher(url: loaded.journalPath, datasetId: loaded.base.datasetId, after: loaded.cursor.position) : nil
    }

    func model(reusing previous: DashboardModel? = nil, progress: ((Int, Int) -> Void)? = nil) throws(MoneyOverflow) -> DashboardModel {
        let agg = try Aggregates.compute(dataset, today: today)
        return DashboardModel(dataset: dataset, aggregates: agg, journalPath: store.display, journalEvents: cursor.line,
                              warnings: loadWarnings + problems, today: today, reusing: previous, progress: progress)
    }

    /// Reads what was appended since the last look: nil when nothing changed, else a new model or
    /// why there cannot be one (the caller keeps the last good one and says so). When the deals
    /// were only appended to (no correction or withdrawal), `current`'s indexes are reused.
    mutating func poll(current: DashboardModel? = nil) -> Result<DashboardModel, LoadFailure>? {
        let logBefore = dataset.dealLog.count
        let dealsBefore = dataset.deals.count
        let conflictsBefore = dataset.conflicts.count
        var r: Journal.Replay
        if let w = watcher {
            // The network is the watcher's: here only what it has fetched is applied.
            if let off = w.offline {
                offline = true
                return .failure(LoadFailure(kind: .journalUnreachable, problems: [], id: "jurnal \(w.display) tidak terjangkau: \(off.why)",
                                            en: "the journal \(w.display) cannot be reached: \(off.why)"))
            }
            let back = offline
            offline = false
            if !w.hasNews && !back { return nil }
            r = w.replay(into: &dataset, cursor: &cursor)
            if back && r.applied == 0 && r.problems.isEmpty {
                do { return .success(try model(reusing: current)) } catch { return .failure(LoadFailure(error)) }
            }
        } else {
            r = store.replay(into: &dataset, cursor: &cursor, reportTorn: false)
        }
        var reusable = current
        if r.rewritten {
            dataset = base
            cursor = Journal.Cursor()
            r = store.replay(into: &dataset, cursor: &cursor, reportTorn: false)
            problems = []
            reusable = nil
        } else if r.applied == 0 && r.problems.isEmpty && dataset.conflicts.count == conflictsBefore {
            // (A change that met a later one applies nothing, but its author must hear of it.)
            return nil
        }
        if r.refused {
            return .failure(LoadFailure(kind: .journalRefused, problems: r.problems, id: "jurnal \(Sanitizer.line(store.display)) tidak dapat dipakai",
                                        en: "the journal \(Sanitizer.line(store.display)) cannot be used"))
        }
        problems += r.problems
        // Corrections and withdrawals change deals in place: rebuild the indexes then.
        let onlyAppended = reusable != nil && dataset.dealLog.count >= logBefore
            && dataset.dealLog[logBefore...].allSatisfy { $0.kind == .recorded }
        if !onlyAppended || reusable?.dataset.deals.count != dealsBefore { reusable = nil }
        do { return .success(try model(reusing: reusable)) } catch { return .failure(LoadFailure(error)) }
    }

    /// This session's changes as events: stamped with a fresh id, the time and the user.
    func stamp(_ bodies: [JournalEvent.Body], user: String, undoes: String?, basedOn: String? = nil) -> [JournalEvent] {
        bodies.map { JournalEvent.stamped($0, user: user, undoes: undoes, basedOn: basedOn) }
    }

    /// Stamps and appends durably (tests; the run loop appends through a `JournalWorker`).
    func record(_ bodies: [JournalEvent.Body], user: String, undoes: String?, basedOn: String? = nil) -> Result<[JournalEvent], JournalWriteError> {
        let events = stamp(bodies, user: user, undoes: undoes, basedOn: basedOn)
        do { try store.append(events) } catch { return .failure(error) }
        return .success(events)
    }
}
