import Foundation
import ArgumentParser
import CSV
import TradeModel
import TradeStore

/// The desk's spreadsheet of deals, read and written with CSV.swift (a CSV package, not a
/// hand-written parser). Columns are documented in docs/SCHEMA.md.
enum DealCSV {
    static let columns = ["id", "mission", "direction", "commodity", "product", "quantity", "unit", "valueRupiah",
                          "party", "counterparty", "description", "status", "kind", "source", "note"]
    static let required = ["mission", "direction", "valueRupiah"]

    /// What is wrong with one row (line 0: the file as a whole).
    struct RowError: Error { var line: Int; var message: String }
    /// Why nothing of the file is recorded: one bad row, or every row that needs `--confirm-large`
    /// (`needsFlag`, a usage error rather than bad data).
    struct Refusal: Error {
        var errors: [RowError]
        var needsFlag = false
        init(line: Int, message: String) { errors = [RowError(line: line, message: message)] }
        init(large: [RowError]) { errors = large; needsFlag = true }
        init(errors: [RowError]) { self.errors = errors }
    }

    /// The deals a file adds, and how many of its rows were skipped as recorded already, identical.
    struct Rows { var deals: [Deal]; var skipped = 0 }

    /// Reads every row into deals; any bad row fails the whole file, naming its line. Rows from
    /// Rp50 miliar up are listed and refused unless `confirmLarge`. With `skipExisting`, a row whose
    /// id is recorded with the same content is skipped and counted, and one with other content is a
    /// bad row naming the field (`DealCSV+Existing`). Reasons are in `lang`.
    static func read(path: String, ds: Dataset, user: String, confirmLarge: Bool = false, skipExisting: Bool = false, lang l: Language,
                     progress: ((Int) -> Void)? = nil) -> Result<Rows, Refusal> {
        // Read whole (capped at 1 GiB) and check the encoding first: the library's stream reader
        // reports an error at every end of file on Linux, so a string is what it is given.
        let bytes: [UInt8]
        switch FileReader.contents(of: path) {
        case .failure(let f): return .failure(Refusal(line: 0, message: f.sentence))
        case .success(let b): bytes = b
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let bad = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0
            return .failure(Refusal(line: bad + 1, message: CLIText.notUTF8(l)))
        }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: delimiter(of: text)) } catch {
            return .failure(Refusal(line: 1, message: CLIText.headerUnreadable("\(error)", l)))
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingSpaces.replacingOccurrences(of: "\u{FEFF}", with: "") }
        var col: [String: Int] = [:]
        for (i, h) in header.enumerated() {
            let name = h == "value" ? "valueRupiah" : h
            guard columns.contains(name) else {
                return .failure(Refusal(line: 1, message: CLIText.unknownColumn(Sanitizer.line(h), columns: columns.joined(separator: ", "), l)))
            }
            // Two columns for one field: which one holds the figure cannot be guessed.
            if let first = col[name] {
                return .failure(Refusal(line: 1, message: CLIText.columnTwice(name, first + 1, i + 1, l)))
            }
            col[name] = i
        }
        for r in required where col[r] == nil {
            return .failure(Refusal(line: 1, message: CLIText.columnMissing(r, l)))
        }
        let places = DealDesk.places(ds)
        var ids = Set(ds.deals.map(\.id))
        let recorded = skipExisting ? Recorded(ds) : nil
        var skipped = 0
        let base = (path as NSString).lastPathComponent
        var deals: [Deal] = []
        var large: [RowError] = []
        var madeAt: [String: Int] = [:]
        var line = 2
        while let raw = reader.next() {
            // What export-deals guarded against spreadsheet formulas, back as it was (`'=x` → `=x`).
            let row = raw.map(CSVField.unguarded)
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
            if row.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            func field(_ name: String) -> String? {
                guard let i = col[name], i < row.count else { return nil }
                let v = row[i].trimmingSpaces
                return v.isEmpty ? nil : v
            }
            func bad(_ m: String) -> Result<Rows, Refusal> { .failure(Refusal(line: rowLine, message: m)) }
            if row.count != header.count { return bad(CLIText.fieldCount(row.count, header: header.count, l)) }
            guard let dirText = field("direction"), let dir = Deal.Direction(rawValue: dirText.lowercased()) else {
                return bad(CLIText.directionInvalid(l))
            }
            let value: Int64
            switch RupiahInput.parse(field("valueRupiah") ?? "", .id) {
            case .success(let v): value = v
            case .failure(let f): return bad("valueRupiah: " + f.sentence(l, reading: .id))
            }
            var quantity: String?
            if let q = field("quantity") {
                switch QuantityInput.parse(q, .id) {
                case .success(let t): quantity = t
                case .failure(let f): return bad("quantity: " + f.sentence(l, reading: .id))
                }
            }
            let status = field("status").map { Deal.Status(rawValue: $0) } ?? .committed
            // A withdrawn deal is never imported; one recorded so is skipped below when identical.
            guard let status, status != .withdrawn || recorded != nil else { return bad(CLIText.rowStatusInvalid(l)) }
            let kind = field("kind").map { Deal.Kind(rawValue: $0) } ?? .itemised
            guard let kind else { return bad(CLIText.kindInvalid(l)) }
            let commodity = field("commodity")
            // Without an id, the row's content makes one — not the file's name or the row's line — so the
            // same rows saved as "desk (1).csv", reordered or retyped ("1,25 miliar") are refused as imported.
            let content = [field("mission"), dir.rawValue, commodity, field("product"), field("description"), quantity, field("unit"),
                           String(value), field("party"), field("counterparty"), status.rawValue, kind.rawValue, field("source"), field("note")]
            let id = field("id") ?? "csv-" + String(fnv(content.map { $0 ?? "" }.joined(separator: "\u{1F}")), radix: 36)
            if field("id") == nil {
                if let first = madeAt[id] { return bad(CLIText.repeatsLine(first, l)) }
                // Before content ids, an id was made from the file name, line and row: those imports count too.
                let legacy = "csv-" + String(fnv(base + "|" + String(rowLine) + "|" + raw.joined(separator: "\u{1F}")), radix: 36)
                if let recorded, recorded.holds(id) || recorded.holds(legacy) {
                    // The id is the content: recorded means recorded the same.
                    skipped += 1
                    continue
                }
                if ids.contains(id) || ids.contains(legacy) {
                    return bad(CLIText.alreadyRecorded(ids.contains(id) ? id : legacy, l))
                }
                madeAt[id] = rowLine
            }
            let deal = Deal(id: id, mission: field("mission") ?? "", direction: dir, commodity: commodity, product: field("product"),
                            description: field("description"), quantity: quantity,
                            unit: field("unit") ?? (quantity != nil ? commodity.flatMap { ds.commodity($0)?.unit } : nil),
                            valueRupiah: value, status: status, kind: kind, party: field("party"), counterparty: field("counterparty"),
                            source: field("source") ?? "import:" + base + " (" + user + ")", note: field("note").map { LocalText($0) })
            if let recorded, let earlier = recorded.deal(id, in: ds) {
                if let d = difference(deal, earlier, columns: header) { return bad(CLIText.recordedOtherwise(id, d.column, recorded: d.recorded, here: d.here, l)) }
                skipped += 1
                continue
            }
            // Its id recorded before this file (an exported file imported again, most likely): say how to skip it.
            if recorded == nil, field("id") != nil, ds.deals.position(ofId: id) != nil { return bad(CLIText.idRecorded(Sanitizer.line(id), l)) }
            if status == .withdrawn { return bad(CLIText.rowStatusInvalid(l)) }
            // Refused here, naming the row, rather than by the journal after reading everything.
            let size = row.reduce(0) { $0 + $1.utf8.count }
            if size > Journal.maxLineBytes - 4096 {
                return bad(CLIText.rowTooBig(size, mib: Journal.maxLineBytes >> 20, l))
            }
            let problems = DealDesk.problems(deal, in: ds, places: places, dealIds: ids, lang: l)
            if let p = problems.first { return bad(p) }
            if !confirmLarge && DealDesk.needsConfirmation(deal) {
                large.append(RowError(line: rowLine, message: "valueRupiah " + CLIText.largeValue(value, l)))
            }
            ids.insert(id)
            deals.append(deal)
            if deals.count % 10_000 == 0 { progress?(deals.count) }
        }
        if let e = reader.error { return .failure(Refusal(line: line, message: CLIText.cannotBeRead("\(e)", l))) }
        if !large.isEmpty { return .failure(Refusal(large: large)) }
        return .success(Rows(deals: deals, skipped: skipped))
    }

    static func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The delimiter the header row uses: of `,` `;` and TAB, the one that splits it into the most
    /// column names this file may hold (`,` when none does better). A header holds only names, so
    /// this is never a guess about data: a file saved by Excel in an Indonesian locale (`;`) reads
    /// as one saved in an English one (`,`).
    static func delimiter(of text: String) -> Unicode.Scalar {
        let first = text.prefix { $0 != "\n" && $0 != "\r\n" }.replacingOccurrences(of: "\u{FEFF}", with: "")
        var best: (Unicode.Scalar, Int) = (",", 0)
        for d: Unicode.Scalar in [",", ";", "\t"] {
            let names = first.unicodeScalars.split(separator: d).map {
                String(String.UnicodeScalarView($0)).replacingOccurrences(of: "\"", with: "").trimmingSpaces
            }
            let known = names.filter { columns.contains($0) || $0 == "value" }.count
            if known > best.1 { best = (d, known) }
        }
        return best.0
    }

    /// A stored quantity (a JSON number) as the import reads it back: `12.5` → `12,5`. Three
    /// decimals after a small whole part get a fourth (`1.125` → `1,1250`), as the import refuses
    /// `1,125`, which English reads as a thousand one hundred twenty-five.
    static func exported(quantity stored: String) -> String {
        let typed = QuantityInput.typed(stored, .id)
        let parts = typed.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2, parts[1].count == 3, parts[0].count <= 3, parts[0] != "0", parts[1].allSatisfy(\.isNumber) {
            return typed + "0"
        }
        return typed
    }

    /// Every deal (fixtures + journal) in the import's columns, values as whole rupiah, laid out
    /// in `style`; every field sanitised and guarded against spreadsheet formulas (`CSVField`).
    static func write(_ deals: some Collection<Deal>, style: CSVStyle) -> String {
        var out = style.bom ? "\u{FEFF}" : ""
        out += style.record(columns)
        for d in deals { out += style.record(fields(d)) }
        return out
    }
}
