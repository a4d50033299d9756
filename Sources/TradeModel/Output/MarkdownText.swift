/// Text from the data, written into a Markdown report so that every renderer shows it as the
/// letters it is: no link, image, raw HTML, emphasis, code, heading, list or table comes out of a
/// note. (A note once became a live `javascript:` link and an `<img onerror>` in the governor's
/// memo.)
///
/// Two kinds of escape, chosen so that CommonMark/GFM (GitHub's cmark-gfm, markdown-it, pandoc)
/// and Python-Markdown all show the same text: a backslash before the punctuation both know
/// (`\ ` * _ { } [ ] # + - .`), and a character reference for what Python-Markdown does not
/// unescape (`<` `>` `&` `|` `~` `$` and the `:` of a scheme). A bare address is broken where a
/// linker would see it: the `:` after a scheme's letters (`http&#58;//`, `javascript&#58;`) and a
/// `.` before a letter (`evil\.com`, `www\.…`). An e-mail address becomes code (GitHub links it
/// whatever is escaped). Spaces, letters and digits are left alone, so the file stays readable.
/// Checked with three renderers (DECISIONS.md, "Markdown reports").
public enum MarkdownText {
    public static func escape(_ s: String) -> String {
        // Leading spaces would make an indented code block, trailing ones a line break; HTML shows
        // neither, so they go.
        let words = Sanitizer.line(s).trimmingSpaces.split(separator: " ", omittingEmptySubsequences: false)
        var out = ""
        for (n, w) in words.enumerated() {
            if n > 0 { out += " " }
            out += isAddress(w) ? code(w) : escaped(word: Array(w.unicodeScalars), first: n == 0)
        }
        return out
    }

    /// `name@host.tld` (and `mailto:`/`xmpp:` forms): GitHub's renderer links these whatever is
    /// escaped in them, so they are shown as code, which no renderer links.
    static func isAddress(_ w: Substring) -> Bool {
        guard let at = w.lastIndex(of: "@") else { return false }
        return w[w.index(after: at)...].contains(".")
    }

    /// A code span that holds `w` as it is: its fence longer than any run of backticks inside.
    static func code(_ w: Substring) -> String {
        var longest = 0, run = 0
        for c in w { run = c == "`" ? run + 1 : 0; longest = max(longest, run) }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = w.first == "`" || w.last == "`" ? " " : ""
        return fence + pad + w + pad + fence
    }

    static func escaped(word a: [Unicode.Scalar], first: Bool) -> String {
        var out = ""
        func letter(_ u: Unicode.Scalar?) -> Bool { u.map { $0.properties.isAlphabetic } ?? false }
        // An ordered-list marker where the text starts (`2025. x`, `1) x`).
        var leadingDigits = 0
        while first, leadingDigits < a.count, a[leadingDigits] >= "0" && a[leadingDigits] <= "9" { leadingDigits += 1 }
        for (i, u) in a.enumerated() {
            let prev = i > 0 ? a[i - 1] : nil, next = i + 1 < a.count ? a[i + 1] : nil
            switch u {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "#":
                out += "\\" + String(u)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "|": out += "&#124;"
            case "~": out += "&#126;"
            case "$": out += "&#36;"
            case ":" where letter(prev) && next != nil:
                out += "&#58;"
            case "." where letter(next) || (i == leadingDigits && i > 0):
                out += "\\."
            case ")" where i == leadingDigits && i > 0:
                out += "\\)"
            case "-" where first && i == 0, "+" where first && i == 0:
                out += "\\" + String(u)
            default:
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
