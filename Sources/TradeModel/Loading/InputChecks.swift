#if canImport(Glibc)
import Glibc
#endif

/// The invariants the fuzzer (Fuzz/, `scripts/fuzz`) and the corpus test hold every input to:
/// nothing traps or hangs, and the specialised deals decoder agrees with the general path.
enum InputChecks {
    /// Runs every reader of outside input over `bytes`. Returns a description of a disagreement
    /// (a bug), or nil. A trap inside is itself the failure the fuzzer looks for.
    static func run(_ bytes: [UInt8]) -> String? {
        // The general JSON parser and the journal's line decoder.
        let parsed = try? JSONParser.parse(bytes)
        let d = Diagnostics(limit: 50)
        _ = Journal.decode(bytes, line: 1, datasetId: "jatim-misi-dagang", d)
        // Typed amounts.
        if let text = String(validating: bytes.prefix(200), as: UTF8.self) {
            if case .success(let v) = RupiahInput.parse(text) { _ = RupiahInput.words(v, .id); _ = Rupiah.short(v, .en) }
            _ = Sanitizer.line(text)
            _ = SearchText.fold(text)
        }
        // The deals file: the fast path must decode exactly what the general path decodes.
        var template = Array((FileReader.isDirectory("/dev/shm") ? "/dev/shm" : "/tmp").utf8CString.dropLast()) + Array("/trade-tui-fuzz-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { return nil }
        unlink(template)
        defer { close(fd) }
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + off, bytes.count - off) }
            if n <= 0 { return nil }
            off += n
        }
        lseek(fd, 0, SEEK_SET)
        guard case .decoded(let fast, let locations) = DealsFastDecoder.decode(fd: fd) else { return nil }
        guard let root = parsed else { return "the fast path accepted input the JSON parser rejects" }
        let general = DatasetLoader.list(root, .deals, d, nil, Deal.decode)
        if d.problems.contains(where: { $0.file == FixtureFile.deals.rawValue }) {
            return "the fast path accepted deals the general path reports problems with"
        }
        if general.map(\.0) != fast { return "the two paths decoded different deals" }
        if general.map({ $0.1.location! }) != locations { return "the two paths located deals differently" }
        return nil
    }
}
