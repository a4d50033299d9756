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

    struct RowError: Error { var line: Int; var message: String }

    /// Reads every row into deals; any bad row fails the whole file, naming its line.
    static func read(path: String, ds: Dataset, user: String, progress: ((Int) -> Void)? = nil) -> Result<[Deal], RowError> {
        // Read whole (capped at 1 GiB) and check the encoding first: the library's stream reader
        // reports an error at every end of file on Linux, so a string is what it is given.
        let bytes: [UInt8]
        switch FileReader.contents(of: path) {
        case .failure(let f): return .failure(RowError(line: 0, message: f.sentence))
        case .success(let b): bytes = b
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let bad = lines.firstIndex { String(validating: $0, as: UTF8.self) == nil } ?? 0
            return .failure(RowError(line: bad + 1, message: "is not valid UTF-8 text (save the spreadsheet as CSV UTF-8)"))
        }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true) } catch {
            return .failure(RowError(line: 1, message: "cannot read the header row (\(error))"))
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingSpaces.replacingOccurrences(of: "\u{FEFF}", with: "") }
        var col: [String: Int] = [:]
        for (i, h) in header.enumerated() {
            let name = h == "value" ? "valueRupiah" : h
            guard columns.contains(name) else {
                return .failure(RowError(line: 1, message: "unknown column \"\(Sanitizer.line(h))\"; the columns are \(columns.joined(separator: ", "))"))
            }
            col[name] = i
        }
        for r in required where col[r] == nil {
            return .failure(RowError(line: 1, message: "the required column \"\(r)\" is missing"))
        }
        let places = DealDesk.places(ds)
        var ids = Set(ds.deals.map(\.id))
        let base = (path as NSString).lastPathComponent
        var deals: [Deal] = []
        var line = 2
        while let row = reader.next() {
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
            if row.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            func field(_ name: String) -> String? {
                guard let i = col[name], i < row.count else { return nil }
                let v = row[i].trimmingSpaces
                return v.isEmpty ? nil : v
            }
            func bad(_ m: String) -> Result<[Deal], RowError> { .failure(RowError(line: rowLine, message: m)) }
            if row.count != header.count { return bad("has \(row.count) fields; the header has \(header.count)") }
            guard let dirText = field("direction"), let dir = Deal.Direction(rawValue: dirText.lowercased()) else {
                return bad("direction must be sell, buy, investment or unspecified")
            }
            let value: Int64
            switch RupiahInput.parse(field("valueRupiah") ?? "") {
            case .success(let v): value = v
            case .failure(let f): return bad("valueRupiah: " + f.sentence(.en))
            }
            var quantity: String?
            if let q = field("quantity") {
                guard let t = DealDesk.quantityText(q) else { return bad("quantity \"\(Sanitizer.line(q))\" is not a number") }
                quantity = t
            }
            let status = field("status").map { Deal.Status(rawValue: $0) } ?? .committed
            guard let status, status != .withdrawn else { return bad("status must be reported, committed or validated") }
            let kind = field("kind").map { Deal.Kind(rawValue: $0) } ?? .itemised
            guard let kind else { return bad("kind must be itemised, publishedAggregate, letterOfIntent or unallocated") }
            // Without an id, the row's line and content make one, so importing a file twice is refused.
            let id = field("id") ?? "csv-" + String(fnv(base + "|" + String(rowLine) + "|" + row.joined(separator: "\u{1F}")), radix: 36)
            let commodity = field("commodity")
            let deal = Deal(id: id, mission: field("mission") ?? "", direction: dir, commodity: commodity, product: field("product"),
                            description: field("description"), quantity: quantity,
                            unit: field("unit") ?? (quantity != nil ? commodity.flatMap { ds.commodity($0)?.unit } : nil),
                            valueRupiah: value, status: status, kind: kind, party: field("party"), counterparty: field("counterparty"),
                            source: field("source") ?? "import:" + base + " (" + user + ")", note: field("note"))
            let problems = DealDesk.problems(deal, in: ds, places: places, dealIds: ids)
            if let p = problems.first { return bad(p) }
            ids.insert(id)
            deals.append(deal)
            if deals.count % 10_000 == 0 { progress?(deals.count) }
        }
        if let e = reader.error { return .failure(RowError(line: line, message: "cannot be read (\(e))")) }
        return .success(deals)
    }

    static func fnv(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Every deal (fixtures + journal) in the import's columns, values as whole rupiah.
    static func write(_ deals: [Deal]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let w = try CSVWriter(stream: stream)
        try w.write(row: columns)
        for d in deals {
            w.beginNewRow()
            let fields = [d.id, d.mission, d.direction.rawValue, d.commodity ?? "", d.product ?? "", d.quantity ?? "", d.unit ?? "",
                          String(d.valueRupiah), d.party ?? "", d.counterparty ?? "", d.description ?? "", d.status.rawValue,
                          d.kind.rawValue, d.source, d.note ?? ""]
            // Sanitised, and guarded against spreadsheet formulas.
            try w.write(row: fields.map { f in
                let c = Sanitizer.line(f)
                return c.first.map { "=+-@".contains($0) } == true ? "'" + c : c
            })
        }
        stream.close()
        return (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data) ?? Data()
    }
}

