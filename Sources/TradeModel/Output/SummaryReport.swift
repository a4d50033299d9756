/// The `summary` command's three formats, pure functions of a dataset and its aggregates.
public enum SummaryReport {
    public static func json(_ ds: Dataset, _ a: Aggregates, journalEvents: Int) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.string("datasetId", ds.datasetId)
        w.string("title", ds.title)
        w.bool("illustrative", ds.illustrative)
        w.int("journalEvents", journalEvents)
        w.int("totalValueRupiah", a.totalValueRupiah)
        w.int("dealCount", a.dealCount)
        w.beginArray("byDirection")
        for dir in Deal.Direction.allCases {
            w.beginObject(); w.string("id", dir.rawValue); w.int("totalValueRupiah", a.byDirection[dir] ?? 0); w.endObject()
        }
        w.endArray()
        w.beginArray("byMission")
        for m in a.missions {
            w.beginObject()
            w.string("id", m.id)
            w.string("kind", m.kind.rawValue)
            w.string("title", m.title)
            w.string("date", m.date.description)
            w.beginArray("partners"); for p in m.partners { w.string(nil, p) }; w.endArray()
            w.int("totalValueRupiah", m.totalValueRupiah)
            w.int("dealCount", m.dealCount)
            for dir in Deal.Direction.allCases { w.int("\(dir.rawValue)Rupiah", m.byDirection[dir] ?? 0) }
            w.int("balanceRupiah", m.balanceRupiah)
            w.int("publishedFinalRupiah", m.publishedFinalRupiah)
            w.int("targetRupiah", m.targetRupiah)
            w.int("potentialRupiah", m.potentialRupiah)
            w.bool("illustrative", m.illustrative)
            w.endObject()
        }
        w.endArray()
        w.beginArray("byCommodity")
        for (c, t) in zip(ds.commodities, a.byCommodity) {
            w.beginObject()
            w.string("id", c.id); w.string("nameId", c.nameId); w.string("nameEn", c.nameEn)
            w.int("totalValueRupiah", t.valueRupiah)
            w.endObject()
        }
        w.endArray()
        w.int("notSplitByCommodityRupiah", a.notSplitByCommodityRupiah)
        w.beginArray("byProvince")
        for p in a.byProvince {
            w.beginObject(); w.string("id", p.key); w.string("name", ds.region(p.key)?.name)
            w.string("code", ds.region(p.key)?.code); w.int("totalValueRupiah", p.valueRupiah); w.endObject()
        }
        w.endArray()
        keyed(&w, "byYear", a.byYear)
        keyed(&w, "byMonth", a.byMonth)
        w.beginArray("balanceByPartner")
        for b in a.balances {
            w.beginObject(); w.string("id", b.region); w.int("sellRupiah", b.sell); w.int("buyRupiah", b.buy)
            w.int("investmentRupiah", b.investment); w.int("unspecifiedRupiah", b.unspecified)
            w.int("balanceRupiah", b.balance); w.endObject()
        }
        w.endArray()
        w.beginArray("reportedTotals")
        for t in ds.reportedTotals {
            w.beginObject()
            w.string("id", t.id); w.string("mission", t.mission); w.string("role", t.role.rawValue)
            w.int("valueRupiah", t.valueRupiah); w.string("localTime", t.localTime?.colon)
            w.string("timeZone", ds.mission(t.mission)?.timeZone.rawValue); w.string("source", t.source)
            w.endObject()
        }
        w.endArray()
        w.beginObject("checklist")
        w.int("done", a.checklistDone); w.int("total", a.checklistTotal)
        w.beginArray("byRecommendation")
        for c in a.checklist {
            w.beginObject(); w.string("id", c.recommendation); w.int("done", c.done); w.int("total", c.total)
            w.int("overdue", c.overdue); w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()
        return w.text + "\n"
    }

    private static func keyed(_ w: inout JSONWriter, _ name: String, _ list: [KeyTotal]) {
        w.beginArray(name)
        for k in list { w.beginObject(); w.string("id", k.key); w.int("totalValueRupiah", k.valueRupiah); w.endObject() }
        w.endArray()
    }

    /// One row per figure: `section,id,name,totalValueRupiah`.
    public static func csv(_ ds: Dataset, _ a: Aggregates, _ lang: Language) -> String {
        var rows = ["section,id,name,totalValueRupiah"]
        func row(_ s: String, _ id: String, _ name: String, _ v: Int64) {
            rows.append([s, id, name, String(v)].map(CSVField.escape).joined(separator: ","))
        }
        row("total", ds.datasetId, lang == .id ? ds.title : ds.titleEn, a.totalValueRupiah)
        for dir in Deal.Direction.allCases { row("direction", dir.rawValue, Labels.direction(dir, lang), a.byDirection[dir] ?? 0) }
        for m in a.missions { row("mission", m.id, m.title, m.totalValueRupiah) }
        for (c, t) in zip(ds.commodities, a.byCommodity) { row("commodity", c.id, c.name(lang), t.valueRupiah) }
        row("commodity", "", Labels.notSplit(lang), a.notSplitByCommodityRupiah)
        for p in a.byProvince { row("province", p.key, ds.region(p.key)?.name ?? p.key, p.valueRupiah) }
        for y in a.byYear { row("year", y.key, y.key, y.valueRupiah) }
        for m in a.byMonth { row("month", m.key, m.key, m.valueRupiah) }
        for b in a.balances { row("balance", b.region, ds.region(b.region)?.name ?? b.region, b.balance) }
        return rows.joined(separator: "\n") + "\n"
    }

    /// A readable report for a terminal or a file.
    public static func text(_ ds: Dataset, _ a: Aggregates, _ lang: Language) -> String {
        let L = Labels.self
        var out = ""
        func line(_ s: String = "") { out += Sanitizer.line(s) + "\n" }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        line((lang == .id ? ds.title : ds.titleEn) + (ds.illustrative ? " [\(L.illustrative(lang))]" : ""))
        line("\(L.grandTotal(lang)): \(Rupiah.exact(a.totalValueRupiah)) (\(Rupiah.short(a.totalValueRupiah, lang))), \(a.dealCount) \(L.lines(lang))")
        // Columns as wide as the longest label of the language (`Arah tidak disebut`).
        let dirW = Deal.Direction.allCases.map { L.direction($0, lang).count }.max() ?? 14
        for dir in Deal.Direction.allCases {
            line("  \(pad(L.direction(dir, lang), dirW)) \(lpad(Rupiah.exact(a.byDirection[dir] ?? 0), 24))")
        }
        line()
        line(L.missionsHeading(lang))
        for m in a.missions {
            var s = "  \(pad(DateText.medium(m.date, lang), 12)) \(pad(m.id, 15)) \(lpad(Rupiah.exact(m.totalValueRupiah), 24))"
            if m.kind != .mission {
                s += "  " + (m.potentialRupiah.map { "\(L.potential(lang)) \(Rupiah.short($0, lang)), \(L.notSummed(lang))" } ?? L.agreement(lang))
            } else if let t = m.targetRupiah, let p = Rupiah.percent(m.totalValueRupiah, of: t, lang) {
                s += "  \(L.target(lang)) \(Rupiah.short(t, lang)): \(p)"
            }
            line(s + "  " + m.title)
        }
        line()
        line(L.reportedHeading(lang))
        let roleW = ReportedTotal.Role.allCases.map { L.role($0, lang).count }.max() ?? 12
        for t in ds.reportedTotals {
            let zone = ds.mission(t.mission)?.timeZone
            let time = t.localTime.map { (t.timeApproximate ? "~" : "") + DateText.time($0, zone ?? .WIB, lang) } ?? (t.timeNote ?? "—")
            line("  \(pad(t.mission, 15)) \(pad(L.role(t.role, lang), roleW)) \(pad(time, 12)) \(lpad(Rupiah.exact(t.valueRupiah), 24))  [\(t.source)]")
        }
        line()
        line(L.commoditiesHeading(lang))
        for (c, t) in zip(ds.commodities, a.byCommodity) {
            line("  \(pad(c.name(lang), 28)) \(lpad(Rupiah.exact(t.valueRupiah), 24))")
        }
        line("  \(pad(L.notSplit(lang), 28)) \(lpad(Rupiah.exact(a.notSplitByCommodityRupiah), 24))")
        line()
        line(L.provincesHeading(lang))
        for p in a.byProvince {
            let r = ds.region(p.key)
            line("  \(pad((r?.code ?? "--") + " " + (r?.name ?? p.key), 28)) \(lpad(Rupiah.exact(p.valueRupiah), 24))")
        }
        line()
        line(L.yearsHeading(lang))
        for y in a.byYear { line("  \(y.key)  \(lpad(Rupiah.exact(y.valueRupiah), 24))") }
        line()
        line(L.balanceHeading(lang))
        for b in a.balances where b.sell != 0 || b.buy != 0 {
            line("  \(pad(ds.region(b.region)?.name ?? b.region, 22)) \(L.direction(.sell, lang)) \(Rupiah.short(b.sell, lang)), \(L.direction(.buy, lang)) \(Rupiah.short(b.buy, lang)): \(Rupiah.short(b.balance, lang))")
        }
        line()
        line("\(L.checklistHeading(lang)): \(a.checklistDone)/\(a.checklistTotal)")
        for c in a.checklist {
            let r = ds.recommendations.first { $0.id == c.recommendation }
            line("  \(c.done)/\(c.total)\(c.overdue > 0 ? " (\(c.overdue) \(L.overdue(lang)))" : "")  \(r?.title(lang) ?? c.recommendation)")
        }
        return out
    }
}
