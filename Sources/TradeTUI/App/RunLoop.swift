import CMalloc
import Dispatch
import Glibc
import Synchronization
import TradeModel
import TradeStore
import TradeState
import TradeView

/// Owns the terminal: draws frames, reads events, feeds the reducer and performs its effects
/// (quitting, and appending changes to the journal), and picks up other processes' changes.
struct RunLoop {
    let terminal: CursesTerminal
    let task: LoadTask
    let lang: Language
    let user: String
    /// Start on the presenter screen (`trade-tui present`): its mission and auto-rotation.
    var presenter: (mission: String?, rotate: Int?)?
    /// How often the journal is checked for other processes' changes: often on the projector,
    /// whose total must change within half a second of a deal being recorded anywhere.
    static let pollMs: Double = 250
    static let presenterPollMs: Double = 80
    /// How long a success ("✓ Tersimpan di jurnal") stays on the tab row; errors stay until a key.
    static let statusFadeMs: Double = 5000

    /// How the loop ended.
    enum Ending {
        case exit(Int32)
        /// Loading failed: printed once the terminal is restored.
        case loadFailed(LoadFailure)
        /// A bad option found once the data was there (an unknown `--mission`).
        case usage(String)
        /// Quitting waited for a change still on its way to the journal, and it could not be
        /// written: said once the terminal is restored (exit 74), never lost in silence.
        case unsaved(String)
        /// Ended by a signal or a second Ctrl-C without waiting (exit 128 + signal): what was not
        /// saved, if anything, is said once the terminal is restored.
        case interrupted(Int32, said: String?)
    }

    /// A poll's outcome as actions: new data, or the problem that keeps the last good data on screen
    /// (marked with its time, never shown as current).
    func follow(_ polled: Result<DashboardModel, LoadFailure>?, _ current: inout DashboardModel, _ lastGood: inout Int,
                _ offlineSince: inout Int?, _ actions: inout [Action]) {
        switch polled {
        case nil: break
        case .success(let fresh):
            current = fresh
            // While offline the data shown is as of the last contact, whatever this desk holds.
            if offlineSince == nil { lastGood = time(nil) }
            actions.insert(.dataChanged, at: 0)
        case .failure(let f):
            let kind: DataProblem.Kind = f.kind == .overflow ? .overflow : .journalUnreadable
            actions.insert(.dataProblem(DataProblem(kind: kind, lastGood: lastGood)), at: 0)
        }
    }

    /// Runs until quit. The terminal is closed before returning.
    func run() -> Ending {
        defer { terminal.close() }
        var state: AppState?
        var model: DashboardModel?
        var sync: JournalSync?
        var frozen: DashboardModel?
        var lastPoll = Clock.monotonicMs()
        // Appends this session's changes off the loop (made on the first change).
        var worker: JournalWorker?
        // When the data on screen was last known good (shown with a data problem), in UTC seconds:
        // each screen says it in its own zone (the projector in the mission's).
        var lastGood = time(nil)
        var offlineSince: Int?
        // Held changes the worker has sent, until the data shows them; when the last send was tried.
        var sharedWaiting: [JournalEvent] = []
        var lastSend = 0.0
        // When the message on the tab row was last said (a success fades after `statusFadeMs`).
        var statusSaid = 0.0
        // `y` to quit while a change was on its way: the loop goes on drawing until it is written
        // (Ctrl-C quits without waiting); what could not be written is said after.
        var quitWhenSaved = false
        var quitFailures: [String] = []
        // Small data sets load in a few milliseconds: wait briefly so the first frame is the
        // dashboard itself, not a flash of the loading screen.
        for _ in 0..<100 where task.result == nil { usleep(500) }
        while true {
            // SIGINT (Ctrl-C at the terminal) is a key once the desk is up: it asks before losing
            // anything. Other signals cannot ask: they end now and say what was not saved.
            let sig = Signals.pending.load(ordering: .relaxed)
            if sig != 0 && !(sig == SIGINT && state != nil) { return .interrupted(128 + sig, said: lost(worker, model, sync)) }
            let (w, h) = terminal.size
            if model == nil, let outcome = task.result {
                let js: JournalSync, m: DashboardModel
                switch outcome {
                case .failed(let f): return .loadFailed(f)
                case .loaded(let j, let mm): (js, m) = (j, mm)
                }
                model = m
                sync = js
                var screen: PresenterState?
                if let start = presenter {
                    if let id = start.mission, m.missionIndex[id] == nil {
                        let ids = m.aggregates.missions.map(\.id).joined(separator: ", ")
                        return .usage(CLIText.noMission(Sanitizer.line(id), ids: ids, lang))
                    }
                    screen = PresenterState(mission: start.mission, exitsProgram: true, rotateSeconds: start.rotate, model: m)
                }
                // The session's ids: minted once here, so the reducer never reads the clock.
                state = Reducer.initial(m, width: w, height: h, lang: lang, user: user, idPrefix: JournalClock.newEventId(),
                                        clock: Clock.text(lang), zone: Platform.localZone(), presenter: screen,
                                        asciiOnly: !terminal.showsUTF8)
                // The deals' search text is built beside the first frame, not before it (a
                // projector never filters, so never builds it).
                // Then what loading used and let go (decoder buffers, the halves' scratch) goes back
                // to the system: glibc keeps freed memory otherwise, and a dashboard runs all day.
                if screen == nil {
                    DispatchQueue.global(qos: .utility).async {
                        _ = m.dealSearch
                        _ = malloc_trim(0)
                    }
                } else {
                    _ = malloc_trim(0)
                }
            }
            guard let m = model, var s = state, var js = sync else {
                terminal.present(LoadingView.render(width: w, height: h, fileIndex: task.fileIndex.load(ordering: .relaxed),
                                                    permille: task.permille.load(ordering: .relaxed), lang: lang))
                if case .key(.char("q")) = terminal.read(timeoutMs: 15) { return .exit(0) }
                continue
            }
            if s.presenter != nil {
                _ = Reducer.reduce(&s, .presenterTick(now: Clock.monotonicMs() / 1000, utc: time(nil)), m)
            }
            // A frozen projector keeps showing the data as it was when frozen.
            if s.presenter?.frozen == true { if frozen == nil { frozen = m } } else { frozen = nil }
            terminal.present(FrameView.render(s, frozen ?? m), projector: s.presenter != nil)
            var current = m
            var actions: [Action] = []
            let writing = worker?.waitingSince != nil
            let timeout: Int32 = writing ? 50 : s.presenter == nil ? 250 : (s.presenter!.animating ? 30 : 80)
            // Everything already typed (a paste) is taken before the next frame is drawn.
            var event = terminal.read(timeoutMs: timeout)
            while true {
                switch event {
                case .hangup: return .interrupted(128 + SIGHUP, said: lost(worker, model, sync))
                case .timeout: break
                case .resize(let w, let h): actions.append(.resized(width: w, height: h))
                case .key(let k): actions.append(.key(k))
                case .mouse(let e): actions.append(.mouse(e))
                }
                if case .timeout = event { break }
                if actions.count >= 4096 { break }
                event = terminal.read(timeoutMs: 0)
            }
            if Signals.pending.compareExchange(expected: SIGINT, desired: 0, ordering: .relaxed).exchanged { actions.append(.key(.ctrl("c"))) }
            // Appends that finished: the data follows, then the reducer hears the outcome.
            for done in worker?.takeDone() ?? [] {
                // Held changes the server has now: said once the data holds them, with any conflict.
                sharedWaiting += done.shared
                if done.events.isEmpty { continue }
                if let e = done.error {
                    if quitWhenSaved { quitFailures.append(e.sentence(lang)) }
                    actions.append(.recordFailed(e.sentence(lang), brief: e.brief(lang)))
                } else {
                    follow(js.poll(current: current), &current, &lastGood, &offlineSince, &actions)
                    actions.append(done.held ? .heldLocally(done.events, done.purpose, waiting: current.unshared) : .recorded(done.events, done.purpose))
                }
            }
            let waited = worker?.waitingSince.map { Int((Clock.monotonicMs() - $0) / 1000) }
            if waited != s.waitingForJournal { actions.append(.journalWait(seconds: waited)) }
            let now = Clock.text(lang)
            if now != s.clock { actions.append(.tick(clock: now)) }
            if s.status?.isError == false && Clock.monotonicMs() - statusSaid >= Self.statusFadeMs { actions.append(.statusExpired) }
            if Clock.monotonicMs() - lastPoll >= (s.presenter == nil ? Self.pollMs : Self.presenterPollMs) {
                lastPoll = Clock.monotonicMs()
                // The rows follow the new data before the key is applied, so the key acts on the
                // item the user chose (or is refused if it left the list), never on row numbers
                // computed for the old data.
                follow(js.poll(current: current), &current, &lastGood, &offlineSince, &actions)
                if !sharedWaiting.isEmpty && sharedWaiting.allSatisfy({ current.dataset.holds($0) }) {
                    actions.append(.outboxShared(sharedWaiting))
                    sharedWaiting = []
                }
                // The server answers and this desk holds changes: send them, in order, on the worker.
                if current.unshared > 0 && js.watcher?.offline == nil && Clock.monotonicMs() - lastSend > 1000 {
                    lastSend = Clock.monotonicMs()
                    let w = worker ?? JournalWorker(writer: js.store, outbox: js.outbox)
                    worker = w
                    w.sendHeld(now: lastSend)
                }
                // PostgreSQL: whether the server answers is the watcher's to say, apart from the data
                // (this desk's own held changes still show while it does not).
                if js.watcher?.offline != nil {
                    if offlineSince == nil { offlineSince = time(nil) }
                    let p = DataProblem(kind: .offline(since: offlineSince ?? lastGood), lastGood: lastGood)
                    let changed = actions.contains { if case .dataChanged = $0 { true } else { false } }
                    if s.dataProblem != p || changed { actions.append(.dataProblem(p)) }
                } else if offlineSince != nil {
                    offlineSince = nil
                    lastGood = time(nil)
                    actions.append(.dataChanged)
                }
            }
            while !actions.isEmpty {
                let action = actions.removeFirst()
                let said = s.status
                let effects = Reducer.reduce(&s, action, current)
                if s.status != nil && (s.status != said || Self.says(action)) { statusSaid = Clock.monotonicMs() }
                for effect in effects {
                    switch effect {
                    case .quit:
                        // A change still waiting for the journal is written before leaving, the
                        // screen saying so; one that fails is said after.
                        quitWhenSaved = true
                    case .quitNow:
                        return .interrupted(128 + SIGINT, said: lost(worker, current, js))
                    case .record(let bodies, let undoes, let basedOn, let purpose):
                        // Off the loop: the screen keeps answering while the journal is held.
                        let w = worker ?? JournalWorker(writer: js.store, outbox: js.outbox)
                        worker = w
                        w.submit(js.stamp(bodies, user: user, undoes: undoes, basedOn: basedOn), purpose: purpose, now: Clock.monotonicMs())
                    }
                }
            }
            model = current
            state = s
            sync = js
            if quitWhenSaved && worker?.waitingSince == nil {
                quitFailures += (worker?.takeDone() ?? []).compactMap { $0.error?.sentence(lang) }
                return quitFailures.isEmpty ? .exit(0) : .unsaved(Self.notSaved(quitFailures, lang))
            }
        }
    }

    /// Quitting without waiting: this session's changes still on their way, and those held on
    /// this laptop, with where each is (nil: nothing).
    func lost(_ worker: JournalWorker?, _ model: DashboardModel?, _ sync: JournalSync?) -> String? {
        QuitReport.lost(inFlight: worker?.changesWaiting ?? 0, journal: sync?.path ?? "", held: model?.unshared ?? 0,
                        outbox: sync?.outbox?.path, lang)
    }

    /// What quitting could not save, for standard error.
    static func notSaved(_ why: [String], _ lang: Language) -> String {
        (lang == .id ? "tidak tersimpan saat keluar: " : "not saved on quitting: ") + why.joined(separator: "; ")
    }

    /// Actions that say something anew even when the words are the same (a second save).
    static func says(_ a: Action) -> Bool {
        switch a {
        case .key, .recorded, .heldLocally, .outboxShared, .recordFailed: true
        default: false
        }
    }
}

