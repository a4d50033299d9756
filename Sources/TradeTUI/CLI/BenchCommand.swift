import ArgumentParser
import Glibc
import TradeModel

/// `trade-tui bench`: release-mode figures for loading and for the dashboard on generated data.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure load, validate, aggregate, first frame, keystrokes and filtering on generated data (build with -c release).")

    @Option(help: "Deal counts to measure, comma-separated.") var deals: String = "100000,1000000"
    @Option(help: "Random seed for the generated data.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Where to write generated data sets.", valueName: "DIR")) var work: String = "/tmp/trade-tui-bench"

    func run() throws {
        let counts = deals.split(separator: ",").compactMap { Int($0) }
        #if DEBUG
        print("note: a debug build; run `swift build -c release` and .build/release/trade-tui bench for real figures")
        #endif
        for n in counts { try measure(n) }
    }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
    }

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
        let s = xs.sorted()
        guard !s.isEmpty else { return "-" }
        let p99 = s[min(s.count - 1, Int(Double(s.count) * 0.99))]
        return "median \(fmt(s[s.count / 2])) ms, p99 \(fmt(p99)) ms, max \(fmt(s.last!)) ms (n=\(s.count))"
    }

    func measure(_ n: Int) throws {
        let dir = work + "/deals-\(n)-s\(seed)"
        if !FileReader.exists(dir + "/deals.json") {
            let g0 = Self.now()
            do { try SyntheticGenerator(deals: n, seed: seed).write(to: dir) } catch { throw ValidationError(error.message) }
            print("generated \(n) deals in \(Self.fmt(Self.now() - g0)) ms → \(dir)")
        }
        print("== \(n) deals ==")
        let t0 = Self.now()
        let result = DatasetLoader.load(directory: dir)
        let t1 = Self.now()
        guard let ds = result.dataset else { throw ValidationError("generated data did not load: \(result.errors.first?.description ?? "")") }
        print("load + validate:  \(Self.fmt(t1 - t0)) ms")
        let agg = try Aggregates.compute(ds, today: Platform.today())
        let t2 = Self.now()
        print("aggregate:        \(Self.fmt(t2 - t1)) ms")
        let model = DashboardModel(dataset: ds, aggregates: agg, journalPath: "", journalEvents: 0, warnings: [], today: Platform.today())
        let t3 = Self.now()
        print("indexes (search): \(Self.fmt(t3 - t2)) ms")
        var s = Reducer.initial(model, width: 160, height: 45, lang: .id)
        var frame = FrameView.render(s, model)
        let t4 = Self.now()
        print("first frame:      \(Self.fmt(t4 - t3)) ms (state + render at 160×45)")
        print("total to first full frame: \(Self.fmt(t4 - t0)) ms; peak RSS \(Self.fmt(Self.peakRSSMB())) MB")

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
        print("cursor ↓ in missions:        \(Self.stats(times)); cells changed per move: median \(changed.sorted()[changed.count / 2]) of \(160 * 45)")
        times = [key(.char("2"))]
        times.append(key(.enter))
        print("open commodity deals (\(s.dealRows.count) rows): \(Self.stats(times))")
        changed = []
        times = []
        for _ in 0..<200 { times.append(key(.down)) }
        for _ in 0..<20 { times.append(key(.pageDown)) }
        times.append(key(.end))
        times.append(key(.home))
        print("moves in the deals list:     \(Self.stats(times)); cells changed per ↓: median \(changed.sorted()[changed.count / 2])")
        times = [key(.char("/"))]
        for c in "sd12" { times.append(key(.char(c))) }
        print("typing a / filter (\"sd12\" → \(s.dealRows.count) rows): \(Self.stats(times))")
        times = []
        for _ in 0..<4 { times.append(key(.backspace)) }
        print("deleting it again:           \(Self.stats(times))")
        times = []
        for q in ["sd999999", "rumput laut", "SÉLL", "zzz"] {
            let a = Self.now()
            let hits = model.dealSearch.filter(q)
            times.append(Self.now() - a)
            _ = hits
        }
        print("filter over all \(ds.deals.count) deals: \(Self.stats(times))")
        print("peak RSS: \(Self.fmt(Self.peakRSSMB())) MB")
    }
}
