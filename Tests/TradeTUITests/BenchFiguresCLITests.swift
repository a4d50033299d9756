import Foundation
import Testing

/// `bench --figures FILE`: what `scripts/bench-peers` reads to hold the update, first-frame and
/// memory targets of issue 14 beside its peers.
@Suite(.serialized) struct BenchFiguresCLITests {
    static let numbers = ["loadValidateMs", "aggregateMs", "indexesMs", "firstFrameMs", "firstFullFrameMs",
                          "projectorUpdateMedianMs", "projectorUpdateP99Ms", "dashboardUpdateMedianMs", "dashboardUpdateP99Ms",
                          "steadyRSSMiB", "loadingPeakRSSMiB"]

    @Test func figuresAreOneJSONObjectPerSizeWithEveryFigure() throws {
        let work = try CLI.tempDir()
        let file = work + "/figures.jsonl"
        let r = try CLI.run(["bench", "--deals", "1000,2000", "--journal-events", "0", "--appends", "0", "--work", work, "--figures", file])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        try #require(lines.count == 2)
        for (line, (n, earlier)) in zip(lines, [(1000, false), (2000, true)]) {
            let o = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(o.keys) == Set(Self.numbers + ["deals", "projectorUpdateSamples", "dashboardUpdateSamples", "peakIncludesEarlierSizes"]))
            #expect((o["deals"] as? NSNumber)?.intValue == n)
            #expect(o["peakIncludesEarlierSizes"] as? Bool == earlier)
            #expect((o["projectorUpdateSamples"] as? NSNumber)?.intValue == 40)
            #expect((o["dashboardUpdateSamples"] as? NSNumber)?.intValue == 40)
            var v: [String: Double] = [:]
            for k in Self.numbers {
                let x = try #require((o[k] as? NSNumber)?.doubleValue, "\(k) in \(line)")
                #expect(x >= 0, "\(k)")
                v[k] = x
            }
            // Each figure rounded to 0.1: the whole is its parts within their rounding.
            let parts = v["loadValidateMs"]! + v["aggregateMs"]! + v["indexesMs"]! + v["firstFrameMs"]!
            #expect(abs(v["firstFullFrameMs"]! - parts) <= 0.3, "\(line)")
            // ru_maxrss reads the kernel's batched counters, /proc/self/statm their exact sum: within 1 MiB.
            #expect(v["steadyRSSMiB"]! > 1 && v["loadingPeakRSSMiB"]! >= v["steadyRSSMiB"]! - 1, "\(line)")
            #expect(v["projectorUpdateP99Ms"]! >= v["projectorUpdateMedianMs"]!)
            #expect(v["dashboardUpdateP99Ms"]! >= v["dashboardUpdateMedianMs"]!)
        }
        // The text output says the same, and whose peak the second size's is.
        #expect(r.stdout.contains("memory at the first full frame: steady "))
        #expect(r.stdout.contains("the peak so far includes the 1000-deal run before it"))
        #expect(r.stdout.contains("projector after one appended deal (read, model, frame): median "))
    }

    @Test func aFiguresFileInNoDirectoryIsRefusedBeforeMeasuring() throws {
        let work = try CLI.tempDir()
        let r = try CLI.run(["bench", "--deals", "500", "--journal-events", "0", "--appends", "0", "--work", work,
                             "--figures", work + "/no-such-dir/figures.jsonl"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("no-such-dir is not a directory"), "\(r.stderr)")
        #expect(!r.stdout.contains("== 500 deals =="))
    }
}
