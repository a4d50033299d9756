/// deals.json's objects straight into a `DealTable`'s fields: a mission, commodity, unit or
/// source seen before is found from its bytes (no `String` made, no UTF-8 checked again), the
/// enums are matched on their bytes, and a whole-number quantity is kept as its number.
extension DealsFastDecoder.Reader {
    typealias Field = DealsFastDecoder.Field

    mutating func parseRow(until stop: Int) -> DealRow? {
        guard members(until: stop) else { return nil }
        guard let idRange = fields.text[Field.id.rawValue], let id = makeString(idRange, ascii: fields.ascii[Field.id.rawValue]),
              let mission = atom(.mission), mission != 0, let commodity = atom(.commodity), let unit = atom(.unit),
              let source = atom(.source), source != 0,
              let dir = word(.direction, words.0), let st = word(.status, words.1),
              let kind = word(.kind, words.2), let value = fields.value else { return nil }
        var quantity: Int64 = -1
        if let q = fields.quantity {
            let literal = literal(q)
            quantity = DealRow.wholeQuantity(literal) ?? -2 - Int64(table.atoms.intern(literal))
        }
        var extra: Deal.Extra?
        if hasExtraFields {
            guard let p = text(.product), let d = text(.description), let i = text(.includedIn), let pa = text(.party),
                  let c = text(.counterparty), let pe = text(.period), let n = text(.note) else { return nil }
            extra = Deal.Extra.make(p, d, i, pa, c, pe, n.map { LocalText($0) })
        }
        return DealRow(id: id, mission: mission, commodity: commodity, unit: unit, source: source, quantity: quantity,
                       value: value, flags: UInt8(dir) | UInt8(st) << 2 | UInt8(kind) << 4 | (fields.illustrative ? 64 : 0),
                       extra: extra)
    }

    /// The field's atom (0 when absent); nil when the string is not one the general path would
    /// accept without a word.
    mutating func atom(_ f: Field) -> UInt32? {
        guard let r = fields.text[f.rawValue] else { return 0 }
        if let a = buf.withUnsafeBufferPointer({ atomBytes.find(UnsafeBufferPointer(rebasing: $0[r])) }) { return a }
        guard let s = makeString(r, ascii: fields.ascii[f.rawValue]) else { return nil }
        let a = table.atoms.intern(s)
        buf.withUnsafeBufferPointer { atomBytes.store(UnsafeBufferPointer(rebasing: $0[r]), a) }
        return a
    }

    /// The position of the field's bytes among `words` (an enum's raw values, in `index` order).
    func word(_ f: Field, _ words: [[UInt8]]) -> Int? {
        guard let r = fields.text[f.rawValue] else { return nil }
        next: for (k, w) in words.enumerated() where w.count == r.count {
            for j in 0..<w.count where buf[r.lowerBound + j] != w[j] { continue next }
            return k
        }
        return nil
    }
}

extension DealsFastDecoder {
    static let directions = Deal.Direction.allCases.sorted { $0.index < $1.index }.map { Array($0.rawValue.utf8) }
    static let statuses = Deal.Status.allCases.sorted { $0.index < $1.index }.map { Array($0.rawValue.utf8) }
    static let kinds = Deal.Kind.allCases.sorted { $0.index < $1.index }.map { Array($0.rawValue.utf8) }
}
