/// RFC 4180 fields for the CSV forms of reports. (Parsing CSV is left to a CSV package.)
public enum CSVField {
    public static func escape(_ s: String) -> String {
        let clean = Sanitizer.line(s)
        // A leading = + - @ would be run as a formula by spreadsheets.
        let guarded = clean.first.map { "=+-@".contains($0) } == true ? "'" + clean : clean
        if guarded.contains(where: { $0 == "," || $0 == "\"" }) {
            return "\"" + guarded.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
        }
        return guarded
    }
}
