/// A decoder specialised for `deals.json`, the one file that grows to a million lines.
///
/// It streams the file through a 2 MiB buffer and builds `Deal`s straight from the bytes, with no
/// tree and no per-field dictionaries. It accepts only the plain shape (known fields, no escapes,
/// no duplicates, no control characters, valid enum values and whole-rupiah values): on anything
/// else it gives up, and the general path (`JSONParser` + `ObjectReader`) reads the whole file and
/// reports exactly what it always reports. Tests check both paths give the same deals.
public enum DealsFastDecoder {
    public enum Outcome: Sendable {
        /// The deals (ids indexed) and where each object starts.
        case decoded(DealTable, DealLocations)
        /// Something unusual: use the general path, which knows how to explain it.
        case needsGeneralPath
    }

    static let bufferSize = 1 << 21
    /// Objects larger than this (a 10 MB description, say) go to the general path: each object is
    /// parsed in place with at least this much of the file in the buffer.
    static let maxObject = 1 << 20

    enum Field: Int, CaseIterable {
        case id, mission, direction, commodity, product, description, quantity, unit, valueRupiah, status, kind
        case includedIn, party, counterparty, period, illustrative, source, note
        var name: [UInt8] { Array(String(describing: self).utf8) }
    }
    static let names: [[UInt8]] = Field.allCases.map(\.name)

    /// Decodes the whole of `source` in one pass (`TradeStore.DealsFile` splits large files in two).
    /// `locations: false` keeps no location per deal (8 bytes a deal at the loading peak): a loader
    /// that finds a problem in deals.json decodes it again with them, to name lines.
    public static func decode(_ source: some ByteSource, locations: Bool = true, progress: (@Sendable (Int) -> Void)? = nil) -> Outcome {
        let total = source.count
        guard total > 0 else { return .needsGeneralPath }
        var r = Reader(source: source, from: 0, limit: total)
        r.keepLocations = locations
        guard var half = r.run(progress: progress, opening: true, stopAt: nil) else { return .needsGeneralPath }
        half.deals.indexIds()
        return .decoded(half.deals, half.locations)
    }

    /// Decodes `from..<limit` of `source`. `opening`: the range starts with the list's `[` (else with
    /// an element, after a split); a range that ends at `split` ends just before the next element.
    public static func decodeRange(_ source: some ByteSource, from: Int, limit: Int, opening: Bool, endsAtSplit: Bool,
                                   locations: Bool = true, progress: (@Sendable (Int) -> Void)? = nil) -> Half? {
        var r = Reader(source: source, from: from, limit: limit)
        r.keepLocations = locations
        return r.run(progress: progress, opening: opening, stopAt: endsAtSplit ? limit : nil)
    }

    /// Joins the halves of a split file: the second half counted lines from 1 at the split. The
    /// ids are not indexed yet (`DealsFile` builds the index on both cores: `DealTable.idIndexPart`).
    public static func join(_ first: consuming Half, _ second: consuming Half) -> Outcome {
        var (a, b) = (consume first, consume second)
        a.locations.append(b.locations, linesDown: a.line - 1)
        a.deals.join(&b.deals)
        return .decoded(a.deals, a.locations)
    }

    /// An offset just after a newline that follows a `,` and precedes a `{`: between two elements
    /// of the top-level list (raw newlines cannot be inside strings). Nil when none is near the middle.
    public static func splitPoint(_ source: some ByteSource) -> Int? {
        let from = source.count / 2
        var window = [UInt8](repeating: 0, count: 1 << 16)
        let n = window.withUnsafeMutableBytes { source.read(into: $0, at: from) }
        guard n > 0 else { return nil }
        var i = 0
        while i < n {
            if window[i] == 0x0A {
                var before = i - 1
                while before >= 0, window[before] == 0x20 || window[before] == 0x09 || window[before] == 0x0D { before -= 1 }
                var after = i + 1
                while after < n, window[after] == 0x20 || window[after] == 0x09 || window[after] == 0x0D { after += 1 }
                if before >= 0, window[before] == UInt8(ascii: ","), after < n, window[after] == UInt8(ascii: "{") { return from + i + 1 }
            }
            i += 1
        }
        return nil
    }

    /// Deals decoded from one range of the file, and the line the range ended on.
    public struct Half: Sendable {
        var deals: DealTable
        var locations: DealLocations
        var line: Int
    }

    struct Reader {
        let source: any ByteSource
        /// Bytes from `from` up to `limit` (absolute offsets) are this reader's.
        var limit: Int
        var buf: [UInt8]
        var pos = 0, end = 0
        /// Absolute offset of buf[0], the current line number and where that line starts.
        var base: Int, line = 1, lineStart: Int
        var eof = false
        var keepLocations = true
        /// The tables of names and words, read once (a global's lazy check on every field costs).
        let names = DealsFastDecoder.names
        let words = (DealsFastDecoder.directions, DealsFastDecoder.statuses, DealsFastDecoder.kinds)
        let journalNames = JournalFastLine.names
        let journalLiterals = (at: JournalFastLine.atKey, user: JournalFastLine.userKey, dealRecorded: JournalFastLine.dealRecordedKeys)
        /// The members of the object being read.
        var fields = Members()
        /// For each field, the two fields that followed it last (the last slots: the first field),
        /// or -1, and the bytes between (`expectedMember`).
        var keyAfter = [Int8](repeating: -1, count: (Field.allCases.count + 1) * 2)
        var gapLength = [UInt8](repeating: 0, count: (Field.allCases.count + 1) * 2)
        var gaps = [UInt8](repeating: 0, count: (Field.allCases.count + 1) * 2 * 32)
        /// Deals read from a deals.json range, and the atoms its strings already have.
        var table = DealTable()
        var atomBytes = AtomBytes()
        /// For a journal's lines: the bytes a single recorded deal's line starts with (`writersRecordedDeal`).
        var journalHead: [UInt8] = []
        /// For a journal's lines: strings its lines repeat (a user, a data set, a deal's mission …),
        /// found by their bytes in `stringBytes` — a map of its own: `atomBytes` numbers atoms of
        /// `table`, these number `strings`, and one map for both would read one as the other.
        var strings: [String] = []
        var stringBytes = AtomBytes()

        init(source: any ByteSource, from: Int, limit: Int) {
            self.source = source
            self.limit = limit
            base = from
            lineStart = from
            // Small files get a small buffer (the fuzzer decodes millions of them).
            buf = [UInt8](repeating: 0, count: min(DealsFastDecoder.bufferSize, limit - from + 1))
        }

        /// Makes at least `n` bytes available from `pos` (fewer only at end of file).
        mutating func fill(_ n: Int) {
            if end - pos >= n || eof { return }
            if pos > 0 {
                // The unread tail moves to the front (memmove: the ranges may overlap).
                let (from, n) = (pos, end - pos)
                buf.withUnsafeMutableBytes { b in
                    if n > 0 { b.baseAddress!.copyMemory(from: UnsafeRawPointer(b.baseAddress! + from), byteCount: n) }
                }
                base += pos
                end -= pos
                pos = 0
            }
            while end < buf.count && end - pos < n {
                let want = min(buf.count - end, limit - (base + end))
                if want <= 0 { eof = true; return }
                let (src, at, from) = (source, base + end, end)
                let got = buf.withUnsafeMutableBytes { b in src.read(into: UnsafeMutableRawBufferPointer(rebasing: b[from..<(from + want)]), at: at) }
                if got <= 0 { eof = true; return }
                end += got
            }
        }

        mutating func skipSpace() {
            while true {
                if pos >= end { fill(1); if pos >= end { return } }
                switch buf[pos] {
                case 0x20, 0x09, 0x0D: pos += 1
                case 0x0A: pos += 1; line += 1; lineStart = base + pos
                default: return
                }
            }
        }

        /// `opening`: the range starts with the list's `[` (else with an element, after a split).
        /// `stopAt`: the range ends at a split, just before the next element.
        mutating func run(progress: (@Sendable (Int) -> Void)?, opening: Bool, stopAt: Int?) -> Half? {
            fill(4)
            if pos < end && buf[pos] == 0xEF { return nil } // a byte-order mark: the general path
            skipSpace()
            if opening {
                guard pos < end, buf[pos] == UInt8(ascii: "[") else { return nil }
                pos += 1
            }
            var locations = DealLocations()
            if keepLocations { locations.reserve(max(16, (limit - base) / 200)) }
            skipSpace()
            if opening && pos < end && buf[pos] == UInt8(ascii: "]") {
                pos += 1
            } else {
                while true {
                    skipSpace()
                    guard pos < end, buf[pos] == UInt8(ascii: "{") else { return nil }
                    // Keep a whole object's worth of bytes in the buffer, then parse in place.
                    fill(DealsFastDecoder.maxObject)
                    let (atLine, atColumn) = (line, base + pos - lineStart + 1)
                    guard let row = parseRow(until: end) else { return nil }
                    table.appendRow(row, index: false)
                    if keepLocations { locations.append(line: atLine, column: atColumn) }
                    if table.count & 0xFFFF == 0 { progress?(min(999, (base + pos) * 1000 / max(1, limit))) }
                    skipSpace()
                    guard pos < end else { return nil }
                    if buf[pos] == UInt8(ascii: ",") {
                        pos += 1
                        if let stopAt {
                            skipSpace()
                            // Ended exactly at the split, between two elements: the other half goes on.
                            if pos >= end && base + pos == stopAt { return Half(deals: table, locations: locations, line: line) }
                        }
                        continue
                    }
                    if buf[pos] == UInt8(ascii: "]") { pos += 1; break }
                    return nil
                }
            }
            if stopAt != nil { return nil } // the list closed before the split: not a plain list
            skipSpace() // refills as it goes: stops at end of file or at trailing garbage
            return pos < end ? nil : Half(deals: table, locations: locations, line: line)
        }

        mutating func skipInside(_ stop: Int) {
            while pos < stop {
                switch buf[pos] {
                case 0x20, 0x09, 0x0D: pos += 1
                case 0x0A: pos += 1; line += 1; lineStart = base + pos
                default: return
                }
            }
        }

        mutating func key(_ stop: Int) -> Field? {
            let start = pos + 1
            var i = start
            while i < stop && buf[i] != UInt8(ascii: "\"") { i += 1 }
            guard i < stop else { return nil }
            let n = i - start
            pos = i + 1
            // Length and first letter pick the candidate; the bytes confirm it.
            let candidate: Field?
            switch (n, buf[start]) {
            case (2, UInt8(ascii: "i")): candidate = .id
            case (4, UInt8(ascii: "u")): candidate = .unit
            case (4, UInt8(ascii: "k")): candidate = .kind
            case (4, UInt8(ascii: "n")): candidate = .note
            case (5, UInt8(ascii: "p")): candidate = .party
            case (6, UInt8(ascii: "p")): candidate = .period
            case (6, UInt8(ascii: "s")): candidate = buf[start + 1] == UInt8(ascii: "t") ? .status : .source
            case (7, UInt8(ascii: "m")): candidate = .mission
            case (7, UInt8(ascii: "p")): candidate = .product
            case (8, UInt8(ascii: "q")): candidate = .quantity
            case (9, UInt8(ascii: "d")): candidate = .direction
            case (9, UInt8(ascii: "c")): candidate = .commodity
            case (10, UInt8(ascii: "i")): candidate = .includedIn
            case (11, UInt8(ascii: "d")): candidate = .description
            case (11, UInt8(ascii: "v")): candidate = .valueRupiah
            case (12, UInt8(ascii: "c")): candidate = .counterparty
            case (12, UInt8(ascii: "i")): candidate = .illustrative
            default: candidate = nil
            }
            guard let f = candidate else { return nil }
            let name = names[f.rawValue]
            for j in 1..<n where buf[start + j] != name[j] { return nil }
            return f
        }

        /// A plain string: no escapes (`findObjectEnd` already refused those), no control
        /// characters, valid UTF-8, not blank — otherwise the general path explains.
        mutating func string(_ stop: Int) -> String? {
            guard let (r, ascii) = stringRange(stop) else { return nil }
            return makeString(r, ascii: ascii)
        }

        /// The bytes between the quotes of a string with no escape or control character (read).
        mutating func stringRange(_ stop: Int) -> (Range<Int>, Bool)? {
            guard buf[pos] == UInt8(ascii: "\"") else { return nil }
            let start = pos + 1
            var i = start
            var ascii = true
            // Eight bytes at a time: each byte that is a quote, a backslash, a control byte or
            // DEL is flagged exactly (no carry crosses bytes), and the first one decides.
            let found: Bool? = buf.withUnsafeBytes { b in
                let (ones, highs, lows) = (UInt64(0x0101_0101_0101_0101), UInt64(0x8080_8080_8080_8080), UInt64(0x7F7F_7F7F_7F7F_7F7F))
                @inline(__always) func zeros(_ x: UInt64) -> UInt64 { ~(((x & lows) &+ lows) | x) & highs }
                while i + 8 <= stop {
                    let w = b.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let below20 = ~(((w & lows) &+ ones &* 0x60) | w) & highs
                    let special = zeros(w ^ (ones &* 0x22)) | zeros(w ^ (ones &* 0x5C)) | zeros(w ^ lows) | below20
                    if special == 0 {
                        if w & highs != 0 { ascii = false }
                        i += 8
                        continue
                    }
                    let k = special.trailingZeroBitCount >> 3
                    if k > 0 && w & highs & (~UInt64(0) >> UInt64(64 - 8 * k)) != 0 { ascii = false }
                    i += k
                    return b[i] == UInt8(ascii: "\"")
                }
                return nil
            }
            if found == false { return nil }
            if found == nil {
                while i < stop {
                    let c = buf[i]
                    if c == UInt8(ascii: "\"") { break }
                    if c < 0x20 || c == 0x7F || c == UInt8(ascii: "\\") { return nil }
                    if c >= 0x80 { ascii = false }
                    i += 1
                }
            }
            guard i < stop, i > start else { return nil }
            pos = i + 1
            return (start..<i, ascii)
        }

        /// The string of those bytes: valid UTF-8, no control character, not blank.
        func makeString(_ r: Range<Int>, ascii: Bool) -> String? {
            let s: String? = buf.withUnsafeBufferPointer { b in
                let slice = UnsafeBufferPointer(rebasing: b[r])
                return ascii ? String(decoding: slice, as: UTF8.self) : String(validating: slice, as: UTF8.self)
            }
            guard let s else { return nil }
            if ascii {
                if s.utf8.allSatisfy({ $0 == 0x20 }) { return nil }
            } else if Sanitizer.hasControlCharacters(s) || s.allSatisfy(\.isWhitespace) {
                return nil
            }
            return s
        }

        /// Whole, non-negative, no leading zeros, at most 18 digits (always fits Int64).
        mutating func wholeNumber(_ stop: Int) -> Int64? {
            var v: Int64 = 0
            var n = 0
            while pos < stop, buf[pos] >= 0x30, buf[pos] <= 0x39 {
                if n == 18 { return nil } // a 19th digit could overflow: the general path decides
                v = v &* 10 &+ Int64(buf[pos] - 0x30)
                pos += 1
                n += 1
            }
            guard n > 0, !(n > 1 && buf[pos - n] == 0x30) else { return nil }
            guard pos < stop, buf[pos] == UInt8(ascii: ",") || buf[pos] == UInt8(ascii: "}") || buf[pos] <= 0x20 else { return nil }
            return v
        }

        /// A non-negative JSON number kept as its literal (`12`, `12.5`, `1e3`): its bytes (read).
        mutating func numberRange(_ stop: Int) -> Range<Int>? {
            let start = pos
            func digits() -> Int {
                var n = 0
                while pos < stop, buf[pos] >= 0x30, buf[pos] <= 0x39 { pos += 1; n += 1 }
                return n
            }
            let intDigits = digits()
            guard intDigits > 0, !(intDigits > 1 && buf[start] == 0x30) else { return nil }
            if pos < stop, buf[pos] == UInt8(ascii: ".") { pos += 1; guard digits() > 0 else { return nil } }
            if pos < stop, buf[pos] == UInt8(ascii: "e") || buf[pos] == UInt8(ascii: "E") {
                pos += 1
                if pos < stop, buf[pos] == UInt8(ascii: "+") || buf[pos] == UInt8(ascii: "-") { pos += 1 }
                guard digits() > 0 else { return nil }
            }
            guard pos - start <= 40, pos < stop,
                  buf[pos] == UInt8(ascii: ",") || buf[pos] == UInt8(ascii: "}") || buf[pos] <= 0x20 else { return nil }
            return start..<pos
        }

        func literal(_ r: Range<Int>) -> String {
            buf.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
        }

        mutating func boolean(_ stop: Int) -> Bool? {
            if pos + 4 <= stop, buf[pos] == UInt8(ascii: "t"), buf[pos + 1] == UInt8(ascii: "r"), buf[pos + 2] == UInt8(ascii: "u"), buf[pos + 3] == UInt8(ascii: "e") {
                pos += 4
                return true
            }
            if pos + 5 <= stop, buf[pos] == UInt8(ascii: "f"), buf[pos + 1] == UInt8(ascii: "a"), buf[pos + 2] == UInt8(ascii: "l"), buf[pos + 3] == UInt8(ascii: "s"), buf[pos + 4] == UInt8(ascii: "e") {
                pos += 5
                return false
            }
            return nil
        }
    }
}
