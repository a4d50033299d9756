/// Case- and accent-insensitive matching for `/` filters: "Sélatan" and "selatan" match "SELATAN".
/// Folding is a table lookup (no Foundation), so a million rows fold in well under a second.
public enum SearchText {
    /// Base letters for U+00C0…U+017F (generated from Unicode NFD); "" keeps the character.
    static let latin: [String] = ["a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss", "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y", "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d", "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g", "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i", "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l", "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o", "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s", "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s"]

    /// Appends the folded UTF-8 of `s` to `out`.
    public static func fold(_ s: String, into out: inout [UInt8]) {
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
            } else if v >= 0x300 && v < 0x370 {
                continue // combining accents
            } else if v >= 0xC0 && v < 0x180, !latin[Int(v - 0xC0)].isEmpty {
                out.append(contentsOf: latin[Int(v - 0xC0)].utf8)
            } else {
                out.append(contentsOf: String(Character(u)).lowercased().utf8)
            }
        }
    }

    public static func fold(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        fold(s, into: &out)
        return out
    }

    /// Whether `needle` (already folded) occurs in `hay[range]`.
    @inline(__always)
    public static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ needle: [UInt8]) -> Bool {
        let n = needle.count
        if n == 0 { return true }
        if range.count < n { return false }
        let first = needle[0]
        var i = range.lowerBound
        let last = range.upperBound - n
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < n && hay[i + k] == needle[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}

