/// A decoder specialised for the journal's plain lines — the ones every writer of this version
/// makes, a million of them in an office's year: a recorded or corrected deal, a status change,
/// and the two lines around a batch.
///
/// It reads the line in place with the deals decoder's primitives (no tree, no per-field
/// dictionary, no diagnostics object) and accepts only what the general path would accept without
/// a word: known fields, each once, plain strings (no escapes, no control characters), this data
/// set, format 1 or 2. On anything else it returns nil and `Journal.decode` takes the general path,
/// which explains the line exactly as it always has. `InputChecks` (the fuzzer and the corpus test)
/// and `JournalFastLineTests` hold the two paths to the same answer.
enum JournalFastLine {
    static func decode(_ bytes: [UInt8], datasetId: String) -> Journal.Decoded? {
        decode(bytes, bytes.startIndex..<bytes.endIndex, datasetId: datasetId)
    }

    /// The line at `range` of `bytes`, read where it is (the buffer is shared, never copied).
    static func decode(_ bytes: [UInt8], _ range: Range<Int>, datasetId: String) -> Journal.Decoded? {
        guard range.count < DealsFastDecoder.maxObject else { return nil }
        var r = DealsFastDecoder.Reader(bytes, range)
        var rows: Journal.Rows?
        var decoded: [Journal.Decoded] = []
        return r.journalLine(datasetId: datasetId, rows: &rows, decoded: &decoded) <= -2 ? decoded[0] : nil
    }

    /// Every line of `ranges`, through one reader (its buffers and the strings it has seen are
    /// kept from line to line); single recorded deals become rows of one table.
    static func decodeAll(_ bytes: [UInt8], _ ranges: some Collection<Range<Int>>, datasetId: String) -> Journal.Part {
        var part = Journal.Part(lines: [], decoded: [], rows: Journal.Rows())
        part.lines.reserveCapacity(ranges.count)
        var r = DealsFastDecoder.Reader(bytes, 0..<0)
        var rows: Journal.Rows? = Journal.Rows()
        // Room for every line as a row (the common case), so the columns are not copied as they grow.
        rows?.deals.reserveCapacity(ranges.count)
        rows?.envelopes.reserveCapacity(ranges.count)
        rows?.idBytes.reserveCapacity(ranges.count * 16)
        for range in ranges {
            guard range.count < DealsFastDecoder.maxObject else { part.lines.append(Journal.Part.general); continue }
            r.reset(to: range)
            part.lines.append(r.journalLine(datasetId: datasetId, rows: &rows, decoded: &part.decoded))
        }
        part.rows = rows ?? Journal.Rows()
        part.rows.atoms = r.table.atoms
        return part
    }

    enum Key: Int {
        case v, datasetId, eventId, at, user, type, batch, undoes, basedOn, deal, actionId, status, previous, events
    }
}

extension DealsFastDecoder.Reader {
    /// A reader over one line of bytes already in memory (`range` of `bytes`).
    init(_ bytes: [UInt8], _ range: Range<Int>) {
        source = MemoryBytes([])
        limit = range.upperBound
        buf = bytes
        pos = range.lowerBound
        end = range.upperBound
        base = 0
        lineStart = range.lowerBound
        eof = true
    }

    /// Reads `range` of the same bytes next.
    mutating func reset(to range: Range<Int>) {
        limit = range.upperBound
        pos = range.lowerBound
        end = range.upperBound
        lineStart = range.lowerBound
        line = 1
    }

    /// A string the general path accepts as it is (valid UTF-8, no control character, not
    /// blank), as its bytes: made into a `String` only when needed.
    mutating func checkedRange(_ stop: Int) -> (Range<Int>, Bool)? {
        guard let (r, ascii) = stringRange(stop) else { return nil }
        if ascii {
            for i in r where buf[i] != 0x20 { return (r, ascii) }
            return nil
        }
        return makeString(r, ascii: false) == nil ? nil : (r, ascii)
    }

    /// The fields of a line, or `.general` for anything the general path should judge. With
    /// `rows`, a single recorded deal is added to them (and to `table`) instead of made a `Deal`.
    mutating func journalLine(datasetId: String, rows: inout Journal.Rows?, decoded: inout [Journal.Decoded]) -> Int32 {
        typealias K = JournalFastLine.Key
        let stop = end, start = pos
        if rows != nil, let row = writersRecordedDeal(datasetId: datasetId, rows: &rows) { return Int32(row) }
        pos = start
        skipInside(stop)
        guard pos < stop, buf[pos] == UInt8(ascii: "{") else { return Journal.Part.general }
        pos += 1
        var seen: UInt32 = 0
        var v: Int64?, events: Int64?
        var dataset, user, type, batch, undoes, basedOn, actionId, status, previous: String?
        var eventId, at: (Range<Int>, Bool)?
        var deal: DealRow?
        members: while true {
            switch nextMember(stop, seen: seen) {
            case .end: break members
            case .malformed: return Journal.Part.general
            case .key: break
            }
            guard let k = journalKey(stop), valueStart(stop, bit: 1 << UInt32(k.rawValue), seen: &seen),
                  let isNull = null(stop) else { return Journal.Part.general }
            if isNull {
                // null: absent, for the optional fields only.
                switch k {
                case .batch, .undoes, .basedOn, .previous: continue
                default: return Journal.Part.general
                }
            }
            switch k {
            case .v: guard let n = wholeNumber(stop) else { return Journal.Part.general }; v = n
            case .events: guard let n = wholeNumber(stop) else { return Journal.Part.general }; events = n
            case .deal:
                guard buf[pos] == UInt8(ascii: "{"), let d = parseRow(until: stop) else { return Journal.Part.general }
                deal = d
            case .eventId: guard let s = checkedRange(stop) else { return Journal.Part.general }; eventId = s
            case .at: guard let s = checkedRange(stop) else { return Journal.Part.general }; at = s
            default:
                // The data set, the user and the type repeat from line to line: made once per reader.
                let repeats = k == .datasetId || k == .user || k == .type
                guard let s = repeats ? repeatedString(stop) : string(stop) else { return Journal.Part.general }
                switch k {
                case .datasetId: dataset = s
                case .user: user = s
                case .type: type = s
                case .batch: batch = s
                case .undoes: undoes = s
                case .basedOn: basedOn = s
                case .actionId: actionId = s
                case .status: status = s
                case .previous: previous = s
                case .v, .events, .deal, .eventId, .at: return Journal.Part.general
                }
            }
        }
        skipInside(stop)
        guard pos == stop, let v, v == 1 || v == 2, dataset == datasetId, let type else { return Journal.Part.general }
        // Format 1 has no batches: the general path does not read the field there.
        let batchId = v == 2 ? batch : nil
        if type == "batchBegin" || type == "batchCommit" {
            guard let batchId, let events, events > 0 else { return Journal.Part.general }
            decoded.append(type == "batchBegin" ? .batchBegin(id: batchId, events: Int(events)) : .batchCommit(id: batchId, events: Int(events)))
            return -1 - Int32(decoded.count)
        }
        guard let eventId, let at, let user else { return Journal.Part.general }
        let body: JournalEvent.Body
        switch type {
        case "dealRecorded", "dealCorrected":
            guard let deal, actionId == nil, status == nil, previous == nil, events == nil else { return Journal.Part.general }
            if type == "dealRecorded", batchId == nil, undoes == nil, basedOn == nil, rows != nil {
                if rows != nil, let u = rows?.user(user), let k = rows?.add(deal, eventId: eventId.0, at: at.0, user: u, in: buf) { return Int32(k) }
            }
            body = type == "dealRecorded" ? .dealRecorded(table.deal(of: deal)) : .dealCorrected(table.deal(of: deal))
        case "actionStatusSet":
            guard let actionId, let s = status.flatMap(FollowUpAction.Status.init(rawValue:)), deal == nil, events == nil else { return Journal.Part.general }
            var before: FollowUpAction.Status?
            if let previous {
                guard let p = FollowUpAction.Status(rawValue: previous) else { return Journal.Part.general }
                before = p
            }
            body = .actionStatusSet(actionId: actionId, status: s, previous: before)
        default:
            return Journal.Part.general
        }
        guard let id = makeString(eventId.0, ascii: eventId.1), let time = makeString(at.0, ascii: at.1) else { return Journal.Part.general }
        decoded.append(.event(JournalEvent(eventId: id, at: time, user: user, body: body, undoes: undoes, basedOn: basedOn), batch: batchId))
        return -1 - Int32(decoded.count)
    }

    /// A single recorded deal exactly as this version's writer lays it out (`JournalEvent.line`):
    /// `{"v":1,"datasetId":"…","eventId":"…","at":"…","user":"…","type":"dealRecorded","deal":{…}}`
    /// — matched as literal bytes around the four values, so the keys are not searched for one by
    /// one. The values are checked as `journalLine` checks them, so a line that matches is read
    /// exactly as the member-by-member path reads it; any other line (nil) goes that way.
    mutating func writersRecordedDeal(datasetId: String, rows: inout Journal.Rows?) -> Int? {
        if journalHead.isEmpty {
            // A data set id the writer would escape never matches its bytes: no template then.
            let id = Array(datasetId.utf8)
            guard !id.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) else { return nil }
            journalHead = Array(#"{"v":1,"datasetId":""#.utf8) + id + Array(#"","eventId":"#.utf8)
        }
        let stop = end
        guard rows != nil, literal(journalHead, stop), let eventId = checkedRange(stop), literal(journalLiterals.at, stop),
              let at = checkedRange(stop), literal(journalLiterals.user, stop), let (userBytes, userASCII) = stringRange(stop),
              literal(journalLiterals.dealRecorded, stop), pos < stop, buf[pos] == UInt8(ascii: "{"),
              let deal = parseRow(until: stop), pos < stop, buf[pos] == UInt8(ascii: "}") else { return nil }
        pos += 1
        skipInside(stop)
        guard pos == stop else { return nil }
        // The user: the last row's when the bytes are the same (most lines), else read as
        // `repeatedString` reads it (and checked so).
        let user: Int
        if let same = rows?.sameUser(userBytes, in: buf) {
            user = same
        } else {
            guard let name = cached(userBytes, userASCII), let u = rows?.user(name) else { return nil }
            user = u
        }
        rows?.lastUser = (userBytes, user)
        // The deal id's hash from its bytes, as `DealIdIndex.hash` makes it of an ASCII id.
        let id = Field.id.rawValue
        let dealHash = fields.ascii[id] ? fields.text[id].map { r in buf.withUnsafeBufferPointer { AtomBytes.hash(UnsafeBufferPointer(rebasing: $0[r])) } } : nil
        return rows?.add(deal, eventId: eventId.0, at: at.0, user: user, dealHash: dealHash, in: buf)
    }

    /// Whether `bytes` come next (read if so).
    @inline(__always)
    mutating func literal(_ bytes: [UInt8], _ stop: Int) -> Bool {
        let n = bytes.count
        guard pos + n <= stop else { return false }
        guard sameBytes(at: pos, bytes, 0, n) else { return false }
        pos += n
        return true
    }

    /// A key of the line's envelope (or of the bodies decoded here), confirmed byte for byte.
    mutating func journalKey(_ stop: Int) -> JournalFastLine.Key? {
        let start = pos + 1
        var i = start
        while i < stop && buf[i] != UInt8(ascii: "\"") { i += 1 }
        guard i < stop else { return nil }
        pos = i + 1
        let candidate: JournalFastLine.Key?
        switch (i - start, buf[start]) {
        case (1, UInt8(ascii: "v")): return .v
        case (2, UInt8(ascii: "a")): candidate = .at
        case (4, UInt8(ascii: "u")): candidate = .user
        case (4, UInt8(ascii: "t")): candidate = .type
        case (4, UInt8(ascii: "d")): candidate = .deal
        case (5, UInt8(ascii: "b")): candidate = .batch
        case (6, UInt8(ascii: "u")): candidate = .undoes
        case (6, UInt8(ascii: "s")): candidate = .status
        case (6, UInt8(ascii: "e")): candidate = .events
        case (7, UInt8(ascii: "e")): candidate = .eventId
        case (7, UInt8(ascii: "b")): candidate = .basedOn
        case (8, UInt8(ascii: "a")): candidate = .actionId
        case (8, UInt8(ascii: "p")): candidate = .previous
        case (9, UInt8(ascii: "d")): candidate = .datasetId
        default: candidate = nil
        }
        guard let k = candidate else { return nil }
        let name = journalNames[k.rawValue]
        guard name.count == i - start else { return nil }
        for j in 1..<name.count where buf[start + j] != name[j] { return nil }
        return k
    }
}

extension JournalFastLine {
    static let atKey = Array(#","at":"#.utf8)
    static let userKey = Array(#","user":"#.utf8)
    static let dealRecordedKeys = Array(#","type":"dealRecorded","deal":"#.utf8)
    static let names: [[UInt8]] = ["v", "datasetId", "eventId", "at", "user", "type", "batch", "undoes", "basedOn", "deal",
                                   "actionId", "status", "previous", "events"].map { Array($0.utf8) }
}
