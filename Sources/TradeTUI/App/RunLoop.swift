import Glibc
import Synchronization
import TradeModel

/// The last signal asked to end the program (0: none). Set from the signal handler, read by the loop.
let pendingSignal = Atomic<Int32>(0)

enum Signals {
    /// SIGINT, SIGTERM and SIGHUP set a flag and interrupt the blocking read (no SA_RESTART); the
    /// loop then restores the terminal and exits 128 + the signal. Installed before ncurses starts,
    /// so ncurses keeps its hands off them.
    static func install() {
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            var sa = sigaction()
            sa.__sigaction_handler.sa_handler = { s in pendingSignal.store(s, ordering: .relaxed) }
            sigemptyset(&sa.sa_mask)
            sa.sa_flags = 0
            sigaction(sig, &sa, nil)
        }
    }
}

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

    /// Runs until quit; returns the exit code and, when loading failed, why. The terminal is
    /// closed before returning.
    func run() -> (Int32, LoadTask.Outcome?) {
        defer { terminal.close() }
        var state: AppState?
        var model: DashboardModel?
        var sync: JournalSync?
        var frozen: DashboardModel?
        var lastPoll = BenchCommand.now()
        // Small data sets load in a few milliseconds: wait briefly so the first frame is the
        // dashboard itself, not a flash of the loading screen.
        for _ in 0..<100 where task.result == nil { usleep(500) }
        while true {
            let sig = pendingSignal.load(ordering: .relaxed)
            if sig != 0 { return (128 + sig, nil) }
            let (w, h) = terminal.size
            if model == nil, let outcome = task.result {
                guard case .loaded(let js, let m) = outcome else { return (0, outcome) }
                model = m
                sync = js
                var s = Reducer.initial(m, width: w, height: h, lang: lang)
                s.clock = Clock.text(lang)
                s.user = user
                if let start = presenter {
                    if let id = start.mission, m.missionIndex[id] == nil {
                        let ids = m.aggregates.missions.map(\.id).joined(separator: ", ")
                        return (64, .failed([], ["trade-tui: there is no mission or agreement \"\(Sanitizer.line(id))\"; the ids are: \(ids)"], 64))
                    }
                    s.presenter = PresenterState(mission: start.mission, exitsProgram: true, rotateSeconds: start.rotate, model: m)
                }
                state = s
            }
            guard let m = model, var s = state, var js = sync else {
                terminal.present(LoadingView.render(width: w, height: h, fileIndex: task.fileIndex.load(ordering: .relaxed),
                                                    permille: task.permille.load(ordering: .relaxed), lang: lang))
                if case .key(.char("q")) = terminal.read(timeoutMs: 15) { return (0, nil) }
                continue
            }
            if s.presenter != nil {
                _ = Reducer.reduce(&s, .presenterTick(now: BenchCommand.now() / 1000, utc: time(nil)), m)
            }
            // A frozen projector keeps showing the data as it was when frozen.
            if s.presenter?.frozen == true { if frozen == nil { frozen = m } } else { frozen = nil }
            terminal.present(FrameView.render(s, frozen ?? m), projector: s.presenter != nil)
            var current = m
            var actions: [Action] = []
            let timeout: Int32 = s.presenter == nil ? 250 : (s.presenter!.animating ? 30 : 80)
            switch terminal.read(timeoutMs: timeout) {
            case .hangup: return (128 + SIGHUP, nil)
            case .timeout: break
            case .resize(let w, let h): actions.append(.resized(width: w, height: h))
            case .key(let k): actions.append(.key(k))
            case .mouse(let e): actions.append(.mouse(e))
            }
            let now = Clock.text(lang)
            if now != s.clock { actions.append(.tick(clock: now)) }
            if BenchCommand.now() - lastPoll >= (s.presenter == nil ? Self.pollMs : Self.presenterPollMs) {
                lastPoll = BenchCommand.now()
                if let fresh = js.poll(current: current) { current = fresh; actions.append(.dataChanged) }
            }
            while !actions.isEmpty {
                let action = actions.removeFirst()
                for effect in Reducer.reduce(&s, action, current) {
                    switch effect {
                    case .quit:
                        return (0, nil)
                    case .record(let bodies, let undoes, let purpose):
                        switch js.record(bodies, user: user, undoes: undoes) {
                        case .success(let events):
                            if let fresh = js.poll(current: current) { current = fresh }
                            actions.append(.dataChanged)
                            actions.append(.recorded(events, purpose))
                        case .failure(let e):
                            actions.append(.recordFailed(e.message))
                        }
                    }
                }
            }
            model = current
            state = s
            sync = js
        }
    }
}

/// The header clock: the machine's local date and time with its zone, e.g. `Sen 23 Nov 2026 08.15 WIB`.
enum Clock {
    static let daysId = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"]
    static let daysEn = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    static func text(_ lang: Language) -> String {
        var t = time(nil)
        var tmv = tm()
        guard localtime_r(&t, &tmv) != nil else { return "" }
        let zone = tmv.tm_zone.map { String(cString: $0) } ?? ""
        let day = (lang == .id ? daysId : daysEn)[Int(tmv.tm_wday) % 7]
        let month = String(DateText.monthName(Int(tmv.tm_mon) + 1, lang).prefix(3))
        let hm = pad(Int(tmv.tm_hour)) + (lang == .id ? "." : ":") + pad(Int(tmv.tm_min))
        return "\(day) \(tmv.tm_mday) \(month) \(Int(tmv.tm_year) + 1900) \(hm) \(zone)"
    }

    private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
