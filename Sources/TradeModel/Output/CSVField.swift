/// One CSV field: sanitised, guarded against spreadsheet formulas, quoted when it must be.
/// (Parsing CSV is left to a CSV package.)
///
/// **The formula guard.** A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a TAB or a
/// CR as a formula (OWASP, "CSV Injection"). A cell starts not only where a field starts: a
/// spreadsheet that guesses another delimiter (`;` for a `,` file, or the reverse, or TAB) splits
/// the line at every `,` `;` or TAB it finds, inside quoted fields too (its quote counts only at the
/// start of a cell). So wherever a cell could start — at the field's start and after each of those
/// characters, past any spaces and quotes — a formula character gets a `'` in front, which every
/// spreadsheet shows as text. A `'` already there gets one more, so `unguarded` gives the field back
/// exactly (`import-deals` reads what `export-deals` wrote). A field that is a plain number (`-5`,
/// `12,5`) is a value, not a formula, and stays as it is.
public enum CSVField {
    /// What a spreadsheet may split a line at, whatever delimiter the file uses.
    static func splitsCells(_ u: Unicode.Scalar) -> Bool { u == "," || u == ";" || u == "\t" }
    /// What makes a cell a formula when it comes first.
    static func startsFormula(_ u: Unicode.Scalar) -> Bool {
        u == "=" || u == "+" || u == "-" || u == "@" || u == "\t" || u == "\r" || u == "\n"
    }
    /// What a spreadsheet may pass over before a cell's first character.
    static func skipped(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\"" }

    /// `-5`, `1250000000`, `12,5`, `2.5`: a number, never a formula.
    static func isPlainNumber(_ s: String) -> Bool {
        var u = Substring(s).unicodeScalars
        if u.first == "-" { u.removeFirst() }
        var digits = 0, marks = 0, afterMark = 0
        for c in u {
            if c >= "0" && c <= "9" {
                digits += 1
                if marks > 0 { afterMark += 1 }
            } else if c == "," || c == "." {
                marks += 1
                if marks > 1 { return false }
            } else { return false }
        }
        return digits > 0 && (marks == 0 || afterMark > 0)
    }

    /// `s` with a `'` before every formula character a spreadsheet could see at the start of a cell.
    public static func guarded(_ s: String) -> String { rewrite(s, guarding: true) }

    /// The inverse of `guarded`: one `'` fewer wherever `guarded` added one.
    public static func unguarded(_ s: String) -> String { rewrite(s, guarding: false) }

    private static func rewrite(_ s: String, guarding: Bool) -> String {
        if guarding && isPlainNumber(s) { return s }
        let a = Array(s.unicodeScalars)
        // Nothing to do in most fields: no formula character anywhere.
        guard a.contains(where: startsFormula) else { return s }
        var out = String.UnicodeScalarView()
        var cellStart = true
        var i = 0
        while i < a.count {
            let u = a[i]
            if cellStart {
                if skipped(u) { out.append(u); i += 1; continue }
                var j = i
                while j < a.count && a[j] == "'" { j += 1 }
                cellStart = false
                if j < a.count && startsFormula(a[j]) {
                    if guarding { out.append("'") } else if j > i { i += 1; continue }
                }
            }
            out.append(u)
            if splitsCells(u) { cellStart = true }
            i += 1
        }
        return String(out)
    }

    /// A field for a file whose cells are split at `delimiter`: sanitised to one line, guarded, and
    /// quoted when it holds the delimiter or a quote (never a CR or LF: the sanitiser took them).
    public static func escape(_ s: String, delimiter: Unicode.Scalar = ",") -> String {
        let guarded = guarded(Sanitizer.line(s))
        guard guarded.unicodeScalars.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return guarded }
        // Scalar by scalar: a quote followed by a combining mark is one Character, but still a quote.
        var out = String.UnicodeScalarView()
        out.append("\"")
        for u in guarded.unicodeScalars {
            out.append(u)
            if u == "\"" { out.append("\"") }
        }
        out.append("\"")
        return String(out)
    }
}
