/// The steps of reading one member of a plain JSON object in place, shared by the deals decoder
/// and the journal's line decoder: each refuses (false, `.malformed`) what the general path
/// should judge, and never moves past it.
extension DealsFastDecoder.Reader {
    enum Member { case end, key, malformed }

    /// Where a member may start: `}` closes the object (read), else — after the first member
    /// (`seen` not empty) — a `,` (read). Leaves the reader at the key's opening quote.
    mutating func nextMember(_ stop: Int, seen: UInt32) -> Member {
        skipInside(stop)
        guard pos < stop else { return .malformed }
        if buf[pos] == UInt8(ascii: "}") { pos += 1; return .end }
        if seen != 0 {
            guard buf[pos] == UInt8(ascii: ",") else { return .malformed }
            pos += 1
            skipInside(stop)
        }
        return pos < stop && buf[pos] == UInt8(ascii: "\"") ? .key : .malformed
    }

    /// After a key: its first time in the object (`bit` not yet in `seen`), then the colon.
    /// Leaves the reader at the value.
    mutating func valueStart(_ stop: Int, bit: UInt32, seen: inout UInt32) -> Bool {
        if seen & bit != 0 { return false }
        seen |= bit
        skipInside(stop)
        guard pos < stop, buf[pos] == UInt8(ascii: ":") else { return false }
        pos += 1
        skipInside(stop)
        return pos < stop
    }

    /// A `null` value (read: true), another value (false), or something that starts like `null`
    /// and is not (nil).
    mutating func null(_ stop: Int) -> Bool? {
        guard buf[pos] == UInt8(ascii: "n") else { return false }
        guard pos + 4 <= stop, buf[pos + 1] == UInt8(ascii: "u"), buf[pos + 2] == UInt8(ascii: "l"), buf[pos + 3] == UInt8(ascii: "l") else { return nil }
        pos += 4
        return true
    }

    /// One deal object's members as they lie in the buffer: strings as ranges (checked for
    /// quotes, escapes and control characters; UTF-8 and blanks are checked when a string is made).
    struct Members {
        var text = [Range<Int>?](repeating: nil, count: Field.allCases.count)
        var ascii = [Bool](repeating: true, count: Field.allCases.count)
        var value: Int64?
        var quantity: Range<Int>?
        var illustrative = false
    }

    /// Reads the object's members into `fields` (reused from object to object: no allocation).
    mutating func members(until stop: Int) -> Bool {
        pos += 1
        for i in fields.text.indices { fields.text[i] = nil }
        fields.value = nil
        fields.quantity = nil
        fields.illustrative = false
        var seen: UInt32 = 0
        var previous = Field.allCases.count
        members: while true {
            let field: Field
            if let f = expectedMember(stop, after: previous, seen: &seen) {
                field = f
            } else {
                let from = pos
                switch nextMember(stop, seen: seen) {
                case .end: break members
                case .malformed: return false
                case .key: break
                }
                guard let f = key(stop), valueStart(stop, bit: 1 << UInt32(f.rawValue), seen: &seen) else { return false }
                field = f
                remember(Range(uncheckedBounds: (from, pos)), field, after: previous)
            }
            guard let isNull = null(stop) else { return false }
            previous = field.rawValue
            if isNull {
                // null: absent for optional fields; required ones go to the general path.
                switch field {
                case .id, .mission, .direction, .valueRupiah, .status, .kind, .source: return false
                default: continue
                }
            }
            switch field {
            case .valueRupiah:
                guard let v = wholeNumber(stop) else { return false }
                fields.value = v
            case .quantity:
                guard let q = numberRange(stop) else { return false }
                fields.quantity = q
            case .illustrative:
                guard let b = boolean(stop) else { return false }
                fields.illustrative = b
            default:
                guard let (r, ascii) = stringRange(stop) else { return false }
                fields.text[field.rawValue] = r
                fields.ascii[field.rawValue] = ascii
            }
        }
        return true
    }

    /// The objects of one file nearly always list their keys in one order and one layout. So the
    /// reader remembers, for each field, the bytes that led from the end of its value to the next
    /// value in the last object (`, "mission": `) and which field that was; when the same bytes
    /// come next, that field's value starts right after them: one compare instead of finding the
    /// comma, the key's quotes, matching the key and finding the colon. The bytes remembered were
    /// read by `nextMember`, `key` and `valueStart`, so they are exactly what those accept. Nil:
    /// read member by member.
    /// Two followers are kept for each field (an optional field present in some objects and not
    /// in others makes two orders), the last one seen first.
    @inline(__always)
    mutating func expectedMember(_ stop: Int, after previous: Int, seen: inout UInt32) -> Field? {
        for way in 0..<2 {
            let slot = previous * 2 + way
            let k = Int(keyAfter[slot])
            guard k >= 0 else { return nil }
            let n = Int(gapLength[slot])
            guard pos + n < stop, sameBytes(at: pos, gaps, slot * Self.gapRoom, n) else { continue }
            let bit: UInt32 = 1 << UInt32(k)
            if seen & bit != 0 { return nil }
            seen |= bit
            pos += n
            return Field(rawValue: k)
        }
        return nil
    }

    /// Whether `buf[at..<at + n]` equals `other[from..<from + n]` (both in bounds), a word at a time.
    @inline(__always)
    func sameBytes(at: Int, _ other: [UInt8], _ from: Int, _ n: Int) -> Bool {
        guard n > 0 else { return true }
        return buf.withUnsafeBytes { b in other.withUnsafeBytes { o in Bytes.same(b.baseAddress! + at, o.baseAddress! + from, n) } }
    }

    static let gapRoom = 32

    /// Remembers that `field` followed `previous`, its value after the bytes at `r` (the follower
    /// remembered before moves to the second place).
    mutating func remember(_ r: Range<Int>, _ field: Field, after previous: Int) {
        let (first, second) = (previous * 2, previous * 2 + 1)
        guard r.count <= Self.gapRoom else { return }
        keyAfter[second] = keyAfter[first]
        gapLength[second] = gapLength[first]
        for j in 0..<Self.gapRoom { gaps[second * Self.gapRoom + j] = gaps[first * Self.gapRoom + j] }
        keyAfter[first] = Int8(field.rawValue)
        gapLength[first] = UInt8(r.count)
        for j in 0..<r.count { gaps[first * Self.gapRoom + j] = buf[r.lowerBound + j] }
    }

    /// The field's string: nil inside when absent, nil outside when it is not a plain string.
    func text(_ f: Field) -> String?? {
        guard let r = fields.text[f.rawValue] else { return .some(nil) }
        return makeString(r, ascii: fields.ascii[f.rawValue]).map { .some($0) }
    }

    /// Whether any out-of-line field (`Deal.Extra`) is present.
    var hasExtraFields: Bool {
        fields.text[Field.product.rawValue] != nil || fields.text[Field.description.rawValue] != nil
            || fields.text[Field.includedIn.rawValue] != nil || fields.text[Field.party.rawValue] != nil
            || fields.text[Field.counterparty.rawValue] != nil || fields.text[Field.period.rawValue] != nil
            || fields.text[Field.note.rawValue] != nil
    }

    /// As `string`, for a value that repeats from line to line (a user, a data set): made once (`cached`).
    mutating func repeatedString(_ stop: Int) -> String? {
        guard let (r, ascii) = stringRange(stop) else { return nil }
        return cached(r, ascii)
    }

    /// The string of these bytes, made (and checked) the first time this reader saw them.
    mutating func cached(_ r: Range<Int>, _ ascii: Bool) -> String? {
        if let k = buf.withUnsafeBufferPointer({ stringBytes.find(UnsafeBufferPointer(rebasing: $0[r])) }) { return strings[Int(k)] }
        guard let s = makeString(r, ascii: ascii) else { return nil }
        if strings.count < 1 << 16 { // a journal of all-different values keeps no more
            buf.withUnsafeBufferPointer { stringBytes.store(UnsafeBufferPointer(rebasing: $0[r]), UInt32(strings.count)) }
            strings.append(s)
        }
        return s
    }
}
