/// Cross-file checks: unique ids, references, sources, sums against published finals, overflow.
enum Validator {
    static func validate(_ fx: Fixtures, _ d: Diagnostics) -> Dataset? {
        func err(_ o: Origin, _ field: String, _ m: String) {
            d.error(o.file, field.isEmpty ? o.path : "\(o.path).\(field)", o.location, m)
        }
        func warn(_ o: Origin, _ field: String, _ m: String) {
            d.warning(o.file, field.isEmpty ? o.path : "\(o.path).\(field)", o.location, m)
        }
        func ids<T: Identifiable>(_ items: [(T, Origin)], namespace: inout [String: Origin]) -> Set<String> where T.ID == String {
            var set = Set<String>()
            for (v, o) in items {
                if v.id.isEmpty { continue }
                if let first = namespace[v.id] {
                    err(o, "id", "the id \"\(Sanitizer.line(v.id))\" is already used at \(first.file):\(first.location?.line ?? 0) (\(first.path))")
                } else {
                    namespace[v.id] = o
                }
                set.insert(v.id)
            }
            return set
        }
        func ids<T: Identifiable>(_ items: [(T, Origin)]) -> Set<String> where T.ID == String {
            var ns: [String: Origin] = [:]
            return ids(items, namespace: &ns)
        }

        let sourceIds = ids(fx.sources)
        let regionIds = ids(fx.regions)
        let commodityIds = ids(fx.commodities)
        _ = ids(fx.products)
        var missionNamespace: [String: Origin] = [:]
        let missionIds = ids(fx.missions, namespace: &missionNamespace)
        let agreementIds = ids(fx.agreements, namespace: &missionNamespace)
        let totalIds = ids(fx.reportedTotals)
        let recIds = ids(fx.recommendations)
        _ = ids(fx.actions)
        _ = ids(fx.obstacles)
        _ = ids(fx.indicators)

        func ref(_ o: Origin, _ field: String, _ value: String?, _ set: Set<String>, _ what: String, _ file: FixtureFile) {
            guard let value, !set.contains(value) else { return }
            err(o, field, "refers to \(what) \"\(Sanitizer.line(value))\", which \(file.rawValue) does not define")
        }
        func src(_ o: Origin, _ field: String, _ value: String?) { ref(o, field, value, sourceIds, "the source", .sources) }

        for (r, o) in fx.regions {
            src(o, "source", r.source)
            src(o, "timeZoneSource", r.timeZoneSource)
        }
        for (p, o) in fx.products { ref(o, "commodity", p.commodity, commodityIds, "the commodity", .commodities) }
        let regionById = Dictionary(fx.regions.map { ($0.0.id, $0.0) }, uniquingKeysWith: { a, _ in a })
        let productById = Dictionary(fx.products.map { ($0.0.id, $0.0) }, uniquingKeysWith: { a, _ in a })
        if let ds = fx.dataset, !fx.regions.isEmpty, regionById[ds.organiser] == nil {
            d.error(FixtureFile.dataset.rawValue, "organiser", nil, "refers to the region \"\(Sanitizer.line(ds.organiser))\", which regions.json does not define")
        }

        for (m, o) in fx.missions {
            ref(o, "organiser", m.organiser, regionIds, "the region", .regions)
            ref(o, "partner", m.partner, regionIds, "the region", .regions)
            if m.organiser == m.partner { err(o, "partner", "a mission's partner must differ from its organiser") }
            if let p = regionById[m.partner], p.timeZone != m.timeZone {
                warn(o, "timeZone", "is \(m.timeZone.rawValue) but \(p.name) keeps \(p.timeZone.rawValue)")
            }
            src(o, "source", m.source)
            for (i, b) in m.businesses.enumerated() { src(o, "businesses[\(i)].source", b.source) }
            for (i, n) in m.notes.enumerated() { src(o, "notes[\(i)].source", n.source) }
            for (i, a) in m.dateAlternatives.enumerated() { src(o, "dateAlternatives[\(i)].source", a.source) }
            src(o, "target.source", m.target?.source)
        }
        for (a, o) in fx.agreements {
            for (i, p) in a.parties.enumerated() { ref(o, "parties[\(i)]", p, regionIds, "the region", .regions) }
            if a.parties.count < 2 { err(o, "parties", "an agreement needs at least two parties") }
            src(o, "source", a.source)
            src(o, "potential.source", a.potential?.source)
            src(o, "firstStageAnnual.source", a.firstStageAnnual?.source)
            for (i, s) in a.sectors.enumerated() { src(o, "sectors[\(i)].source", s.source) }
            for (i, s) in a.initiatives.enumerated() { src(o, "initiatives[\(i)].source", s.source) }
            for (i, s) in a.programmes.enumerated() { src(o, "programmes[\(i)].source", s.source) }
            for (i, s) in a.legalBasis.enumerated() { src(o, "legalBasis[\(i)].source", s.source) }
            for (i, s) in a.dateAlternatives.enumerated() { src(o, "dateAlternatives[\(i)].source", s.source) }
        }

        // Deals: the largest file (a million lines), checked with lazy origins and no copies.
        let countedByMission = validateDeals(fx, places: missionIds.union(agreementIds), missionIds: missionIds,
                                             commodityIds: commodityIds, productById: productById, sourceIds: sourceIds, d)

        // A published final is checked against the sum of its lines only when deals.json was read
        // whole: an unreadable file, or a deal dropped for an error, would make every final
        // "differ" and bury the one error that matters under a screenful of follow-ons.
        let dealsWhole = !fx.dealsSkipped && !d.problems.contains { $0.severity == .error && $0.file == FixtureFile.deals.rawValue }
        var finalSeen: [String: Origin] = [:]
        for (t, o) in fx.reportedTotals {
            ref(o, "mission", t.mission, missionIds, "the mission", .missions)
            src(o, "source", t.source)
            for (i, c) in t.conflictsWith.enumerated() { ref(o, "conflictsWith[\(i)]", c, totalIds, "the reported total", .reportedTotals) }
            guard t.role == .final else { continue }
            if finalSeen[t.mission] != nil { err(o, "role", "the mission \"\(t.mission)\" already has a final; mark other finals \"alternativeFinal\"") }
            finalSeen[t.mission] = o
            let sum = countedByMission[t.mission] ?? 0
            if missionIds.contains(t.mission) && sum != t.valueRupiah && dealsWhole {
                err(o, "valueRupiah", "the published final \(Rupiah.exact(t.valueRupiah, .en)) differs from the sum of the mission's lines \(Rupiah.exact(sum, .en)); add an \"unallocated\" line for the difference")
            }
        }

        for (r, o) in fx.recommendations { src(o, "source", r.source) }
        let placeIds = missionIds.union(agreementIds)
        for (a, o) in fx.actions {
            ref(o, "recommendation", a.recommendation, recIds, "the recommendation", .recommendations)
            ref(o, "mission", a.mission, placeIds, "the mission or agreement", .missions)
            src(o, "source", a.source)
        }
        for (x, o) in fx.obstacles {
            ref(o, "region", x.region, regionIds, "the region", .regions)
            ref(o, "commodity", x.commodity, commodityIds, "the commodity", .commodities)
            src(o, "source", x.source)
        }
        for (x, o) in fx.indicators {
            ref(o, "region", x.region, regionIds, "the region", .regions)
            ref(o, "commodity", x.commodity, commodityIds, "the commodity", .commodities)
            src(o, "source", x.source)
        }
        for (s, o) in fx.sources where s.url != nil && !(s.url!.hasPrefix("https://") || s.url!.hasPrefix("http://")) {
            warn(o, "url", "is not an http(s) link")
        }

        validateProvenance(fx, sourceIds: sourceIds, d)

        guard var ds = fx.dataset else { return nil }
        ds.sources = fx.sources.map(\.0)
        ds.regions = fx.regions.map(\.0)
        ds.commodities = fx.commodities.map(\.0)
        ds.products = fx.products.map(\.0)
        ds.missions = fx.missions.map(\.0)
        ds.agreements = fx.agreements.map(\.0)
        ds.deals = fx.deals
        ds.reportedTotals = fx.reportedTotals.map(\.0)
        ds.recommendations = fx.recommendations.map(\.0).enumerated()
            .sorted { ($0.element.order ?? Int.max, $0.offset) < ($1.element.order ?? Int.max, $1.offset) }.map(\.element)
        ds.actions = fx.actions.map(\.0)
        ds.obstacles = fx.obstacles.map(\.0)
        ds.indicators = fx.indicators.map(\.0)
        return ds
    }
}
