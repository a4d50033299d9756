// `summary` as a readable report. Transaction figures leave letters of intent out and show them
// apart; every figure summed over the data set says how many missions it covers and that it is not
// an official figure. Columns are sized to what they hold; free text (notes) only ever ends a line.

extension SummaryReport {
    public static func text(_ ds: Dataset, _ a: Aggregates, _ lang: Language) throws(MoneyOverflow) -> String {
        let L = Labels.self, W = ReportWords.self
        let scope = try TotalsScope.compute(ds, a)
        let money = 24
        var out = ""
        func line(_ s: String = "") { out += Sanitizer.line(s) + "\n" }
        func loiNote(_ v: Int64) -> String { v == 0 ? "" : "; " + W.plusLetterOfIntent(v, lang) }
        func scoped(_ p: TotalsScope.Part?) -> String {
            let p = p ?? TotalsScope.Part()
            return W.scope(p.missions, lang) + loiNote(p.letterOfIntentRupiah)
        }

        line(ds.heading(lang) + (ds.illustrative ? " [\(L.illustrative(lang))]" : ""))
        let loi = scope.all.letterOfIntentRupiah
        let transactions = try TotalsScope.transactions(a.totalValueRupiah, loi)
        line("\(L.grandTotal(lang)): \(Rupiah.exact(transactions, lang)) (\(Rupiah.short(transactions, lang))), "
             + "\(W.lines(a.dealCount - scope.letterOfIntentLines, lang)) — \(W.scope(scope.all.missions, lang))")
        let dirWidth = Deal.Direction.allCases.map { TextWidth.of(L.direction($0, lang)) }.max() ?? 14
        for dir in Deal.Direction.allCases {
            let v = try TotalsScope.transactions(a.byDirection[dir] ?? 0, scope.byDirection[dir] ?? 0)
            line("  \(pad(L.direction(dir, lang), max(14, dirWidth))) \(lpad(Rupiah.exact(v, lang), money))")
        }
        if loi != 0 {
            line("\(W.letterOfIntent(lang)): \(Rupiah.exact(loi, lang)) (\(Labels.letterOfIntentValue(loi, lang))), \(W.lines(scope.letterOfIntentLines, lang)) — \(W.letterOfIntentApart(lang))")
            line("\(W.sumWithLetters(lang)): \(Rupiah.exact(a.totalValueRupiah, lang)) (\(Rupiah.short(a.totalValueRupiah, lang))), \(W.lines(a.dealCount, lang))"
                 + " — \(W.scope(scope.all.missions, lang))")
        }

        line()
        line(L.missionsHeading(lang))
        let idWidth = max(15, a.missions.map { TextWidth.of($0.id) }.max() ?? 0)
        for m in a.missions {
            var notes: [String] = []
            let noFinal = m.kind == .mission && m.publishedFinalRupiah == nil
            // No final (or an agreement) and no line: nothing was summed, so no Rp0 and no 0,0 % of a target.
            let figure = m.hasNoFigure ? "—" : Rupiah.exact(m.totalValueRupiah, lang)
            if noFinal { notes.append(W.finalNotFound(lang)) }
            if let v = scope.byMission[m.id] { notes.append(W.includesLetterOfIntent(v, lang)) }
            let alternatives = ds.mission(m.id)?.dateAlternatives ?? ds.agreements.first { $0.id == m.id }?.dateAlternatives ?? []
            if !alternatives.isEmpty { notes.append(alternatives.map { "≠ " + DateText.medium($0.date, lang) + " [\($0.source)]" }.joined(separator: ", ")) }
            if m.kind != .mission {
                notes.append(W.agreementNotTransactions(lang))
                if let p = m.potentialRupiah { notes.append("\(L.potential(lang)) \(Rupiah.short(p, lang)), \(L.notSummed(lang))") }
            } else if let t = m.targetRupiah {
                let p = m.dealCount == 0 ? nil : Rupiah.percent(m.totalValueRupiah, of: t, lang)
                notes.append("\(L.target(lang)) \(Rupiah.short(t, lang))" + (p.map { ": " + $0 } ?? ""))
            }
            let s = "  \(pad(DateText.medium(m.date, lang), 12)) \(pad(m.id, idWidth)) \(lpad(figure, money))"
            line(s + "  " + (notes.isEmpty ? "" : notes.joined(separator: "; ") + "  ") + m.title)
        }

        conflictsSection(ds, a, lang, idWidth: idWidth, line)

        line()
        reported(ds, lang, idWidth: idWidth, money: money, line)

        line()
        line(L.commoditiesHeading(lang))
        let loiName = W.letterOfIntent(lang)
        let nameWidth = max(28, ds.commodities.map { TextWidth.of($0.name(lang)) }.max() ?? 0,
                            TextWidth.of(L.notSplit(lang)), loi != 0 ? TextWidth.of(loiName) : 0)
        // A figure that rests on lines no source states is marked (≈, with "per tahun" where every
        // line is yearly), and the reasons follow the list once, with the lines they concern.
        let basis = CommodityBasis.compute(ds)
        func marked(_ e: CommodityBasis.Entry?) -> String {
            let m = CommodityBasis.mark(e, lang)
            return m.isEmpty ? "" : "  " + m
        }
        let valued = valuedCommodities(ds)
        for (c, t) in zip(ds.commodities, a.byCommodity) {
            let v = try TotalsScope.transactions(t.valueRupiah, scope.byCommodity[c.id] ?? 0)
            // Named in the sources without a value: no Rp0.
            let figure = valued.contains(c.id) ? Rupiah.exact(v, lang) : "—"
            line("  \(pad(c.name(lang), nameWidth)) \(lpad(figure, money))" + (valued.contains(c.id) ? marked(basis.byCommodity[c.id]) : "  " + W.unvalued(lang)))
        }
        let notSplit = try TotalsScope.transactions(a.notSplitByCommodityRupiah, scope.notSplitLetterOfIntentRupiah)
        line("  \(pad(L.notSplit(lang), nameWidth)) \(lpad(Rupiah.exact(notSplit, lang), money))" + marked(basis.notSplit))
        if loi != 0 { line("  \(pad(loiName, nameWidth)) \(lpad(Rupiah.exact(loi, lang), money))  \(W.letterOfIntentApart(lang))") }
        for reason in W.commodityReasons(ds.commodities.compactMap { basis.byCommodity[$0.id] } + [basis.notSplit], lang) { line("  " + reason) }

        line()
        line(L.provincesHeading(lang))
        // Ordered by what is shown (transactions), largest first, as `Aggregates.byProvince` is.
        let provinces = try a.byProvince.map { p throws(MoneyOverflow) in
            let r = ds.region(p.key)
            let v = try TotalsScope.transactions(p.valueRupiah, scope.byProvince[p.key]?.letterOfIntentRupiah ?? 0)
            return (key: p.key, name: (r?.code ?? "--") + " " + (r?.name ?? p.key), value: v, note: scoped(scope.byProvince[p.key]))
        }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let provinceWidth = max(28, provinces.map { TextWidth.of($0.name) }.max() ?? 0)
        for p in provinces { line("  \(pad(p.name, provinceWidth)) \(lpad(Rupiah.exact(p.value, lang), money))  \(p.note)") }

        line()
        line(L.yearsHeading(lang))
        // A mission another source dates to another year is in this year's sum by our choice of source: ≠.
        var otherYears: [String: [String]] = [:]
        for m in a.missions where m.dealCount > 0 {
            let alternatives = ds.mission(m.id)?.dateAlternatives ?? ds.agreements.first { $0.id == m.id }?.dateAlternatives ?? []
            for alt in alternatives where alt.date.year != m.date.year {
                otherYears[String(m.date.year), default: []].append("≠ \(m.id): \(alt.date.year) [\(alt.source)]")
            }
        }
        for y in a.byYear {
            let v = try TotalsScope.transactions(y.valueRupiah, scope.byYear[y.key]?.letterOfIntentRupiah ?? 0)
            line("  \(pad(y.key, 4))  \(lpad(Rupiah.exact(v, lang), money))  \(scoped(scope.byYear[y.key]))"
                 + (otherYears[y.key] ?? []).map { "; " + $0 }.joined())
        }

        line()
        line(L.balanceHeading(lang))
        let balanceWidth = max(22, a.balances.map { TextWidth.of(ds.region($0.region)?.name ?? $0.region) }.max() ?? 0)
        let coverage = a.balanceCoverage()
        // A partner's sell or buy that holds a line another source prints differently: ≠ after it.
        var differs: [String: [Deal.Direction: [String]]] = [:]
        for (mission, lines) in conflictingLines(ds) {
            guard let partner = a.missions.first(where: { $0.id == mission })?.partners.first else { continue }
            for d in lines { differs[partner, default: [:]][d.direction, default: []] += d.conflictsWith.map { "≠ \(Rupiah.short($0.valueRupiah, lang)) [\($0.source)]" } }
        }
        func other(_ region: String, _ d: Deal.Direction) -> String {
            (differs[region]?[d]).map { " (" + $0.joined(separator: ", ") + ")" } ?? ""
        }
        for b in a.balances {
            let name = pad(ds.region(b.region)?.name ?? b.region, balanceWidth)
            let c = coverage[b.region] ?? (0, 0)
            // Without a sell/buy split no balance is known: not 0.
            guard c.split > 0 else { line("  \(name) —  \(W.noSellBuySplit(lang))"); continue }
            var s = "  \(name) \(L.direction(.sell, lang)) \(Rupiah.short(b.sell, lang))\(other(b.region, .sell)), "
                + "\(L.direction(.buy, lang)) \(Rupiah.short(b.buy, lang))\(other(b.region, .buy))"
            s += ": \(Rupiah.short(b.balance, lang))  " + W.balanceScope(c.split, of: c.missions, lang)
            line(s)
        }

        line()
        line("\(L.checklistHeading(lang)): " + L.progress(done: a.checklistDone, total: a.checklistTotal, unknown: a.checklistUnknown, lang))
        for c in a.checklist {
            let r = ds.recommendations.first { $0.id == c.recommendation }
            let number = r?.order.map { "\($0). " } ?? ""
            let outside = r?.isFromPaper == true ? "" : " (\(W.notFromPaperShort(lang)))"
            let unknown = c.unknown > 0 ? " (\(c.unknown) \(W.status(.unknown, lang)))" : ""
            line("  \(c.done)/\(c.total)\(unknown)\(c.overdue > 0 ? " (\(c.overdue) \(L.overdue(lang)))" : "")  \(number)\(r?.title(lang) ?? c.recommendation)\(outside)")
        }
        return out
    }

    /// Reported figures: the clock time in its own column (`~` when the source gives only "midday"),
    /// the source's words for the time, the note and any conflicting figure after the amount.
    private static func reported(_ ds: Dataset, _ lang: Language, idWidth: Int, money: Int, _ line: (String) -> Void) {
        line(Labels.reportedHeading(lang))
        let rows = ds.reportedTotals.map { t -> (ReportedTotal, String) in
            let zone = ds.mission(t.mission)?.timeZone ?? .WIB
            return (t, t.localTime.map { (t.timeApproximate ? "~" : "") + DateText.time($0, zone, lang) } ?? "—")
        }
        let roleWidth = max(12, ReportedTotal.Role.allCases.map { TextWidth.of(Labels.role($0, lang)) }.max() ?? 0)
        let timeWidth = max(12, rows.map { TextWidth.of($0.1) }.max() ?? 0)
        let missionWidth = max(idWidth, rows.map { TextWidth.of($0.0.mission) }.max() ?? 0)
        for (t, time) in rows {
            var after = ["[\(t.source)]"]
            if let n = t.timeNote?.text(lang) { after.append(n) }
            if let n = t.note?.text(lang) { after.append(n) }
            if !t.conflictsWith.isEmpty { after.append("≠ " + t.conflictsWith.joined(separator: ", ")) }
            let basis = ReportWords.basis(t.basis, lang)
            if !basis.isEmpty { after.append(basis) }
            line("  \(pad(t.mission, missionWidth)) \(pad(Labels.role(t.role, lang), roleWidth)) \(pad(time, timeWidth)) \(lpad(Rupiah.exact(t.valueRupiah, lang), money))  "
                 + after.joined(separator: " · "))
        }
    }

    /// Commodities with at least one line that counts or is credited: the others are named in
    /// the sources without a value, and show "—", not Rp0.
    static func valuedCommodities(_ ds: Dataset) -> Set<String> {
        var seen = [Bool](repeating: false, count: ds.deals.atomCount)
        ds.deals.forEachFields { f in if f.status != .withdrawn { seen[Int(f.commodity)] = true } }
        return Set((1..<max(1, seen.count)).lazy.filter { seen[$0] }.compactMap { ds.deals.atom(UInt32($0)) })
    }

    /// Pads to `width` terminal columns, never cutting: an id or name is never clipped.
    /// Measured as it will be printed (sanitised), so hostile text cannot shift a column.
    static func pad(_ s: String, _ width: Int) -> String {
        let s = Sanitizer.line(s)
        return s + String(repeating: " ", count: max(0, width - TextWidth.of(s)))
    }

    static func lpad(_ s: String, _ width: Int) -> String {
        let s = Sanitizer.line(s)
        return String(repeating: " ", count: max(0, width - TextWidth.of(s))) + s
    }
}
