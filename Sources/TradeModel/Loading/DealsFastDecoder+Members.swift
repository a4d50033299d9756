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
        members: while true {
            switch nextMember(stop, seen: seen) {
            case .end: break members
            case .malformed: return false
            case .key: break
            }
            guard let field = key(stop), valueStart(stop, bit: 1 << UInt32(field.rawValue), seen: &seen),
                  let isNull = null(stop) else { return false }
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

    /// The field's string: nil inside when absent, nil outside when it is not a plain string.
    func text(_ f: Field) -> String?? {
        guard let r = fields.text[f.rawValue] else { return .some(nil) }
        return makeString(r, ascii: fields.ascii[f.rawValue]).map { .some($0) }
    }

    /// The deal as a value (a journal line's deal).
    mutating func parseObject(until stop: Int) -> Deal? {
        guard members(until: stop) else { return nil }
        var s = [String?](repeating: nil, count: Field.allCases.count)
        for f in Field.allCases where fields.text[f.rawValue] != nil {
            guard let t = text(f), let t else { return nil }
            s[f.rawValue] = t
        }
        let m = fields
        guard let id = s[Field.id.rawValue], let mission = s[Field.mission.rawValue],
              let dir = s[Field.direction.rawValue].flatMap(Deal.Direction.init(rawValue:)),
              let st = s[Field.status.rawValue].flatMap(Deal.Status.init(rawValue:)),
              let k = s[Field.kind.rawValue].flatMap(Deal.Kind.init(rawValue:)), let value = m.value,
              let source = s[Field.source.rawValue] else { return nil }
        return Deal(id: id, mission: mission, direction: dir, commodity: s[Field.commodity.rawValue], product: s[Field.product.rawValue],
                    description: s[Field.description.rawValue], quantity: m.quantity.map(literal), unit: s[Field.unit.rawValue],
                    valueRupiah: value, status: st, kind: k, includedIn: s[Field.includedIn.rawValue], party: s[Field.party.rawValue],
                    counterparty: s[Field.counterparty.rawValue], period: s[Field.period.rawValue], illustrative: m.illustrative,
                    source: source, note: s[Field.note.rawValue].map { LocalText($0) })
    }
}
