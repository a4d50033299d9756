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
}
