import Foundation
import Testing
import TradeModel
import TradeStore
import TradeTestSupport

/// `journal repair`, `check` and `export` never lose an acknowledged event: real processes.
@Suite(.serialized) struct JournalRepairTests {
    let dataset = "jatim-misi-dagang"

    func line(_ id: String, note: String) -> String {
        #"{"v":1,"datasetId":"jatim-misi-dagang","eventId":"\#(id)","at":"2026-11-23T01:00:00Z","user":"ana","type":"actionNoteAdded","actionId":"act-cyber-hoax","note":"\#(note)"}"#
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func files(in dir: String, containing part: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(part) }.sorted()
    }

    /// Event ids of the journal's lines, in order.
    func journalIds(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap { l in
            guard let o = try? JSONSerialization.jsonObject(with: Data(l.utf8)) as? [String: Any] else { return nil }
            return o["eventId"] as? String
        }
    }

    /// Appends `text` the way a writer does: under the lock, to the file the path names now.
    func appendLocked(_ path: String, _ text: String) {
        while true {
            let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
            guard fd >= 0 else { return }
            defer { close(fd) }
            flock(fd, LOCK_EX)
            defer { flock(fd, LOCK_UN) }
            var mine = stat(), now = stat()
            fstat(fd, &mine)
            if stat(path, &now) != 0 || now.st_ino != mine.st_ino { continue }
            _ = text.withCString { write(fd, $0, strlen($0)) }
            return
        }
    }

    func start(_ args: [String], out: Pipe? = nil) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = args
        p.environment = CLI.environment()
        p.standardOutput = out ?? FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Eight writers append while two repairs at a time run over and over.
    @Test func overlappingRepairsWithEightWritersLoseNothing() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        #expect(try CLI.run(["action", "act-cyber-hoax", "--note", "start", "--journal", journal]).status == 0)
        let perWriter = 120
        var writers: [(Process, Pipe)] = []
        for w in 0..<8 {
            let out = Pipe()
            writers.append((try start(["journal", "stress", "--events", "\(perWriter)", "--journal", journal, "--user", "w\(w)",
                                       "--data", fixturesDir], out: out), out))
        }
        // Each writer prints ~2 KB, well within a pipe's buffer: read once they are done.
        // Two repairs at a time, over and over. Each time one of them replaces the file, a damaged
        // line arrives in the new file at once (under the lock), so the other — which was waiting
        // for the lock on the file just replaced — has something to move out, and rewrites too.
        var rounds = 0, damagedSlipped = 0
        func inode() -> ino_t { var st = stat(); return stat(journal, &st) == 0 ? st.st_ino : 0 }
        func slipDamage() { appendLocked(journal, "damaged line \(damagedSlipped)\n"); damagedSlipped += 1 }
        while writers.contains(where: { $0.0.isRunning }) {
            slipDamage()
            var seen = inode()
            let a = try start(["journal", "repair", "--journal", journal, "--data", fixturesDir])
            let b = try start(["journal", "repair", "--journal", journal, "--data", fixturesDir])
            while a.isRunning || b.isRunning {
                if inode() != seen { slipDamage(); seen = inode() }
                usleep(200)
            }
            a.waitUntilExit(); b.waitUntilExit()
            #expect(a.terminationStatus == 0 && b.terminationStatus == 0, "the repairs succeed")
            rounds += 1
        }
        var acknowledged: [String] = []
        for (p, out) in writers {
            acknowledged += String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").map(String.init)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
        }
        let ids = try journalIds(journal)
        let counts = Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
        let present = acknowledged.filter { counts[$0] == 1 }.count
        print("overlapping repairs: \(rounds) rounds of two, \(damagedSlipped) damaged lines slipped in; acknowledged \(acknowledged.count), present exactly once \(present)")
        #expect(rounds >= 2, "the repairs overlapped the writers")
        #expect(acknowledged.count == 8 * perWriter)
        #expect(present == acknowledged.count, "every acknowledged event is in the journal exactly once")
        #expect(counts.values.allSatisfy { $0 == 1 })
        let check = try CLI.run(["journal", "repair", "--journal", journal, "--lang", "en"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(try CLI.run(["journal", "check", "--journal", journal, "--lang", "en"]).status == 0)
    }

    @Test func repairRefusesAnotherDataSetAndLeavesTheFileAsItWas() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        #expect(try CLI.run(["action", "act-cyber-hoax", "--done", "--journal", journal]).status == 0)
        appendLocked(journal, "damaged\n")
        let other = dir + "/other"
        #expect(try CLI.run(["generate", "--deals", "10", "--out", other]).status == 0)
        let before = try bytes(journal)
        let check = try CLI.run(["journal", "check", "--data", other, "--journal", journal])
        #expect(check.status == 65 && check.stderr.contains("belongs to the dataset"))
        let r = try CLI.run(["journal", "repair", "--data", other, "--journal", journal])
        #expect(r.status == 65, "\(r.stdout)\(r.stderr)")
        #expect(r.stderr.contains("belongs to the dataset \"jatim-misi-dagang\""), "the reason check gives")
        #expect(r.stderr.contains("nothing was changed"))
        #expect(try bytes(journal) == before, "byte for byte")
        #expect(try files(in: dir, containing: ".damaged-").isEmpty && files(in: dir, containing: ".tmp-").isEmpty)
    }

    @Test func repairRefusesANewerFormatAndNeverMovesItsLinesOut() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        let newer = line("n9", note: "from the future").replacingOnce(#""v":1"#, "\"v\":\(Journal.formatVersion + 1)")
        try (line("e1", note: "a") + "\n{damaged\n" + newer + "\n").write(toFile: journal, atomically: true, encoding: .utf8)
        let before = try bytes(journal)
        let r = try CLI.run(["journal", "repair", "--journal", journal, "--lang", "en"])
        #expect(r.status == 65 && r.stderr.contains("newer trade-tui"), "\(r.stderr)")
        #expect(try bytes(journal) == before)
        #expect(try files(in: dir, containing: ".damaged-").isEmpty)
    }

    @Test func aChangedRepeatOfAnEventIdIsKeptInTheDamagedFile() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        let first = line("e1", note: "the first"), changed = line("e1", note: "another text, same id")
        try ([first, changed, first, line("e2", note: "b")].joined(separator: "\n") + "\n").write(toFile: journal, atomically: true, encoding: .utf8)
        let r = try CLI.run(["journal", "repair", "--journal", journal, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("kept 2 events; set aside 1 line") && r.stdout.contains("1 repeating an event id with other content")
                && r.stdout.contains("dropped 1 exact repeats"), "\(r.stdout)")
        #expect(try String(contentsOfFile: journal, encoding: .utf8) == first + "\n" + line("e2", note: "b") + "\n")
        let aside = try #require(try files(in: dir, containing: ".damaged-").first)
        #expect(try String(contentsOfFile: dir + "/" + aside, encoding: .utf8) == changed + "\n", "kept, exactly")
    }

    @Test func aSymlinkedJournalKeepsItsLinkModeAndOwner() throws {
        let dir = try CLI.tempDir()
        try FileManager.default.createDirectory(atPath: dir + "/shared", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir + "/desk", withIntermediateDirectories: true)
        let real = dir + "/shared/forum.jsonl", link = dir + "/desk/journal.jsonl"
        try (line("e1", note: "a") + "\n{damaged\n").write(toFile: real, atomically: true, encoding: .utf8)
        chmod(real, 0o660)
        // Owned by the other desk's account (root may give it away; anyone else keeps their own).
        let owner: uid_t = getuid() == 0 ? 4242 : getuid(), group: gid_t = getuid() == 0 ? 4343 : getgid()
        #expect(chown(real, owner, group) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "../shared/forum.jsonl")
        let r = try CLI.run(["journal", "repair", "--journal", link, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("which the link names"), "\(r.stdout)")
        // A backup through the link copies the file it names (`backup` is `export`).
        let backup = try CLI.run(["journal", "backup", "--journal", link, "--out", dir + "/backup.jsonl"])
        #expect(backup.status == 0 && (try? String(contentsOfFile: dir + "/backup.jsonl", encoding: .utf8)) == line("e1", note: "a") + "\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "../shared/forum.jsonl", "the link is kept")
        var st = stat()
        #expect(stat(real, &st) == 0)
        #expect(st.st_mode & 0o7777 == 0o660 && st.st_uid == owner && st.st_gid == group, "mode \(String(st.st_mode & 0o7777, radix: 8)) owner \(st.st_uid):\(st.st_gid)")
        #expect(try String(contentsOfFile: real, encoding: .utf8) == line("e1", note: "a") + "\n")
        let aside = try #require(try files(in: dir + "/shared", containing: ".damaged-").first, "set aside beside the file repaired")
        var ast = stat()
        #expect(stat(dir + "/shared/" + aside, &ast) == 0 && ast.st_mode & 0o777 == 0o660 && ast.st_uid == owner)
        #expect(try files(in: dir + "/desk", containing: ".").count == 1, "nothing but the link beside the link")
        // Writers still go through the link to the shared file.
        #expect(try CLI.run(["action", "act-cyber-hoax", "--note", "after", "--journal", link]).status == 0)
        #expect(try journalIds(real).count == 2)
    }

    /// Past the 256 MiB a whole-file read allows: the middle is a hole (a 257 MiB line of zero
    /// bytes, longer than any event), so the test writes and reads little from the disk.
    @Test func aJournalOver256MiBChecksExportsAndRepairs() throws {
        let dir = try CLI.tempDir()
        let journal = dir + "/j.jsonl"
        try (line("e1", note: "before") + "\n").write(toFile: journal, atomically: true, encoding: .utf8)
        let start = try #require(try FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int)
        let hole = 257 << 20
        #expect(truncate(journal, off_t(start + hole)) == 0)
        appendLocked(journal, "\n" + line("e2", note: "after") + "\n")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int)
        #expect(size > FileReader.maxBytes)
        let began = Date()
        let check = try CLI.run(["journal", "check", "--journal", journal, "--lang", "en"])
        #expect(check.status == 65 && check.stdout.contains("3 lines, 2 events applied, 1 damaged"), "\(check.stdout)\(check.stderr)")
        #expect(check.stderr.contains("line 2 is longer than 16 MiB"))
        let backup = dir + "/backup.jsonl"
        let export = try CLI.run(["journal", "export", "--journal", journal, "--out", backup, "--lang", "en"])
        #expect(export.status == 0 && export.stdout.contains("wrote \(size) bytes"), "\(export.stdout)\(export.stderr)")
        let cmp = Process()
        cmp.executableURL = URL(fileURLWithPath: "/usr/bin/cmp")
        cmp.arguments = ["-s", journal, backup]
        try cmp.run()
        cmp.waitUntilExit()
        #expect(cmp.terminationStatus == 0, "the backup is the journal, byte for byte")
        let repair = try CLI.run(["journal", "repair", "--journal", journal, "--lang", "en"])
        #expect(repair.status == 0 && repair.stdout.contains("kept 2 events; set aside 1 line"), "\(repair.stdout)\(repair.stderr)")
        let aside = try #require(try files(in: dir, containing: ".damaged-").first)
        #expect(try FileManager.default.attributesOfItem(atPath: dir + "/" + aside)[.size] as? Int == hole + 1, "the long line, kept whole")
        #expect(try journalIds(journal).count == 2)
        #expect(try CLI.run(["journal", "check", "--journal", journal, "--lang", "en"]).status == 0)
        print("a \(size)-byte journal: check, backup and repair took \(String(format: "%.1f", Date().timeIntervalSince(began))) s")
    }
}
