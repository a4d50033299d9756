import TradeModel

/// `import-deals --skip-existing`: an exported spreadsheet imported again. A row whose id is
/// recorded with the same content is skipped; with other content it is an error naming the column.
extension DealCSV {
    /// The recorded deals by id (built only for `--skip-existing`).
    struct Recorded {
        let at: [String: Int]
        init(_ ds: Dataset) { at = Dictionary(ds.deals.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a }) }
        func holds(_ id: String) -> Bool { at[id] != nil }
        func deal(_ id: String, in ds: Dataset) -> Deal? { at[id].map { ds.deals[$0] } }
    }

    /// A deal's row in `columns` order, values as the export writes them (before the CSV layout).
    static func fields(_ d: Deal) -> [String] {
        [d.id, d.mission, d.direction.rawValue, d.commodity ?? "", d.product ?? "",
         d.quantity.map(exported(quantity:)) ?? "", d.unit ?? "", String(d.valueRupiah), d.party ?? "",
         d.counterparty ?? "", d.description ?? "", d.status.rawValue, d.kind.rawValue, d.source, d.note?.id ?? ""]
    }

    /// The first column of the file (`columns` order, the id aside) in which the row's deal differs
    /// from the recorded one, compared as the export writes them and the import reads them back
    /// (sanitised, trimmed; the value as whole rupiah however typed). Nil: the same content.
    static func difference(_ row: Deal, _ recorded: Deal, columns header: [String]) -> (column: String, recorded: String, here: String)? {
        let present = Set(header.map { $0 == "value" ? "valueRupiah" : $0 })
        let mine = fields(row), theirs = fields(recorded).map { Sanitizer.line($0).trimmingSpaces }
        for (i, name) in columns.enumerated() where name != "id" && present.contains(name) && mine[i] != theirs[i] {
            return (name, theirs[i], mine[i])
        }
        return nil
    }
}
