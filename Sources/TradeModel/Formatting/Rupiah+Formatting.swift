/// Rupiah written the Indonesian way (PUEBI): `Rp1.053.146.943.500`, `Rp1,05 triliun`.
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

    /// The exact amount in every language: `Rp1.053.146.943.500`; negatives as `-Rp25.000`.
    public static func exact(_ v: Int64) -> String {
        (v < 0 ? "-Rp" : "Rp") + grouped(v.magnitude)
    }

    /// A short form with the scale word of the language, rounded half up to two decimals with
    /// trailing zeros dropped: `Rp1,05 triliun`, `Rp666 miliar`, `Rp503,47 miliar`; English
    /// `Rp1.05 trillion`. Below a million the exact amount is shown.
    public static func short(_ v: Int64, _ lang: Language = .id) -> String {
        let m = v.magnitude
        let sign = v < 0 ? "-" : ""
        let scales: [(UInt64, String, String)] = [
            (1_000_000_000_000, "triliun", "trillion"),
            (1_000_000_000, "miliar", "billion"),
            (1_000_000, "juta", "million"),
        ]
        for (k, (unit, id, en)) in scales.enumerated() where m >= unit {
            // Hundredths of the unit, rounded half up, in integers (no Double drift).
            let hundredths = (m / unit) * 100 + ((m % unit) * 100 + unit / 2) / unit
            // 999,996 miliar rounds to 1.000,00 miliar: say 1 triliun instead.
            if hundredths >= 100_000, k > 0 {
                return sign + "Rp" + decimal(hundredths / 1000, lang) + " " + (lang == .id ? scales[k - 1].1 : scales[k - 1].2)
            }
            return sign + "Rp" + decimal(hundredths, lang) + " " + (lang == .id ? id : en)
        }
        return sign + "Rp" + grouped(m)
    }

    /// 10547 hundredths → "105,47" (id) / "105.47" (en); whole numbers lose ",00".
    static func decimal(_ hundredths: UInt64, _ lang: Language) -> String {
        let whole = hundredths / 100
        let frac = hundredths % 100
        let w = lang == .id ? grouped(whole) : grouped(whole, separator: ",")
        if frac == 0 { return w }
        let point = lang == .id ? "," : "."
        let f = frac % 10 == 0 ? String(frac / 10) : (frac < 10 ? "0" + String(frac) : String(frac))
        return w + point + f
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
