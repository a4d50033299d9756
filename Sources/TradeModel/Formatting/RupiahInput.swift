/// Reads rupiah the way people at a deal desk type it, and says it back in words.
///
/// Read the Indonesian way (`.id`): `1250000000`, `1.250.000.000`, `Rp1.250.000.000`,
/// `1,25 miliar`, `1,25 M`, `500 juta`, `2 triliun`, `750 ribu`, and `1.25 billion` (an English
/// scale word reads its number the English way). A dot between digits groups thousands (groups of
/// three); a comma is the decimal mark. Read the English way (`.en`, the English screen):
/// `1,250,000,000`, `1.25 billion`, `500 million`, `1.5m` (a million); a comma groups thousands
/// and a dot is the decimal point, whatever the scale word.
public enum RupiahInput {
    public enum Failure: Error, Equatable, Sendable {
        case empty
        case notANumber(String)
        case badGrouping
        case notWhole
        case tooLarge
        case decimalWithoutScale

        /// The sentence in `l` for a value read the `reading` way (the command line reads the
        /// Indonesian way whatever language it speaks; the form reads in its own).
        public func sentence(_ l: Language, reading: Language) -> String {
            let eg = reading == .id ? "1.250.000.000 atau 1,25 miliar" : "1,250,000,000 atau 1.25 billion"
            let egEn = reading == .id ? "1.250.000.000 or 1,25 miliar" : "1,250,000,000 or 1.25 billion"
            let (group, decimal, decimalEg) = reading == .id ? ("titik", "koma", "1,25 miliar") : ("koma", "titik", "1.25 billion")
            let (groupEn, decimalEn) = reading == .id ? ("dot", "comma") : ("comma", "dot")
            let scales = reading == .id ? "juta, miliar atau triliun" : "million, billion atau trillion"
            let scalesEn = reading == .id ? "juta, miliar or triliun" : "million, billion or trillion"
            return switch (self, l) {
            case (.empty, .id): "nilai kosong"
            case (.empty, .en): "the value is empty"
            case (.notANumber(let s), .id): "“\(s)” bukan nilai rupiah (contoh: \(eg))"
            case (.notANumber(let s), .en): "“\(s)” is not a rupiah amount (e.g. \(egEn))"
            case (.badGrouping, .id): "\(group) memisahkan ribuan (kelompok tiga angka); desimal memakai \(decimal): \(decimalEg)"
            case (.badGrouping, .en): "a \(groupEn) separates thousands (groups of three); decimals take a \(decimalEn): \(decimalEg)"
            case (.notWhole, .id): "nilai harus rupiah utuh (tanpa sen)"
            case (.notWhole, .en): "the value must be whole rupiah"
            case (.tooLarge, .id): "nilai terlalu besar"
            case (.tooLarge, .en): "the value is too large"
            case (.decimalWithoutScale, .id): "angka desimal perlu satuan: \(scales)"
            case (.decimalWithoutScale, .en): "a decimal needs a scale word: \(scalesEn)"
            }
        }
    }

    static let scales: [(String, Int64)] = [
        ("ribu", 1_000), ("rb", 1_000), ("thousand", 1_000), ("k", 1_000),
        ("juta", 1_000_000), ("jt", 1_000_000), ("million", 1_000_000),
        ("miliar", 1_000_000_000), ("milyar", 1_000_000_000), ("m", 1_000_000_000), ("billion", 1_000_000_000), ("bn", 1_000_000_000),
        ("triliun", 1_000_000_000_000), ("t", 1_000_000_000_000), ("trillion", 1_000_000_000_000),
    ]

    /// English scale words: after one, the Indonesian way reads the number the English way too.
    static let englishWords: Set<String> = ["thousand", "million", "billion", "trillion", "bn", "k"]

    /// `input` read the `lang` way (see the type): the English screen's figures read back in
    /// English, the Indonesian screen's and the command line's in Indonesian.
    public static func parse(_ input: String, _ lang: Language) -> Result<Int64, Failure> {
        var s = input.trimmingSpaces.lowercased()
        if s.isEmpty { return .failure(.empty) }
        if s.hasPrefix("rp.") { s = String(s.dropFirst(3)) } else if s.hasPrefix("rp") { s = String(s.dropFirst(2)) }
        s = s.trimmingSpaces
        // Split the number from a trailing scale word.
        let numberPart = String(s.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
        let word = String(s.dropFirst(numberPart.count)).trimmingSpaces
        guard !numberPart.isEmpty else { return .failure(.notANumber(input.trimmingSpaces)) }
        var scale: Int64 = 1
        var english = false
        if !word.isEmpty {
            // In English an "m" is a million (Indonesian "M" is miliar); the words read back say which.
            let found: Int64? = lang == .en && word == "m" ? 1_000_000 : scales.first(where: { $0.0 == word })?.1
            guard let found else { return .failure(.notANumber(input.trimmingSpaces)) }
            scale = found
            english = englishWords.contains(word)
        }
        if lang == .en { english = true }
        var whole = numberPart
        var fraction = ""
        // English ("1.25 billion", or anything on the English screen) uses a dot for decimals and commas for thousands.
        let decimalMark: Character = english ? "." : ","
        let groupMark: Character = english ? "," : "."
        if let i = numberPart.firstIndex(of: decimalMark) {
            whole = String(numberPart[..<i])
            fraction = String(numberPart[numberPart.index(after: i)...])
            if fraction.contains(decimalMark) || fraction.contains(groupMark) || fraction.isEmpty { return .failure(.badGrouping) }
        }
        guard let digits = ungrouped(whole, mark: groupMark) else { return .failure(.badGrouping) }
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { return .failure(.notANumber(input.trimmingSpaces)) }
        if !fraction.isEmpty && scale == 1 { return .failure(.decimalWithoutScale) }
        // value = (digits + fraction) × scale / 10^len(fraction), exactly.
        guard let intPart = Int64(digits) else { return .failure(.tooLarge) }
        var value = intPart.multipliedReportingOverflow(by: scale)
        if value.overflow { return .failure(.tooLarge) }
        var unit = scale
        for c in fraction {
            guard unit % 10 == 0 else { return .failure(.notWhole) }
            unit /= 10
            let add = Int64(c.wholeNumberValue!).multipliedReportingOverflow(by: unit)
            let sum = value.partialValue.addingReportingOverflow(add.partialValue)
            if add.overflow || sum.overflow { return .failure(.tooLarge) }
            value = (sum.partialValue, false)
        }
        return .success(value.partialValue)
    }

    /// The whole part without its group marks: `1.250.000` → `1250000`; nil unless every group
    /// after the first (one to three characters) has three. Quantities follow the same rule.
    static func ungrouped(_ whole: some StringProtocol, mark: Character) -> String? {
        let groups = whole.split(separator: mark, omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return nil
            }
        }
        return groups.joined()
    }

    static let onesId = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
    static let onesEn = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// The amount in words, as the form reads it back: `satu koma dua lima miliar rupiah`,
    /// `one point two five billion rupiah` (up to three decimals); any other value in full words:
    /// `satu miliar enam ratus lima puluh empat juta … rupiah`.
    public static func words(_ v: Int64, _ lang: Language) -> String {
        let m = v.magnitude
        let scales: [(UInt64, String, String)] = [(1_000_000_000_000, "triliun", "trillion"), (1_000_000_000, "miliar", "billion"), (1_000_000, "juta", "million")]
        for (unit, id, en) in scales where m >= unit {
            let whole = m / unit
            var frac = String(m % unit)
            frac = String(repeating: "0", count: String(unit).count - 1 - frac.count) + frac
            while frac.hasSuffix("0") { frac.removeLast() }
            // "satu koma dua lima miliar" for a round figure; a value with more digits than that is
            // read the way a person says it, group by group, never as a string of digits.
            if frac.count > 3 { return spell(m, lang) + " rupiah" }
            var s = spell(whole, lang)
            if !frac.isEmpty {
                s += (lang == .id ? " koma " : " point ") + frac.map { (lang == .id ? onesId : onesEn)[$0.wholeNumberValue!] }.joined(separator: " ")
            }
            return s + " " + (lang == .id ? id : en) + " rupiah"
        }
        return spell(m, lang) + " rupiah"
    }

    /// Spells a whole number below 10^15: `seratus dua puluh empat`, `one hundred twenty-four`.
    static func spell(_ n: UInt64, _ lang: Language) -> String {
        lang == .id ? spellId(n) : spellEn(n)
    }

    static func spellId(_ n: UInt64) -> String {
        if n < 10 { return onesId[Int(n)] }
        if n == 10 { return "sepuluh" }
        if n == 11 { return "sebelas" }
        if n < 20 { return onesId[Int(n - 10)] + " belas" }
        if n < 100 { return onesId[Int(n / 10)] + " puluh" + (n % 10 > 0 ? " " + onesId[Int(n % 10)] : "") }
        if n < 1000 { return (n / 100 == 1 ? "seratus" : onesId[Int(n / 100)] + " ratus") + (n % 100 > 0 ? " " + spellId(n % 100) : "") }
        if n < 1_000_000 { return (n / 1000 == 1 ? "seribu" : spellId(n / 1000) + " ribu") + (n % 1000 > 0 ? " " + spellId(n % 1000) : "") }
        for (u, w) in [(UInt64(1_000_000_000_000), "triliun"), (1_000_000_000, "miliar"), (1_000_000, "juta")] where n >= u {
            return spellId(n / u) + " " + w + (n % u > 0 ? " " + spellId(n % u) : "")
        }
        return String(n)
    }

    static func spellEn(_ n: UInt64) -> String {
        let teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        if n < 10 { return onesEn[Int(n)] }
        if n < 20 { return teens[Int(n - 10)] }
        if n < 100 { return tens[Int(n / 10)] + (n % 10 > 0 ? "-" + onesEn[Int(n % 10)] : "") }
        if n < 1000 { return onesEn[Int(n / 100)] + " hundred" + (n % 100 > 0 ? " " + spellEn(n % 100) : "") }
        for (u, w) in [(UInt64(1_000_000_000_000), "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand")] where n >= u {
            return spellEn(n / u) + " " + w + (n % u > 0 ? " " + spellEn(n % u) : "")
        }
        return String(n)
    }
}

