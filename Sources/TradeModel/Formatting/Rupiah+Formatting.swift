/// Rupiah written the Indonesian way (PUEBI): `Rp1.053.146.943.500`, `Rp1,05 triliun`; in English
/// the English way throughout, `Rp1,053,146,943,500` and `Rp1.05 trillion` (a point is always the
/// decimal point there, a comma always groups). Machine formats (CSV, JSON, the journal) write
/// plain digits and never come here.
///
/// Hand-written on purpose: Foundation's formatters cost ~15 ms at start-up and follow the
/// process locale, while these strings must be the same on every machine.
public enum Rupiah {
    /// Groups digits of a magnitude with `.`: 1053146943500 → "1.053.146.943.500".
    public static func grouped(_ v: UInt64, separator: Character = ".") -> String {
        let digits = Array(String(v).utf8)
        var out = [UInt8]()
        out.reserveCapacity(digits.count + digits.count / 3)
        let sep = UInt8(ascii: separator.unicodeScalars.first!)
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(sep) }
            out.append(c)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The exact amount: `Rp1.053.146.943.500`, English `Rp1,053,146,943,500`; negatives as `-Rp25.000`.
    public static func exact(_ v: Int64, _ lang: Language) -> String {
        (v < 0 ? "-Rp" : "Rp") + grouped(v.magnitude, separator: lang == .id ? "." : ",")
    }

    /// A short form with the scale word of the language, rounded half up to `places` decimals
    /// (two unless asked) with trailing zeros dropped: `Rp1,05 triliun`, `Rp666 miliar`,
    /// `Rp503,47 miliar`; English `Rp1.05 trillion`. Below a million the exact amount is shown.
    /// A figure published as `Rp3,296 triliun` keeps its precision with `places: 3`.
    public static func short(_ v: Int64, _ lang: Language = .id, places: Int = 2) -> String {
        let m = v.magnitude
        let sign = v < 0 ? "-" : ""
        let places = min(max(places, 0), 6)
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        let scales: [(UInt64, String, String)] = [
            (1_000_000_000_000, "triliun", "trillion"),
            (1_000_000_000, "miliar", "billion"),
            (1_000_000, "juta", "million"),
        ]
        for (k, (unit, id, en)) in scales.enumerated() where m >= unit {
            // Fractions of the unit, rounded half up, in integers (no Double drift); the remainder
            // is below 10^12 and the scale at most 10^6, so nothing overflows.
            let parts = (m / unit) * scale + ((m % unit) * scale + unit / 2) / unit
            // 999,996 miliar rounds to 1.000,00 miliar: say 1 triliun instead.
            if parts >= 1000 * scale, k > 0 {
                return sign + "Rp" + decimal(parts / 1000, scale, lang) + " " + (lang == .id ? scales[k - 1].1 : scales[k - 1].2)
            }
            return sign + "Rp" + decimal(parts, scale, lang) + " " + (lang == .id ? id : en)
        }
        return sign + "Rp" + grouped(m, separator: lang == .id ? "." : ",")
    }

    /// 10547 hundredths → "105,47" (id) / "105.47" (en); whole numbers lose ",00" and a
    /// fraction its trailing zeros.
    static func decimal(_ parts: UInt64, _ scale: UInt64, _ lang: Language) -> String {
        let whole = parts / scale
        var frac = parts % scale
        let w = lang == .id ? grouped(whole) : grouped(whole, separator: ",")
        if frac == 0 { return w }
        var digits = String(frac)
        digits = String(repeating: "0", count: String(scale).count - 1 - digits.count) + digits
        while frac % 10 == 0 { frac /= 10; digits.removeLast() }
        return w + (lang == .id ? "," : ".") + digits
    }

    /// A percentage with one decimal from a ratio, e.g. 1053146943500 / 650000000000 → "162,0%".
    public static func percent(_ part: Int64, of whole: Int64, _ lang: Language = .id) -> String? {
        guard whole > 0, part >= 0 else { return nil }
        // Int128: part × 1000 cannot overflow, whatever the inputs.
        let tenths = (Int128(part) * 1000 + Int128(whole / 2)) / Int128(whole)
        let sep = lang == .id ? "," : "."
        return String(tenths / 10) + sep + String(tenths % 10) + "%"
    }
}
