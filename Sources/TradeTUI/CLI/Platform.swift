#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TradeModel

/// The few OS calls the command line needs, in one place.
enum Platform {
    /// The one way out for bytes: everything the command line prints passes `Sanitizer.output`, so
    /// no value from the data or the command line can send the terminal an escape sequence.
    static func writeStdout(_ s: String) -> Bool { writeAll(1, Sanitizer.output(s)) }
    static func writeStderr(_ s: String) { _ = writeAll(2, Sanitizer.output(s)) }
    /// Text whose lines end in CR LF (CSV for Excel): each line passes `Sanitizer.output` apart, so
    /// the CR that ends it is kept and any other is replaced.
    static func writeStdout(crlfLines s: String) -> Bool {
        writeAll(1, s.split(separator: "\r\n", omittingEmptySubsequences: false).map { Sanitizer.output(String($0)) }.joined(separator: "\r\n"))
    }

    /// Ends the process with `code` (after `main` has written what it had to say).
    static func exit(_ code: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(code)
        #else
        Darwin.exit(code)
        #endif
    }

    /// Writes everything, retrying short writes; false when the reader went away (EPIPE) or the disk is full.
    private static func writeAll(_ fd: Int32, _ s: String) -> Bool {
        var s = s
        return s.withUTF8 { buf in
            var off = 0
            while off < buf.count {
                let n = write(fd, buf.baseAddress! + off, buf.count - off)
                if n < 0 { if errno == EINTR { continue }; return false }
                off += n
            }
            return true
        }
    }

    static var environment: [String: String] {
        var env: [String: String] = [:]
        var p = environ
        while let c = p.pointee {
            let kv = String(cString: c)
            if let eq = kv.firstIndex(of: "=") { env[String(kv[..<eq])] = String(kv[kv.index(after: eq)...]) }
            p += 1
        }
        return env
    }

    /// The running binary's real path (Linux: /proc/self/exe), to find the bundled fixtures.
    static func executablePath() -> String? {
        var buf = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        if n > 0 { return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        guard let arg0 = CommandLine.arguments.first, let r = realpath(arg0, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }

    static func currentDirectory() -> String {
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return "." }
        let bytes = buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Today's date on this machine's clock and zone (for "overdue").
    static func today() -> PartialDate? {
        var t = time(nil)
        var tmv = tm()
        guard localtime_r(&t, &tmv) != nil else { return nil }
        return PartialDate(year: Int(tmv.tm_year) + 1900, month: Int(tmv.tm_mon) + 1, day: Int(tmv.tm_mday))
    }

    /// This machine's offset from UTC now and the zone's short name (`TZ`, else /etc/localtime), read once by a command or the
    /// dashboard and passed to the pure targets, which show journal times in it. UTC when unknown.
    static func localZone() -> LocalZone {
        var t = time(nil)
        var tmv = tm()
        guard localtime_r(&t, &tmv) != nil else { return .utc }
        return LocalZone(offsetMinutes: Int(tmv.tm_gmtoff) / 60, name: tmv.tm_zone.map { String(cString: $0) })
    }

    static func loginName(_ env: [String: String]) -> String {
        if let u = env["USER"], !u.isEmpty { return u }
        if let pw = getpwuid(getuid()), let n = pw.pointee.pw_name { return String(cString: n) }
        return "unknown"
    }
}
