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
}
