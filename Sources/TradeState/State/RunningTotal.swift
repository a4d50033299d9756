import TradeModel

/// A mission's total through time, from the journal's times: the total before the first change
/// with a time, then the total after each, so the last step is the total now. A deal counts from
/// the minute it was recorded (at its value now: a correction is not dated back) until it was
/// withdrawn; lines with no recorded time (the fixtures') are in `start`. Worked out when the data
/// changes, never per frame.
public struct RunningTotal: Equatable, Sendable {
    public struct Step: Equatable, Sendable {
        /// Minutes since 1970-01-01 00:00 UTC.
        public var minute: Int
        /// The mission's total after this minute's changes.
        public var total: Int64
    }

    public var start: Int64 = 0
    public var steps: [Step] = []

    public init() {}

    public init(start: Int64, steps: [Step]) {
        self.start = start
        self.steps = steps
    }

    public init(_ model: DashboardModel, _ mission: String) {
        let total = model.missionIndex[mission].map { model.aggregates.missions[$0].totalValueRupiah } ?? 0
        // The first record and the withdrawal of each of the mission's deals the journal dated.
        var recorded: [Int: Int] = [:], withdrawn: [Int: Int] = [:]
        let log = model.dataset.dealLog
        for k in log.indices where log.dealIndex(at: k) < model.dataset.deals.count {
            let i = log.dealIndex(at: k)
            guard model.dataset.deals.atom(model.dataset.deals.fields(at: i).mission) == mission, let minute = log.utcMinutes(at: k) else { continue }
            switch log.kind(at: k) {
            case .recorded: if recorded[i] == nil { recorded[i] = minute }
            case .withdrawn: withdrawn[i] = minute
            case .corrected: break
            }
        }
        var changes: [(minute: Int, delta: Int64)] = []
        for i in Set(recorded.keys).union(withdrawn.keys) {
            let d = model.dataset.deals[i]
            // Only lines the mission's total counts (as `Aggregates` does).
            guard d.includedIn == nil else { continue }
            if let r = recorded[i] { changes.append((r, d.valueRupiah)) }
            if d.status == .withdrawn, let w = withdrawn[i] { changes.append((w, 0 &- d.valueRupiah)) }
        }
        changes.sort { $0.minute < $1.minute }
        // What is not dated is the start. Withdrawn deals are in no checked total: a sum beyond
        // Int64 leaves no chart (the start is the total, no steps), never a wrong one.
        var before: Int64 = 0
        for c in changes {
            let (sum, over) = before.addingReportingOverflow(c.delta)
            guard !over else { start = total; return }
            before = sum
        }
        let (first, over) = total.subtractingReportingOverflow(before)
        guard !over else { start = total; return }
        var built: [Step] = []
        var running = first
        for c in changes {
            let (next, over) = running.addingReportingOverflow(c.delta)
            guard !over else { start = total; return }
            running = next
            if let last = built.last, last.minute == c.minute { built[built.count - 1].total = running } else {
                built.append(Step(minute: c.minute, total: running))
            }
        }
        start = first
        steps = built
    }

    /// The total at the end of `minute` (UTC minutes since 1970).
    public func total(at minute: Int) -> Int64 {
        var lo = 0, hi = steps.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if steps[mid].minute <= minute { lo = mid + 1 } else { hi = mid }
        }
        return lo == 0 ? start : steps[lo - 1].total
    }
}
