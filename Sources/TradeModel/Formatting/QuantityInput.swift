/// Reads a quantity the way the desk types values (`RupiahInput`), in the language it is read in.
/// Indonesian: a dot groups thousands, a comma is the decimal mark — `2.500` is two thousand five
/// hundred, `2,5` two and a half, `1.250,75` one thousand two hundred fifty and three quarters.
/// English: the other way round — `2,500`, `2.5`, `1,250.75`. The result is the JSON number the
/// journal keeps (`2500`, `2.5`). What the other language would read otherwise (`2,500` in
/// Indonesian, `2.500` in English) is refused, never guessed.
public enum QuantityInput {
    public enum Failure: Error, Equatable, Sendable {
        case empty
        case notANumber(String)
        /// A group mark that does not group thousands (`12.5` in Indonesian, `12,5` in English).
        case badGrouping(String)
        /// `2,500` in Indonesian (two and a half here, two thousand five hundred in English), `2.500` in English.
        case ambiguous(String)

        /// The sentence in `l` for a quantity read the `reading` way (see `RupiahInput.Failure`).
        public func sentence(_ l: Language, reading: Language) -> String {
            let m = Marks(reading)
            let (group, decimal) = reading == .id ? ("titik", "koma") : ("koma", "titik")
            let (groupEn, decimalEn) = reading == .id ? ("dot", "comma") : ("comma", "dot")
            let thousands = "2\(m.group)500", half = "2\(m.decimal)5"
            return switch (self, l) {
            case (.empty, .id): "jumlah kosong"
            case (.empty, .en): "the quantity is empty"
            case (.notANumber(let s), .id): "“\(s)” bukan jumlah (contoh: \(thousands) atau \(half))"
            case (.notANumber(let s), .en): "“\(s)” is not a quantity (e.g. \(thousands) or \(half))"
            case (.badGrouping(let s), .id):
                "“\(s)”: \(group) memisahkan ribuan (\(thousands) = dua ribu lima ratus); desimal memakai \(decimal) (\(m.decimalForm(s)))"
            case (.badGrouping(let s), .en):
                "“\(s)”: a \(groupEn) separates thousands (\(thousands) is two thousand five hundred); decimals take a \(decimalEn) (\(m.decimalForm(s)))"
            case (.ambiguous(let s), .id):
                "“\(s)” bisa dibaca dua cara: tulis \(m.shortDecimal(s)) untuk desimal atau \(m.thousandsForm(s)) untuk ribuan"
            case (.ambiguous(let s), .en):
                "“\(s)” can be read two ways: write \(m.shortDecimal(s)) for a decimal or \(m.thousandsForm(s)) for thousands"
            }
        }
    }

    /// The group and decimal marks of a language, and the example forms the sentences show.
    struct Marks {
        let group: Character, decimal: Character
        init(_ l: Language) { (group, decimal) = l == .id ? (".", ",") : (",", ".") }
        /// `12.5` → `12,5` in Indonesian: every group mark written as the decimal mark.
        func decimalForm(_ s: String) -> String { String(s.map { $0 == group ? decimal : $0 }) }
        /// `2,500` → `2,5` (trailing zeros dropped; `2,000` → `2`).
        func shortDecimal(_ s: String) -> String {
            var t = s
            while t.hasSuffix("0") { t.removeLast() }
            if t.last == decimal { t.removeLast() }
            return t
        }
        /// `2,500` → `2.500` in Indonesian: the decimal mark written as the group mark.
        func thousandsForm(_ s: String) -> String { String(s.map { $0 == decimal ? group : $0 }) }
    }

    /// `input` read the `lang` way: the form in the interface's language, the command line and
    /// the import in Indonesian.
    public static func parse(_ input: String, _ lang: Language) -> Result<String, Failure> {
        let s = input.trimmingSpaces
        if s.isEmpty { return .failure(.empty) }
        // Without a dot or a comma the text is a JSON number as typed (`2500`, `1e3`), or nothing.
        guard s.contains(".") || s.contains(",") else { return DealDesk.isQuantity(s) ? .success(s) : .failure(.notANumber(s)) }
        let m = Marks(lang)
        var whole = Substring(s)
        var fraction: Substring?
        if let i = s.firstIndex(of: m.decimal) {
            whole = s[..<i]
            let f = s[s.index(after: i)...]
            if f.contains(",") || f.contains(".") { return .failure(.badGrouping(s)) }
            fraction = f
        }
        guard let digits = RupiahInput.ungrouped(whole, mark: m.group) else { return .failure(.badGrouping(s)) }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              fraction.map({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) ?? true else {
            return .failure(.notANumber(s))
        }
        // Three decimals after one to three digits, and no group mark, is how the other language
        // writes thousands; a leading zero (`0,125`) is a decimal either way.
        if let f = fraction, f.count == 3, !whole.contains(m.group), whole.count <= 3, whole != "0" { return .failure(.ambiguous(s)) }
        let text = digits + (fraction.map { "." + $0 } ?? "")
        return DealDesk.isQuantity(text) ? .success(text) : .failure(.notANumber(s))
    }

    /// A stored quantity (a JSON number) as the desk types it in `lang`, so it reads back the
    /// same: `12.5` → `12,5` in Indonesian, `12.5` in English.
    public static func typed(_ stored: String, _ lang: Language) -> String {
        lang == .id ? String(stored.map { $0 == "." ? "," : $0 }) : stored
    }
}
