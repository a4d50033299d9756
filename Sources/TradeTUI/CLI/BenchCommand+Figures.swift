import Glibc
import ArgumentParser
import TradeModel
import TradeStore

/// The figures of one size that `scripts/bench-peers` holds against issue 14's targets, written by
/// `bench --figures FILE` as one JSON object per line (one line per size, in the order measured).
struct BenchFigures {
    var deals: Int
    var loadValidateMs: Double
    var aggregateMs: Double
    var indexesMs: Double
    /// State and render of the first frame, after the indexes.
    var firstFrameMs: Double
    /// From the start of loading to the first full frame drawn.
    var firstFullFrameMs: Double
    /// Resident memory right after the first full frame (/proc/self/statm); nil where there is none.
    var steadyRSSMiB: Double?
    /// The process's peak RSS at the same moment (getrusage ru_maxrss): the peak while loading.
    var loadingPeakRSSMiB: Double
    /// Sizes measured before this one in the same process: the peak so far includes theirs.
    var earlierSizes: [Int]
    /// What a projector and a desk take after one appended deal (read, model, frame), in ms.
    var updates: [String: [Double]] = [:]

    /// One line of JSON, keys in a fixed order.
    var jsonLine: String {
        var w = JSONWriter(pretty: false)
        w.beginObject()
        w.int("deals", deals)
        for (k, v) in [("loadValidateMs", loadValidateMs), ("aggregateMs", aggregateMs), ("indexesMs", indexesMs),
                       ("firstFrameMs", firstFrameMs), ("firstFullFrameMs", firstFullFrameMs)] {
            w.raw(k, BenchCommand.fmt(v))
        }
        for screen in ["projector", "dashboard"] {
            let times = updates[screen] ?? []
            w.raw(screen + "UpdateMedianMs", BenchCommand.median(times).map { BenchCommand.fmt($0) } ?? "null")
            w.raw(screen + "UpdateP99Ms", BenchCommand.p99(times).map { BenchCommand.fmt($0) } ?? "null")
            w.int(screen + "UpdateSamples", times.count)
        }
        w.raw("steadyRSSMiB", steadyRSSMiB.map { BenchCommand.fmt($0) } ?? "null")
        w.raw("loadingPeakRSSMiB", BenchCommand.fmt(loadingPeakRSSMiB))
        w.bool("peakIncludesEarlierSizes", !earlierSizes.isEmpty)
        w.endObject()
        return w.text
    }

    /// The text line: both figures, their ratio, and whose peak it is.
    var memoryLine: String {
        let steady = steadyRSSMiB.map { BenchCommand.fmt($0) + " MiB" } ?? "unknown (no /proc/self/statm)"
        var line = "memory at the first full frame: steady \(steady) (resident now), loading peak \(BenchCommand.fmt(loadingPeakRSSMiB)) MiB (peak so far)"
        if let s = steadyRSSMiB, s > 0 { line += " = " + BenchCommand.ratio(loadingPeakRSSMiB / s) }
        if !earlierSizes.isEmpty {
            line += "; the peak so far includes the " + earlierSizes.map(String.init).joined(separator: ", ")
                + "-deal run before it in this process (one size per process, e.g. bench --deals \(deals), for this figure alone)"
        }
        return line
    }
}

extension BenchCommand {
    /// Resident memory now: resident pages (the second field of /proc/self/statm) × page size.
    static func residentMiB() -> Double? {
        let fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buf = [UInt8](repeating: 0, count: 256)
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return nil }
        let fields = buf[0..<n].split(separator: 0x20)
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
        return Double(pages * sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// A ratio to two places, always both shown ("1.00×").
    static func ratio(_ r: Double) -> String {
        let hundredths = Int((r * 100).rounded())
        return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)×"
    }

    static func median(_ xs: [Double]) -> Double? {
        let s = xs.sorted()
        return s.isEmpty ? nil : s[s.count / 2]
    }

    /// The sample at the 99th percentile (with fewer than 100 samples, the largest).
    static func p99(_ xs: [Double]) -> Double? {
        let s = xs.sorted()
        return s.isEmpty ? nil : s[min(s.count - 1, Int(Double(s.count) * 0.99))]
    }

    /// Rewrites `--figures` with every size measured so far, one JSON object a line.
    func writeFigures(_ all: [BenchFigures]) throws {
        guard let path = figures else { return }
        let text = all.map { $0.jsonLine + "\n" }.joined()
        do { try FileWriter.write(Array(text.utf8), to: path) } catch { throw ValidationError(error.message) }
    }
}
