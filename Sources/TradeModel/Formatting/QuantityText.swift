/// Quantities as people read them: digits grouped by thousands, "2.400.000" in Indonesian and
/// "2,400,000" in English, decimals after "," or "." respectively. The stored literal is untouched.
public enum QuantityText {
    public static func grouped(_ literal: String, _ lang: Language) -> String {
        let (group, decimal): (Character, Character) = lang == .id ? (".", ",") : (",", ".")
        let parts = literal.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts.first.map(String.init) ?? ""
        guard !whole.isEmpty, whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return literal }
        var out = ""
        for (i, c) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { out.append(group) }
            out.append(c)
        }
        if parts.count > 1 { out.append(decimal); out += parts[1] }
        return out
    }
}
