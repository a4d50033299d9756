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
    /// A desk with an outbox retries an unreachable server for 3 s, then holds the change locally.
    var store: any JournalStore { JournalStores.open(path, datasetId: base.datasetId, patience: 3) }
    /// PostgreSQL: follows the server off the screen's thread (nil for a file).
    let watcher: PostgresWatcher?
    /// PostgreSQL: changes made while the server could not be reached wait here (nil for a file).
    let outbox: JournalOutbox?
    /// How many changes waited in the outbox at the last look.
    private(set) var waiting = 0

    /// Continues from what the loader read: the fixtures, the journal replayed so far, and where.
    /// `desk`: this screen records changes (a projector does not, and has no outbox).
    init(_ loaded: DataLoader.Loaded, today: PartialDate?, desk: Bool = true) {
        base = loaded.base
        path = loaded.journalPath
        self.today = today
        loadWarnings = loaded.fixtureWarnings
        dataset = loaded.dataset
        cursor = loaded.cursor
        problems = loaded.replay.problems
        let pg = JournalStores.isPostgres(loaded.journalPath)
        let box = pg && desk ? JournalOutbox.place(for: loaded.journalPath, datasetId: loaded.base.datasetId, environment: Platform.environment) : nil
        outbox = box
        watcher = pg ? PostgresWatcher(url: loaded.journalPath, datasetId: loaded.base.datasetId, after: loaded.cursor.position) : nil
        waiting = box?.waiting() ?? 0
    }

    /// `appended`: `previous` holds these deals up to its count and only deals were recorded
    /// since (`poll` checks): its aggregates are extended by the new ones, not computed afresh.
    func model(reusing previous: DashboardModel? = nil, appended: Bool = false, progress: ((Int, Int) -> Void)? = nil) throws(MoneyOverflow) -> DashboardModel {
        // Changes held on this laptop show on this desk's screen until the server has them.
        var shown = dataset
        if waiting > 0, let outbox { _ = outbox.replay(onto: &shown) }
        var extended: Aggregates?
        if appended, waiting == 0, let previous, previous.dataset.deals.count <= shown.deals.count {
            extended = try previous.aggregates.adding(shown.deals[previous.dataset.deals.count...], in: shown, today: today)
        }
        let agg: Aggregates
        if let extended { agg = extended } else { agg = try Aggregates.compute(shown, today: today) }
        return try DashboardModel(dataset: shown, aggregates: agg, journalPath: store.display, journalEvents: cursor.line,
                              warnings: loadWarnings + problems, today: today, unshared: waiting,
                              reusing: waiting > 0 ? nil : previous, progress: progress)
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
            // The network is the watcher's: here only what it has fetched is applied, with what
            // this desk holds in its outbox on top. Whether the server answers: `watcher.offline`.
            let before = waiting
            waiting = outbox?.waiting() ?? 0
            if !w.hasNews && waiting == before { return nil }
            r = w.replay(into: &dataset, cursor: &cursor)
            if waiting != before && r.applied == 0 && r.problems.isEmpty {
                // Fewer held: the model's deals are no prefix of what is shown now.
                do { return .success(try model(reusing: waiting > before ? current : nil)) } catch { return .failure(LoadFailure(error)) }
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
            && (logBefore..<dataset.dealLog.count).allSatisfy { dataset.dealLog.kind(at: $0) == .recorded }
        if !onlyAppended || reusable?.dataset.deals.count != dealsBefore { reusable = nil }
        do { return .success(try model(reusing: reusable, appended: reusable != nil)) } catch { return .failure(LoadFailure(error)) }
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
