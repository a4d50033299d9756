/// The `summary` command's three formats, pure functions of a dataset and its aggregates.
///
/// Every data-set-wide figure says what it covers (`TotalsScope`): the missions it sums, that it is
/// not an official figure, and the letters of intent inside it, which are not transactions.
public enum SummaryReport {
    public static func json(_ ds: Dataset, _ a: Aggregates, journalEvents: Int) throws(MoneyOverflow) -> String {
        let scope = try TotalsScope.compute(ds, a)
        var w = JSONWriter()
        w.beginObject()
        w.string("datasetId", ds.datasetId)
        w.string("title", ds.title)
        w.bool("illustrative", ds.illustrative)
        w.int("journalEvents", journalEvents)
        w.int("totalValueRupiah", a.totalValueRupiah)
        w.int("letterOfIntentRupiah", scope.all.letterOfIntentRupiah)
        w.int("transactionsRupiah", try TotalsScope.transactions(a.totalValueRupiah, scope.all.letterOfIntentRupiah))
        Self.scope(&w, scope.all)
        w.int("dealCount", a.dealCount)
        w.beginArray("byDirection")
        for dir in Deal.Direction.allCases {
            w.beginObject(); w.string("id", dir.rawValue); w.int("totalValueRupiah", a.byDirection[dir] ?? 0)
            w.int("letterOfIntentRupiah", scope.byDirection[dir] ?? 0); w.endObject()
        }
        w.endArray()
        missions(&w, ds, a, scope)
        let basis = CommodityBasis.compute(ds)
        let valued = valuedCommodities(ds)
        w.beginArray("byCommodity")
        for (c, t) in zip(ds.commodities, a.byCommodity) {
            w.beginObject()
            w.string("id", c.id); w.string("nameId", c.nameId); w.string("nameEn", c.nameEn)
            w.int("totalValueRupiah", t.valueRupiah); w.int("letterOfIntentRupiah", scope.byCommodity[c.id] ?? 0)
            // Named in the sources without a value: its 0 is the sum of no lines, not a figure.
            if !valued.contains(c.id) { w.bool("valued", false); w.localText("note", ReportWords.unvaluedText) }
            commodityBasis(&w, basis.byCommodity[c.id])
            w.endObject()
        }
        w.endArray()
        w.int("notSplitByCommodityRupiah", a.notSplitByCommodityRupiah)
        w.int("notSplitLetterOfIntentRupiah", scope.notSplitLetterOfIntentRupiah)
        w.provenance("notSplitBasis", basis.notSplit.provenance)
        w.beginArray("byProvince")
        for p in a.byProvince {
            w.beginObject(); w.string("id", p.key); w.string("name", ds.region(p.key)?.name)
            w.string("code", ds.region(p.key)?.code); w.int("totalValueRupiah", p.valueRupiah)
            part(&w, scope.byProvince[p.key]); w.endObject()
        }
        w.endArray()
        keyed(&w, "byYear", a.byYear, scope.byYear)
        keyed(&w, "byMonth", a.byMonth, scope.byMonth)
        w.beginArray("balanceByPartner")
        let coverage = a.balanceCoverage()
        for b in a.balances {
            let c = coverage[b.region] ?? (0, 0)
            w.beginObject(); w.string("id", b.region); w.int("sellRupiah", b.sell); w.int("buyRupiah", b.buy)
            w.int("investmentRupiah", b.investment); w.int("unspecifiedRupiah", b.unspecified)
            // Null where no mission publishes a sell/buy split: unknown, not 0.
            w.int("balanceRupiah", c.split > 0 ? b.balance : nil)
            w.int("missionsWithSplit", c.split); w.int("missions", c.missions); w.endObject()
        }
        w.endArray()
        w.beginArray("reportedTotals")
        for t in ds.reportedTotals { w.reportedTotal(t, timeZone: ds.mission(t.mission)?.timeZone) }
        w.endArray()
        w.beginObject("checklist")
        w.int("done", a.checklistDone); w.int("total", a.checklistTotal); w.int("unknown", a.checklistUnknown)
        w.beginArray("byRecommendation")
        let recs = Dictionary(ds.recommendations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for c in a.checklist {
            w.beginObject(); w.string("id", c.recommendation)
            if let o = recs[c.recommendation]?.order { w.int("order", o) }
            w.bool("fromPaper", recs[c.recommendation]?.isFromPaper ?? false)
            w.int("done", c.done); w.int("total", c.total); w.int("overdue", c.overdue); w.int("unknown", c.unknown); w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endObject()
        return w.text + "\n"
    }

    private static func missions(_ w: inout JSONWriter, _ ds: Dataset, _ a: Aggregates, _ scope: TotalsScope) {
        let records = Dictionary(ds.missions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Lines whose value or place in the total no source states, by mission (few; most have none).
        var unstated: [String: [Deal]] = [:]
        for (_, d) in ds.deals.deals(where: { !$0.basis.isStated || !$0.includedInBasis.isStated }) { unstated[d.mission, default: []].append(d) }
        let conflicting = conflictingLines(ds)
        w.beginArray("byMission")
        for m in a.missions {
            w.beginObject()
            w.string("id", m.id)
            w.string("kind", m.kind.rawValue)
            w.string("title", m.title)
            w.string("date", m.date.description)
            conflictFields(&w, m.id, ds, conflicting)
            w.beginArray("partners"); for p in m.partners { w.string(nil, p) }; w.endArray()
            w.int("totalValueRupiah", m.totalValueRupiah)
            w.int("letterOfIntentRupiah", scope.byMission[m.id] ?? 0)
            w.int("dealCount", m.dealCount)
            for dir in Deal.Direction.allCases { w.int("\(dir.rawValue)Rupiah", m.byDirection[dir] ?? 0) }
            w.int("balanceRupiah", m.hasSellBuySplit ? m.balanceRupiah : nil)
            w.int("publishedFinalRupiah", m.publishedFinalRupiah)
            if m.kind == .mission {
                w.bool("finalFound", m.publishedFinalRupiah != nil)
                if m.publishedFinalRupiah == nil { w.localText("finalNote", ReportWords.finalNotFoundText) }
            }
            w.int("targetRupiah", m.targetRupiah)
            w.int("potentialRupiah", m.potentialRupiah)
            w.bool("illustrative", m.illustrative)
            if let notes = records[m.id]?.notes, !notes.isEmpty {
                w.beginArray("notes"); for n in notes { w.sourcedNote(n) }; w.endArray()
            }
            if let lines = unstated[m.id] {
                w.beginArray("linesNotStated")
                for d in lines {
                    w.beginObject(); w.string("id", d.id); w.string("kind", d.kind.rawValue); w.int("valueRupiah", d.valueRupiah)
                    if let i = d.includedIn { w.string("includedIn", i) }
                    w.provenance("basis", d.basis); w.provenance("includedInBasis", d.includedInBasis); w.endObject()
                }
                w.endArray()
            }
            w.endObject()
        }
        w.endArray()
    }

    /// `"basis": {"kind", "reason", "from": [deal ids]}` and `"period"` where every line shares one;
    /// nothing for a figure the sources state.
    private static func commodityBasis(_ w: inout JSONWriter, _ e: CommodityBasis.Entry?) {
        guard let e, !e.provenance.isStated else { return }
        w.provenance("basis", e.provenance)
        if let p = e.period { w.string("period", p) }
    }

    /// `"scope": {"missions": n, "official": false, "note": …}`: a sum of this data set's lines.
    private static func scope(_ w: inout JSONWriter, _ p: TotalsScope.Part) {
        w.beginObject("scope")
        w.int("missions", p.missions); w.bool("official", false); w.localText("note", ReportWords.scopeText(p.missions))
        w.endObject()
    }

    private static func part(_ w: inout JSONWriter, _ p: TotalsScope.Part?) {
        let p = p ?? TotalsScope.Part()
        w.int("letterOfIntentRupiah", p.letterOfIntentRupiah)
        scope(&w, p)
    }

    private static func keyed(_ w: inout JSONWriter, _ name: String, _ list: [KeyTotal], _ parts: [String: TotalsScope.Part]) {
        w.beginArray(name)
        for k in list {
            w.beginObject(); w.string("id", k.key); w.int("totalValueRupiah", k.valueRupiah); part(&w, parts[k.key]); w.endObject()
        }
        w.endArray()
    }
}
