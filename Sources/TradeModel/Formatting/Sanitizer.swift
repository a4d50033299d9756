/// Makes text from data safe for a terminal or an output file.
///
/// Fixture and journal text is somebody else's input: an ESC, a carriage return or a bidirectional
/// override could rewrite the screen or disguise a figure. Every such character becomes U+FFFD.
public enum Sanitizer {
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    @inline(__always)
    public static func isUnsafe(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }                // C0, DEL, C1
        if v == 0x2028 || v == 0x2029 { return true }                          // line/paragraph separators
        if (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) { return true } // bidi overrides
        if v == 0x200E || v == 0x200F || v == 0x061C { return true }           // direction marks
        return false
    }

    public static func hasControlCharacters(_ s: String) -> Bool {
        s.unicodeScalars.contains(where: isUnsafe)
    }

    /// One line of text: every unsafe character (newlines included) replaced.
    public static func line(_ s: String) -> String {
        guard hasControlCharacters(s) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(isUnsafe(u) ? replacement : u) }
        return String(out)
    }

    /// Everything the command line writes to standard output or error: newlines and tabs kept
    /// (reports, CSV and help need them), every other unsafe character replaced.
    ///
    /// `export-deals` writes hundreds of megabytes, so the UTF-8 bytes are scanned in place and
    /// `s` itself is returned when nothing needs replacing; only then is the text rebuilt.
    public static func output(_ s: String) -> String {
        var s = s
        let rebuilt: [UInt8]? = s.withUTF8 { b in
            var i = 0
            while i < b.count {
                if unsafeOutputLength(b, i) > 0 { return rebuild(b, from: i) }
                i += 1
            }
            return nil
        }
        return rebuilt.map { String(decoding: $0, as: UTF8.self) } ?? s
    }

    /// Bytes up to `first` as they are, then every unsafe sequence as U+FFFD.
    private static func rebuild(_ b: UnsafeBufferPointer<UInt8>, from first: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 16)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[..<first]))
        var i = first
        while i < b.count {
            let n = unsafeOutputLength(b, i)
            if n == 0 {
                out.append(b[i])
                i += 1
            } else {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                i += n
            }
        }
        return out
    }

    /// The length of the unsafe UTF-8 sequence starting at `i` (0 when it is safe): the byte form
    /// of `isUnsafe` without `\n` and `\t`. `b` is valid UTF-8 (a Swift string's bytes).
    @inline(__always)
    static func unsafeOutputLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c &- 0x20 < 0x5F { return 0 }                                       // printable ASCII
        switch c {
        case 0x09, 0x0A: return 0
        case 0x00...0x1F, 0x7F: return 1                                       // C0 (ESC, BEL, CR…), DEL
        case 0xC2: return i + 1 < b.count && b[i + 1] < 0xA0 ? 2 : 0           // C1: U+0080–U+009F
        case 0xD8: return i + 1 < b.count && b[i + 1] == 0x9C ? 2 : 0          // U+061C
        case 0xE2:
            guard i + 2 < b.count else { return 0 }
            let (x, y) = (b[i + 1], b[i + 2])
            if x == 0x80 && (y == 0x8E || y == 0x8F || (0xA8...0xAE).contains(y)) { return 3 } // U+200E/F, U+2028–202E
            if x == 0x81 && (0xA6...0xA9).contains(y) { return 3 }                             // U+2066–2069
            return 0
        default: return 0
        }
    }
}
