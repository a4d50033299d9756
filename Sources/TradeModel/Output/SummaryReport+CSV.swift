extension SummaryReport {
    /// One row per figure: `section,id,name,totalValueRupiah,letterOfIntentRupiah,missions,note`.
    /// `totalValueRupiah` is as in the JSON (letters of intent included); `letterOfIntentRupiah` is
    /// the part of it that is letters of intent; `missions` and `note` say what a data-set-wide sum
    /// covers, or that a mission's final was not found; wherever letters of intent are inside a
    /// figure, `note` says so ("termasuk LoI …, bukan transaksi"). Laid out in `style`.
    public static func csv(_ ds: Dataset, _ a: Aggregates, _ lang: Language, style: CSVStyle = .unix) throws(MoneyOverflow) -> String {
        let scope = try TotalsScope.compute(ds, a)
        var rows: [[String]] = []
        /// `v` nil: no figure exists (not Rp0), the cell is left empty and `note` says why.
        func row(_ s: String, _ id: String, _ name: String, _ v: Int64?, _ loi: Int64 = 0, _ part: TotalsScope.Part? = nil, note: String = "") {
            let missions = part.map { String($0.missions) } ?? ""
            var notes = [part.map { ReportWords.scope($0.missions, lang) } ?? "", note].filter { !$0.isEmpty }
            if loi > 0 { notes.append(Labels.includesLetterOfIntent(loi, lang) + " (" + Rupiah.exact(loi, lang) + ")") }
            let text = notes.joined(separator: "; ")
            rows.append([s, id, name, v.map { String($0) } ?? "", String(loi), missions, text])
        }
        let empty = TotalsScope.Part()
        row("total", ds.datasetId, ds.heading(lang), a.totalValueRupiah, scope.all.letterOfIntentRupiah, scope.all)
        for dir in Deal.Direction.allCases {
            row("direction", dir.rawValue, Labels.direction(dir, lang), a.byDirection[dir] ?? 0, scope.byDirection[dir] ?? 0)
        }
        let conflicting = conflictingLines(ds)
        for m in a.missions {
            var notes = conflicts(m.id, ds, conflicting, lang)
            if m.kind == .mission && m.publishedFinalRupiah == nil { notes.append(ReportWords.finalNotFound(lang)) }
            if m.kind != .mission {
                notes.append(ReportWords.agreementNotTransactions(lang))
                if let p = m.potentialRupiah { notes.append("\(Labels.potential(lang)) \(Rupiah.short(p, lang)), \(Labels.notSummed(lang))") }
            }
            row("mission", m.id, m.title, m.hasNoFigure ? nil : m.totalValueRupiah, scope.byMission[m.id] ?? 0, note: notes.joined(separator: "; "))
        }
        let valued = valuedCommodities(ds)
        let basis = CommodityBasis.compute(ds)
        for (c, t) in zip(ds.commodities, a.byCommodity) {
            row("commodity", c.id, c.name(lang), valued.contains(c.id) ? t.valueRupiah : nil, scope.byCommodity[c.id] ?? 0,
                note: valued.contains(c.id) ? ReportWords.commodityBasis(basis.byCommodity[c.id], lang) : ReportWords.unvalued(lang))
        }
        row("commodity", "", Labels.notSplit(lang), a.notSplitByCommodityRupiah, scope.notSplitLetterOfIntentRupiah,
            note: ReportWords.commodityBasis(basis.notSplit, lang))
        for p in a.byProvince {
            let part = scope.byProvince[p.key] ?? empty
            row("province", p.key, ds.region(p.key)?.name ?? p.key, p.valueRupiah, part.letterOfIntentRupiah, part)
        }
        for y in a.byYear { let part = scope.byYear[y.key] ?? empty; row("year", y.key, y.key, y.valueRupiah, part.letterOfIntentRupiah, part) }
        for m in a.byMonth { let part = scope.byMonth[m.key] ?? empty; row("month", m.key, m.key, m.valueRupiah, part.letterOfIntentRupiah, part) }
        let coverage = a.balanceCoverage()
        for b in a.balances {
            let c = coverage[b.region] ?? (0, 0)
            row("balance", b.region, ds.region(b.region)?.name ?? b.region, c.split > 0 ? b.balance : nil,
                note: c.split > 0 ? ReportWords.balanceScope(c.split, of: c.missions, lang) : ReportWords.noSellBuySplit(lang))
        }
        return style.document(header: ["section", "id", "name", "totalValueRupiah", "letterOfIntentRupiah", "missions", "note"], rows: rows)
    }
}
