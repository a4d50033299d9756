/// A stored quantity (a JSON number kept as text, e.g. `2400000`, `2.5`) written for people: digits
/// grouped in thousands, Indonesian `2.400.000` and `2,5`, English `2,400,000` and `2.5`. Only the
/// number changes; the unit stays as given. Machine formats (CSV, JSON, the journal) keep the stored
/// text.
public enum QuantityText {
    public static func shown(_ stored: String, _ lang: Language) -> String {
        guard let (whole, fraction) = plain(stored) else { return stored }
        let group: Character = lang == .id ? "." : ","
        let point = lang == .id ? "," : "."
        var out = ""
        for (i, c) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { out.append(group) }
            out.append(c)
        }
        return fraction.isEmpty ? out : out + point + fraction
    }

    /// Digits before and after the point, with an exponent (`1.5e3`) worked out; nil for text that
    /// is not a plain non-negative number, or that would need more than 40 digits written out.
    static func plain(_ s: String) -> (whole: String, fraction: String)? {
        let lower = s.lowercased()
        let parts = lower.split(separator: "e", omittingEmptySubsequences: false)
        guard parts.count <= 2, let mantissa = parts.first, !mantissa.isEmpty else { return nil }
        var exponent = 0
        if parts.count == 2 {
            var e = parts[1]
            if e.first == "+" { e = e.dropFirst() }
            guard let v = Int(e), abs(v) <= 40 else { return nil }
            exponent = v
        }
        let halves = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return nil }
        let intDigits = String(halves[0]), fracDigits = halves.count == 2 ? String(halves[1]) : ""
        let isDigits = { (t: String) in t.allSatisfy { $0.isASCII && $0.isNumber } }
        guard !intDigits.isEmpty, isDigits(intDigits), isDigits(fracDigits), halves.count == 1 || !fracDigits.isEmpty else { return nil }
        if exponent == 0 { return (intDigits, fracDigits) }
        // Move the point `exponent` places through the digits.
        let digits = intDigits + fracDigits
        var point = intDigits.count + exponent
        var padded = digits
        if point > padded.count { padded += String(repeating: "0", count: point - padded.count) }
        if point <= 0 { padded = String(repeating: "0", count: 1 - point) + padded; point = 1 }
        guard padded.count <= 40 else { return nil }
        var whole = String(padded.prefix(point))
        let fraction = String(padded.dropFirst(point))
        while whole.count > 1 && whole.first == "0" { whole.removeFirst() }
        return (whole, fraction)
    }
}
