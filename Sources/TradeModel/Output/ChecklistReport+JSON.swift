extension ChecklistReport {
    /// `{"datasetId", "asOf", "done", "total", "recommendations", "actions", "obstacles",
    /// "indicators", "sources"}`; records keep the fixtures' field names, every basis is written
    /// with its kind, and `sources` holds each source the report cites.
    public static func json(_ ds: Dataset, today: PartialDate?) -> String {
        let groups = groups(ds, today: today)
        let rows = groups.flatMap(\.rows)
        var cited: [String] = []
        var seen: Set<String> = []
        func cite(_ id: String) { if seen.insert(id).inserted { cited.append(id) } }
        var w = JSONWriter()
        w.beginObject()
        w.string("datasetId", ds.datasetId)
        w.string("asOf", today?.description)
        w.int("done", rows.filter { $0.action.status == .done }.count)
        w.int("total", rows.count)
        w.beginArray("recommendations")
        for g in groups {
            w.beginObject()
            w.string("id", g.id)
            if let o = g.recommendation?.order { w.int("order", o) }
            w.bool("fromPaper", g.fromPaper)
            if let r = g.recommendation {
                w.string("titleId", r.titleId); w.string("titleEn", r.titleEn)
                w.provenance("basis", r.basis, always: true)
                if let o = r.addresses { w.string("addresses", o) }
                w.string("source", r.source)
                cite(r.source)
            }
            w.int("done", g.done); w.int("total", g.rows.count); w.int("overdue", g.rows.filter(\.overdue).count)
            w.endObject()
        }
        w.endArray()
        w.beginArray("actions")
        for r in rows {
            let a = r.action
            w.beginObject()
            w.string("id", a.id)
            w.bool("done", a.status == .done)
            w.string("status", a.status.rawValue)
            w.provenance("statusBasis", a.statusBasis, always: true)
            w.string("recommendation", a.recommendation)
            w.string("recommendationTitle", r.recommendation?.titleId)
            w.string("title", a.titleId)
            w.string("titleEn", a.titleEn)
            w.string("owner", a.owner)
            w.provenance("ownerBasis", a.ownerBasis, always: true)
            w.string("due", a.due?.description)
            if hasDue(a) { w.provenance("dueBasis", a.dueBasis, always: true) }
            w.bool("overdue", r.overdue)
            w.bool("pastInferredDue", r.pastInferredDue)
            w.string("mission", a.mission)
            w.string("missionTitle", r.missionTitle)
            w.string("source", a.source)
            cite(a.source)
            w.beginArray("notes")
            for n in r.notes {
                w.beginObject(); w.string("at", n.at); w.string("user", n.user); w.string("note", note(n)); w.endObject()
            }
            w.endArray()
            w.string("lastChangedAt", r.last?.at)
            w.string("lastChangedBy", r.last?.user)
            w.endObject()
        }
        w.endArray()
        let paper = paperSources(ds)
        w.beginArray("obstacles")
        for o in ds.obstacles {
            // `fromPaper`: cited to the source of the paper's recommendations.
            w.obstacle(o, fromPaper: paper.contains(o.source))
            cite(o.source)
        }
        w.endArray()
        w.beginArray("indicators")
        for i in ds.indicators { w.indicator(i); cite(i.source) }
        w.endArray()
        w.beginArray("sources")
        for id in cited {
            if let s = ds.source(id) { w.source(s) } else { w.beginObject(); w.string("id", id); w.endObject() }
        }
        w.endArray()
        w.endObject()
        return w.text + "\n"
    }
}
