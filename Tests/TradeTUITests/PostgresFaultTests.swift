import Foundation
import Testing
import TradeModel
import TradeStore
import TradeTestSupport

/// The journal on PostgreSQL under the faults a forum meets: desks writing at once while the
/// server restarts, a read-only role, a listener whose connection is cut. Against real servers:
/// the shared one scripts/test starts, or a cluster of the test's own where it is restarted.
@Suite(.serialized, .enabled(if: TestPostgres.available, "scripts/test starts a PostgreSQL server"))
struct PostgresFaultTests {
    /// A throwaway cluster only this test uses (it restarts it).
    final class Cluster {
        let dir: String
        let url: String
        init() throws {
            dir = try CLI.tempDir()
            let port = 55_000 + Int.random(in: 0..<5_000)
            try Self.script(["start", dir, String(port)])
            url = "postgresql://postgres@127.0.0.1:\(port)/postgres"
        }
        func restart(_ mode: String) throws { try Self.script(["restart", dir, mode]) }
        deinit { do { try Self.script(["stop", dir]) } catch { Issue.record("the test cluster did not stop: \(error)") } }

        /// Spawned and waited for directly: Foundation's `Process` does not see this script end
        /// once the server it starts (a daemon) has inherited the test's descriptors.
        static func script(_ args: [String]) throws {
            let path = CLI.repoRoot + "/scripts/pg-throwaway"
            var pid: pid_t = 0
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let argv: [UnsafeMutablePointer<CChar>?] = ([path] + args).map { strdup($0) } + [nil]
            defer { for a in argv { free(a) } }
            guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { throw TestPostgresError(message: "cannot run \(path)") }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 { guard errno == EINTR else { break } }
            guard status == 0 else { throw TestPostgresError(message: "pg-throwaway \(args): status \(status)") }
        }
    }

    /// Starts the real binary without waiting for it.
    func start(_ args: [String]) throws -> (Process, Pipe) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = args
        p.environment = ["PATH": "/usr/bin:/bin", "HOME": try CLI.tempDir(), "LANG": "C.UTF-8"]
        p.currentDirectoryURL = URL(fileURLWithPath: CLI.repoRoot)
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        return (p, out)
    }

    /// Two desks record 1.500 deals each (a burst of seconds, so both restarts land in it) while the server restarts twice (`-m fast`, then
    /// `-m immediate`, when a COMMIT can fail and still have committed): every change a desk was
    /// told is durable is there exactly once, and nothing else is.
    @Test func twoDesksThroughTwoRestartsLoseNothingAndDuplicateNothing() throws {
        let c = try Cluster()
        #expect(try CLI.run(["journal", "init", c.url]).status == 0)
        let desks = try ["desk1", "desk2"].map { try start(["journal", "stress", "--events", "1500", "--deals", "--journal", c.url, "--user", $0]) }
        Thread.sleep(forTimeInterval: 0.4)
        try c.restart("fast")
        Thread.sleep(forTimeInterval: 0.4)
        try c.restart("immediate")
        var acknowledged: [String] = []
        for (p, out) in desks {
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "a desk gave up on the restarting server")
            acknowledged += text.split(separator: "\n").map(String.init)
        }
        #expect(acknowledged.count == 3000)
        let rows = try TestPostgres.psql(c.url, "SELECT event_id FROM trade_journal").split(separator: "\n").map(String.init)
        #expect(rows.count == 3000 && Set(rows).count == 3000, "no change twice: \(rows.count) rows, \(Set(rows).count) distinct")
        #expect(Set(acknowledged).isSubset(of: Set(rows)), "every acknowledged change is there")
        // And the model agrees: 3.000 deals, the total exact to the rupiah.
        let summary = try CLI.run(["summary", "--format", "json", "--journal", c.url])
        #expect(summary.status == 0 && summary.stdout.contains("\"journalEvents\": 3000"), "\(summary.stdout.prefix(300))")
        let base = try CLI.run(["summary", "--format", "json", "--journal", try CLI.tempDir() + "/none.jsonl"])
        func total(_ s: String) -> Int64? {
            guard let r = s.range(of: "\"totalValueRupiah\": ") else { return nil }
            return Int64(s[r.upperBound...].prefix { $0.isNumber })
        }
        #expect(total(summary.stdout).flatMap { t in total(base.stdout).map { t - $0 } } == 3_000_000)
    }

    /// A presenter's role can only read: it shows the data, and a change it tries is refused at
    /// once with a sentence that says why — never a hang.
    @Test func aReadOnlyRoleReadsAndIsRefusedClearly() throws {
        let url = try TestPostgres.freshDatabase()
        #expect(try CLI.run(["journal", "init", url]).status == 0)
        #expect(try CLI.run(["action", "act-cyber-hoax", "--done", "--journal", url, "--user", "desk"]).status == 0)
        let db = String(url[url.index(after: url.lastIndex(of: "/")!)...])
        let role = "reader_" + db.suffix(8)
        try TestPostgres.psql(url, "CREATE ROLE \(role) LOGIN")
        try TestPostgres.psql(url, "GRANT CONNECT ON DATABASE \(db) TO \(role); GRANT USAGE ON SCHEMA public TO \(role); GRANT SELECT ON trade_journal, trade_tui_schema TO \(role)")
        let reader = url.replacingOccurrences(of: "postgres@", with: "\(role)@")
        let read = try CLI.run(["checklist", "--format", "json", "--journal", reader])
        #expect(read.status == 0 && read.stdout.contains("\"done\": 1"), "\(read.stderr)")
        let t0 = Date()
        let write = try CLI.run(["action", "act-bi-validation", "--done", "--journal", reader, "--lang", "en"])
        #expect(write.status != 0)
        #expect(write.stderr.contains("read-only"), "\(write.stderr)")
        #expect(Date().timeIntervalSince(t0) < 5, "refused at once")
        #expect(!write.stderr.contains("password"))
    }

    /// A listener whose connection the server cuts (`pg_terminate_backend`) reconnects and catches
    /// up by position: nothing appended meanwhile is missed.
    @Test func aCutListenerCatchesUpByPosition() throws {
        let base = try loadBundled()
        let url = try TestPostgres.freshDatabase()
        let pg = PostgresJournal(url: url, datasetId: base.datasetId)
        _ = try pg.initialise()
        let watcher = PostgresWatcher(url: url, datasetId: base.datasetId, after: 0)
        defer { watcher.stop() }
        var ds = base, cursor = Journal.Cursor()
        func waitForNews(_ what: String) {
            let t0 = Date()
            while !watcher.hasNews && Date().timeIntervalSince(t0) < 8 { Thread.sleep(forTimeInterval: 0.02) }
            #expect(watcher.hasNews, "\(what)")
        }
        try pg.append([.stamped(.actionNoteAdded(actionId: "act-cyber-hoax", note: "1"), user: "a")])
        waitForNews("the first change")
        #expect(watcher.replay(into: &ds, cursor: &cursor).applied == 1)
        let db = String(url[url.index(after: url.lastIndex(of: "/")!)...])
        try TestPostgres.psql(url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(db)' AND application_name = 'trade-tui'")
        for i in 2...3 { try pg.append([.stamped(.actionNoteAdded(actionId: "act-cyber-hoax", note: "\(i)"), user: "a")]) }
        waitForNews("changes after the cut")
        Thread.sleep(forTimeInterval: 0.3)
        var r = watcher.replay(into: &ds, cursor: &cursor)
        if r.applied < 2 { waitForNews("the rest"); r.applied += watcher.replay(into: &ds, cursor: &cursor).applied }
        #expect(r.applied == 2)
        #expect(ds.actionHistory["act-cyber-hoax"]?.count == 3)
    }

    /// A server that stops answering on an open connection (its process stopped, or a network that
    /// drops without a reset, where TCP itself notices nothing) is "offline" within seconds.
    @Test func aServerThatStopsAnsweringIsOfflineWithinSeconds() throws {
        let base = try loadBundled()
        let url = try TestPostgres.freshDatabase()
        _ = try PostgresJournal(url: url, datasetId: base.datasetId).initialise()
        let watcher = PostgresWatcher(url: url, datasetId: base.datasetId, after: 0)
        defer { watcher.stop() }
        Thread.sleep(forTimeInterval: 1)
        #expect(watcher.offline == nil)
        let db = String(url[url.index(after: url.lastIndex(of: "/")!)...])
        let pids = try TestPostgres.psql(url, "SELECT pid FROM pg_stat_activity WHERE datname = '\(db)' AND application_name = 'trade-tui'")
            .split(separator: "\n").compactMap { pid_t($0) }
        #expect(!pids.isEmpty)
        for p in pids { kill(p, SIGSTOP) }
        defer { for p in pids { kill(p, SIGCONT) } }
        let t0 = Date()
        while watcher.offline == nil && Date().timeIntervalSince(t0) < 15 { Thread.sleep(forTimeInterval: 0.1) }
        #expect(watcher.offline != nil, "still 'online' \(Int(Date().timeIntervalSince(t0))) s after the server stopped answering")
        #expect(Date().timeIntervalSince(t0) < 10)
    }

    /// `journal copy` into a server that already holds other changes says how many copied changes
    /// became conflicts there (exit 65), never a plain "ok"; a source that is not there is exit 66.
    @Test func copyIntoADivergedServerSaysWhatBecameConflicts() throws {
        let url = try TestPostgres.freshDatabase()
        #expect(try CLI.run(["journal", "init", url]).status == 0)
        let dir = try CLI.tempDir()
        let file = dir + "/laptop.jsonl"
        #expect(try CLI.run(["action", "act-cyber-hoax", "--done", "--journal", file, "--user", "laptop"]).status == 0)
        #expect(try CLI.run(["action", "act-cyber-hoax", "--in-progress", "--journal", url, "--user", "server"]).status == 0)
        let r = try CLI.run(["journal", "copy", file, url, "--lang", "en"])
        #expect(r.status == 65 && r.stderr.contains("1 copied change was made from versions"), "\(r.stderr)")
        let again = try CLI.run(["journal", "copy", file, url, "--lang", "en"])
        #expect(again.stdout.contains("0 of 1 change copied"), "\(again.stdout)")
        let missing = try CLI.run(["journal", "copy", dir + "/nope.jsonl", url, "--lang", "en"])
        #expect(missing.status == 66 && missing.stderr.contains("there is no journal there to copy"))
    }
}
