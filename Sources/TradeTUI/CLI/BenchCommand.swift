import CMalloc
import Glibc
import ArgumentParser
import TradeModel
import TradeStore
import TradeState
import TradeView

/// `trade-tui bench`: release-mode figures for loading and for the dashboard on generated data.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure load, validate, aggregate, first frame, keystrokes and filtering on generated data (build with -c release).")

    @Option(help: "Deal counts to measure, comma-separated.") var deals: String = "100000,1000000"
    @Option(help: "Random seed for the generated data.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Where to write generated data sets.", valueName: "DIR")) var work: String = "/tmp/trade-tui-bench"
    @Option(help: "Journal events to replay (0: skip the journal figures).") var journalEvents: Int = 1_000_000
    @Option(help: "Appends to time, each fsync'ed.") var appends: Int = 500
    @Option(help: ArgumentHelp("Also time the journal on this PostgreSQL server (it gets a schema and bench rows).", valueName: "URL"))
    var postgres: String?
    @Option(help: ArgumentHelp("Also write each size's figures (load, aggregate, first full frame, updates after one appended deal, steady and loading-peak memory) to this file, one JSON object a line.", valueName: "FILE"))
    var figures: String?
    @OptionGroup var common: FixtureOptions

    /// A figures file that cannot be written is said at once, not after minutes of measuring.
    func validate() throws {
        guard let figures else { return }
        let dir = figures.lastIndex(of: "/").map { figures[..<$0].isEmpty ? "/" : String(figures[..<$0]) } ?? "."
        guard FileReader.isDirectory(dir) else { throw ValidationError("--figures: \(Sanitizer.line(dir)) is not a directory") }
    }

    func run() throws {
        let counts = deals.split(separator: ",").compactMap { Int($0) }
        #if DEBUG
        try say("note: a debug build; run `swift build -c release` and .build/release/trade-tui bench for real figures")
        #endif
        var all: [BenchFigures] = []
        for n in counts where n > 0 {
            all.append(try measure(n, after: all.map(\.deals)))
            try writeFigures(all)
        }
        if journalEvents > 0 { try measureJournal() }
        if let postgres { try measurePostgres(postgres) }
    }

    /// Append latency with fsync, and replaying a large journal onto the bundled fixtures.
    func measureJournal() throws {
        let ds = try common.loadFixtures(quietWarnings: true)
        do { try FileWriter.makeDirectories(work) } catch { throw ValidationError(error.message) }
        let path = work + "/bench.journal.jsonl"
        _ = unlink(path)
        let writer = JournalWriter(path: path, datasetId: ds.datasetId)
        var times: [Double] = []
        for i in 0..<appends {
            let e = JournalEvent(eventId: JournalClock.newEventId(), at: JournalClock.nowISO(), user: "bench",
                                 body: .actionStatusSet(actionId: ds.actions[i % ds.actions.count].id, status: i % 2 == 0 ? .done : .open, previous: nil))
            let a = Self.now()
            do { try writer.append([e]) } catch { throw ValidationError(error.message) }
            times.append(Self.now() - a)
        }
        try say("== journal ==")
        try say("append one event (lock, write, fsync) on \(work): \(Self.stats(times))")
        // A large journal: status changes, notes and recorded deals, written in one go.
        var text = [UInt8]()
        text.reserveCapacity(journalEvents * 230)
        for i in 0..<journalEvents {
            let a = ds.actions[i % ds.actions.count].id
            let body: JournalEvent.Body
            switch i % 10 {
            case 0, 1: body = .dealRecorded(Deal(id: "jd\(i)", mission: ds.missions[i % ds.missions.count].id, direction: .sell, commodity: "coffee",
                                                  product: nil, description: nil, quantity: nil, unit: nil, valueRupiah: 1_000_000 + Int64(i),
                                                  status: .committed, kind: .itemised, includedIn: nil, party: nil, counterparty: nil,
                                                  period: nil, illustrative: true, source: "bench", note: nil))
            case 2, 3, 4: body = .actionNoteAdded(actionId: a, note: "catatan \(i)")
            default: body = .actionStatusSet(actionId: a, status: i % 2 == 0 ? .done : .open, previous: nil)
            }
            let e = JournalEvent(eventId: "b\(i)", at: "2026-11-23T01:00:00Z", user: "bench", body: body)
            text.append(contentsOf: e.line(datasetId: ds.datasetId).utf8)
            text.append(0x0A)
        }
        let big = work + "/bench-\(journalEvents).journal.jsonl"
        do { try FileWriter.write(text, to: big) } catch { throw ValidationError(error.message) }
        var copy = ds
        let a = Self.now()
        let r = Journal.replay(path: big, into: &copy)
        let b = Self.now()
        try say("replay \(r.applied) events (\(text.count / 1_000_000) MB): \(Self.fmt(b - a)) ms; peak RSS \(Self.fmt(Self.peakRSSMB())) MB")
    }

    /// One line of figures, out the same way as every other command's output.
    func say(_ line: String) throws { try emit(line + "\n") }

    static func now() -> Double { Clock.monotonicMs() }

    static func peakRSSMB() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_maxrss) / 1024
    }

    static func fmt(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return String(r)
    }

    static func stats(_ xs: [Double]) -> String {
        guard let median = median(xs), let p99 = p99(xs), let largest = xs.max() else { return "-" }
        return "median \(fmt(median)) ms, p99 \(fmt(p99)) ms, max \(fmt(largest)) ms (n=\(xs.count))"
    }

    /// The figures of `n` deals; `earlier` are the sizes this process measured before.
    func measure(_ n: Int, after earlier: [Int]) throws -> BenchFigures {
        let dir = work + "/deals-\(n)-s\(seed)"
        if !FileReader.exists(dir + "/deals.json") {
            let g0 = Self.now()
            do { try SyntheticGenerator(deals: n, seed: seed).write(to: dir) } catch { throw ValidationError(error.message) }
            try say("generated \(n) deals in \(Self.fmt(Self.now() - g0)) ms → \(dir)")
        }
        try say("== \(n) deals ==")
        let t0 = Self.now()
        let result = DatasetLoader.load(directory: dir)
        let t1 = Self.now()
        guard let ds = result.dataset else { throw ValidationError("generated data did not load: \(result.errors.first?.description ?? "")") }
        try say("load + validate:  \(Self.fmt(t1 - t0)) ms")
        let agg = try Aggregates.compute(ds, today: Platform.today())
        let t2 = Self.now()
        try say("aggregate:        \(Self.fmt(t2 - t1)) ms")
        let model = try DashboardModel(dataset: ds, aggregates: agg, journalPath: "", journalEvents: 0, warnings: [], today: Platform.today())
        let t3 = Self.now()
        try say("indexes:          \(Self.fmt(t3 - t2)) ms (the deals' search text waits for the first filter)")
        var s = Reducer.initial(model, width: 160, height: 45, lang: .id)
        var frame = FrameView.render(s, model)
        let t4 = Self.now()
        // Steady: what the process holds once loading has let go of its scratch and given it back,
        // as the dashboard does after its first frame (`malloc_trim`).
        let peak = Self.peakRSSMB()
        _ = malloc_trim(0)
        var measured = BenchFigures(deals: n, loadValidateMs: t1 - t0, aggregateMs: t2 - t1, indexesMs: t3 - t2, firstFrameMs: t4 - t3,
                                   firstFullFrameMs: t4 - t0, steadyRSSMiB: Self.residentMiB(), loadingPeakRSSMiB: peak,
                                   earlierSizes: earlier)
        try say("first frame:      \(Self.fmt(t4 - t3)) ms (state + render at 160×45)")
        try say("total to first full frame: \(Self.fmt(t4 - t0)) ms; peak RSS \(Self.fmt(measured.loadingPeakRSSMiB)) MB")
        try say(measured.memoryLine)
        _ = model.dealSearch
        try say("deals' search text (built after the first frame): \(Self.fmt(Self.now() - t4)) ms")

        var changed: [Int] = []
        func key(_ k: Key) -> Double {
            let a = Self.now()
            _ = Reducer.reduce(&s, .key(k), model)
            let next = FrameView.render(s, model)
            let b = Self.now()
            changed.append(zip(next.cells, frame.cells).filter { $0 != $1 }.count)
            frame = next
            return b - a
        }
        var times: [Double] = []
        for _ in 0..<50 { times.append(key(.down)) }
        try say("cursor ↓ in missions:        \(Self.stats(times)); cells changed per move: median \(changed.sorted()[changed.count / 2]) of \(160 * 45)")
        times = [key(.char("2"))]
        times.append(key(.enter))
        try say("open commodity deals (\(s.dealRows.count) rows): \(Self.stats(times))")
        changed = []
        times = []
        for _ in 0..<200 { times.append(key(.down)) }
        for _ in 0..<20 { times.append(key(.pageDown)) }
        times.append(key(.end))
        times.append(key(.home))
        try say("moves in the deals list:     \(Self.stats(times)); cells changed per ↓: median \(changed.sorted()[changed.count / 2])")
        times = [key(.char("/"))]
        for c in "sd12" { times.append(key(.char(c))) }
        try say("typing a / filter (\"sd12\" → \(s.dealRows.count) rows): \(Self.stats(times))")
        times = []
        for _ in 0..<4 { times.append(key(.backspace)) }
        try say("deleting it again:           \(Self.stats(times))")
        times = []
        for q in ["sd999999", "rumput laut", "SÉLL", "zzz"] {
            let a = Self.now()
            let hits = model.dealSearch.filter(q)
            times.append(Self.now() - a)
            _ = hits
        }
        try say("filter over all \(ds.deals.count) deals: \(Self.stats(times))")
        measured.updates = try measureUpdate(dir, n)
        try say("peak RSS: \(Self.fmt(Self.peakRSSMB())) MB")
        return measured
    }
}
