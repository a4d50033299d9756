import Foundation
import Testing
import TradeModel
import TradeStore
import TradeTestSupport

/// All rows or none, whatever ends the process; and a failed `fsync` says the truth.
@Suite(.serialized) struct AtomicWriteTests {
    /// `summary --format json`'s count of journal events applied.
    func journalEvents(_ journal: String) throws -> Int {
        let r = try CLI.run(["summary", "--format", "json", "--journal", journal])
        #expect(r.status == 0, "\(r.stderr)")
        let o = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        return try #require(o["journalEvents"] as? Int)
    }

    func csv(rows: Int, in dir: String) throws -> String {
        var text = "id,mission,direction,commodity,valueRupiah,party\n"
        for i in 0..<rows { text += "imp-\(i),m2025-kaltim,sell,coffee,\(1_000_000 + i),CV Uji \(i)\n" }
        let path = dir + "/desk.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func size(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// SIGKILL or Ctrl-C (SIGINT) as soon as the journal starts to grow: afterwards either every
    /// row counts or none does, and importing again records every row exactly once.
    @Test(arguments: [SIGKILL, SIGINT])
    func anInterruptedImportRecordsAllRowsOrNone(signal: Int32) throws {
        let dir = try CLI.tempDir()
        let rows = 20_000
        let file = try csv(rows: rows, in: dir)
        let journal = dir + "/j.jsonl"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["import-deals", file, "--journal", journal, "--data", repoRoot + "/fixtures"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        var waited = 0
        while p.isRunning, size(journal) == 0, waited < 120_000 { usleep(500); waited += 1 }
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        // Killed in the middle of the write when the file does not end with the batch's commit.
        let tail = (try? String(contentsOfFile: journal, encoding: .utf8).suffix(300)) ?? ""
        let caughtMidWrite = size(journal) > 0 && !(tail.hasSuffix("\n") && tail.contains("\"type\":\"batchCommit\""))
        let after = try journalEvents(journal)
        print("import of \(rows) rows, signal \(signal): \(size(journal)) bytes in the journal when killed mid-write: \(caughtMidWrite); rows counted: \(after)")
        #expect(after == 0 || after == rows, "\(after) of \(rows) rows counted after \(signal) (mid-write: \(caughtMidWrite))")
        let again = try CLI.run(["import-deals", file, "--journal", journal])
        if after == 0 {
            #expect(again.status == 0, "nothing was recorded, so importing again works: \(again.stderr)")
        } else {
            #expect(again.status == 65, "every row is there already")
        }
        #expect(try journalEvents(journal) == rows, "every row exactly once")
    }

    /// A tiny `fsync` that fails (EIO) the first N times, loaded into the real binary.
    func fsyncShim(in dir: String) throws -> String {
        let c = dir + "/failfsync.c", so = dir + "/failfsync.so"
        try """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <errno.h>
        #include <stdlib.h>
        #include <sys/stat.h>
        static int failed = 0;
        /* Fails the fsync of regular files (the journal), not of directories. */
        int fsync(int fd) {
            const char *n = getenv("FAIL_FSYNC_TIMES");
            struct stat st;
            if (n && failed < atoi(n) && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) { failed++; errno = EIO; return -1; }
            int (*real)(int) = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
            return real(fd);
        }
        """.write(toFile: c, atomically: true, encoding: .utf8)
        let cc = Process()
        cc.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        cc.arguments = ["clang", "-shared", "-fPIC", "-o", so, c, "-ldl"]
        try cc.run()
        cc.waitUntilExit()
        try #require(cc.terminationStatus == 0, "clang builds the shim")
        return so
    }

    @Test func aFailedFsyncLeavesNothingBehindOrSaysItMayBeThere() throws {
        let dir = try CLI.tempDir()
        let shim = try fsyncShim(in: dir)
        let journal = dir + "/j.jsonl"
        let deal = ["record-deal", "--journal", journal, "--mission", "m2025-kaltim", "--direction", "sell", "--value", "1250000000", "--commodity", "coffee"]
        // The write's fsync fails, cutting it back succeeds: nothing was recorded, and it is not there.
        let once = try CLI.run(deal, env: ["LD_PRELOAD": shim, "FAIL_FSYNC_TIMES": "1"])
        #expect(once.status == 74)
        // (The system's words stay as the system gives them; what it means for the change follows --lang.)
        #expect(once.stderr.contains("cannot make the journal durable") && once.stderr.contains("tidak ada yang tercatat"), "\(once.stderr)")
        #expect(try journalEvents(journal) == 0, "and indeed nothing is counted")
        // Every fsync fails: the journal cannot be put back, and the message says the change may be there.
        let always = try CLI.run(deal + ["--lang", "en"], env: ["LD_PRELOAD": shim, "FAIL_FSYNC_TIMES": "1000"])
        #expect(always.status == 74)
        #expect(always.stderr.contains("may have been recorded") && !always.stderr.contains("nothing was recorded"), "\(always.stderr)")
        // Without the fault, recording works.
        #expect(try CLI.run(deal).status == 0)
    }

    /// One field of 17 MiB: refused before anything is written, naming the row; not "ok".
    @Test func anOversizedFieldIsRefusedNamingItsRow() throws {
        let dir = try CLI.tempDir()
        let file = dir + "/big.csv"
        let big = String(repeating: "x", count: 17 << 20)
        try "mission,direction,valueRupiah,description\nm2025-kaltim,sell,1000,kecil\nm2025-kaltim,sell,2000,\(big)\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let journal = dir + "/j.jsonl"
        let r = try CLI.run(["import-deals", file, "--journal", journal])
        #expect(r.status == 65, "\(r.stderr.prefix(300))")
        #expect(r.stderr.contains("big.csv:3:") && !r.stdout.contains("ok"), "\(r.stderr.prefix(300))")
        let recorded = FileManager.default.fileExists(atPath: journal) ? try journalEvents(journal) : 0
        #expect(recorded == 0, "nothing was recorded")
    }

    /// A deal beyond what any total can hold reached the journal (by hand, or an older version):
    /// the tool itself mends it, by withdrawing it.
    @Test func aDealBeyondEveryTotalCanBeWithdrawn() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        let line = #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"x1","at":"2026-11-23T01:00:00Z","user":"ana","type":"dealRecorded","deal":{"id":"huge","mission":"m2025-kaltim","direction":"sell","valueRupiah":9223372036854775807,"status":"committed","kind":"itemised","source":"desk"}}"#
        try (line + "\n").write(toFile: journal, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["summary", "--journal", journal]).status == 65, "the totals cannot be summed")
        let w = try CLI.run(["deal", "withdraw", "huge", "--reason", "salah ketik", "--journal", journal])
        #expect(w.status == 0, "\(w.stderr)")
        #expect(try CLI.run(["summary", "--journal", journal]).status == 0, "withdrawing it mends the totals")
    }
}
