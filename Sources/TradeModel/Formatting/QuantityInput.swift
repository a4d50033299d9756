/// Reads a quantity the way the desk types values (`RupiahInput`): a dot groups thousands, a
/// comma is the decimal mark. `2.500` is two thousand five hundred, `2,5` two and a half,
/// `1.250,75` one thousand two hundred fifty and three quarters. The result is the JSON number the
/// journal keeps (`2500`, `2.5`). What could be read either way is refused, never guessed.
public enum QuantityInput {
    public enum Failure: Error, Equatable, Sendable {
        case empty
        case notANumber(String)
        /// A dot that does not group thousands (`12.5`): the English decimal point.
        case badGrouping(String)
        /// `2,500`: two and a half here, two thousand five hundred in English.
        case ambiguous(String)

        public func sentence(_ l: Language) -> String {
            switch (self, l) {
            case (.empty, .id): "jumlah kosong"
            case (.empty, .en): "the quantity is empty"
            case (.notANumber(let s), .id): "“\(s)” bukan jumlah (contoh: 2.500 atau 2,5)"
            case (.notANumber(let s), .en): "“\(s)” is not a quantity (e.g. 2.500 or 2,5)"
            case (.badGrouping(let s), .id):
                "“\(s)”: titik memisahkan ribuan (2.500 = dua ribu lima ratus); desimal memakai koma (\(Self.commaForm(s)))"
            case (.badGrouping(let s), .en):
                "“\(s)”: a dot separates thousands (2.500 is two thousand five hundred); decimals take a comma (\(Self.commaForm(s)))"
            case (.ambiguous(let s), .id):
                "“\(s)” bisa dibaca dua cara: tulis \(Self.decimalForm(s)) untuk desimal atau \(Self.thousandsForm(s)) untuk ribuan"
            case (.ambiguous(let s), .en):
                "“\(s)” can be read two ways: write \(Self.decimalForm(s)) for a decimal or \(Self.thousandsForm(s)) for thousands"
            }
        }

        static func commaForm(_ s: String) -> String { String(s.map { $0 == "." ? "," : $0 }) }
        /// `2,500` → `2,5` (trailing zeros dropped; `2,000` → `2`).
        static func decimalForm(_ s: String) -> String {
            var t = s
            while t.hasSuffix("0") { t.removeLast() }
            if t.hasSuffix(",") { t.removeLast() }
            return t
        }
        static func thousandsForm(_ s: String) -> String { String(s.map { $0 == "," ? "." : $0 }) }
    }

    public static func parse(_ input: String) -> Result<String, Failure> {
        let s = input.trimmingSpaces
        if s.isEmpty { return .failure(.empty) }
        // Without a dot or a comma the text is a JSON number as typed (`2500`, `1e3`), or nothing.
        guard s.contains(".") || s.contains(",") else { return DealDesk.isQuantity(s) ? .success(s) : .failure(.notANumber(s)) }
        var whole = Substring(s)
        var fraction: Substring?
        if let i = s.firstIndex(of: ",") {
            whole = s[..<i]
            let f = s[s.index(after: i)...]
            if f.contains(",") || f.contains(".") { return .failure(.badGrouping(s)) }
            fraction = f
        }
        guard let digits = RupiahInput.ungrouped(whole, mark: ".") else { return .failure(.badGrouping(s)) }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              fraction.map({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) ?? true else {
            return .failure(.notANumber(s))
        }
        // Three decimals after one to three digits, and no thousands dot, is how English writes
        // thousands; a leading zero (`0,125`) is a decimal either way.
        if let f = fraction, f.count == 3, !whole.contains("."), whole.count <= 3, whole != "0" { return .failure(.ambiguous(s)) }
        let text = digits + (fraction.map { "." + $0 } ?? "")
        return DealDesk.isQuantity(text) ? .success(text) : .failure(.notANumber(s))
    }

    /// A stored quantity (a JSON number) as the desk types it, so it reads back the same: `12.5` → `12,5`.
    public static func typed(_ stored: String) -> String {
        String(stored.map { $0 == "." ? "," : $0 })
    }
}
