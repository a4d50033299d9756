/// Checks on how claims were obtained: a derived figure names figures that exist, a grouping that
/// is not the paper's says which obstacle it answers, the paper's numbers are not repeated, and
/// every alternative figure cites a defined source.
extension Validator {
    static func validateProvenance(_ fx: Fixtures, sourceIds: Set<String>, _ d: Diagnostics) {
        func err(_ o: Origin, _ field: String, _ m: String) {
            d.error(o.file, field.isEmpty ? o.path : "\(o.path).\(field)", o.location, m)
        }
        func dealOrigin(_ i: Int) -> Origin {
            Origin(file: FixtureFile.deals.rawValue, path: "deals[\(i)]", location: fx.dealLocation(i))
        }
        // Derived figures may be computed from deal lines, reported totals or indicators.
        var wanted: [(id: String, origin: Origin, field: String)] = []
        func derived(_ p: Provenance, _ o: Origin, _ field: String) {
            for (k, id) in p.from.enumerated() { wanted.append((id, o, "\(field).from[\(k)]")) }
        }
        for (i, deal) in fx.deals.deals(where: { !$0.basis.isStated || !$0.includedInBasis.isStated || $0.hasConflicts }) {
            let o = dealOrigin(i)
            derived(deal.basis, o, "basis")
            derived(deal.includedInBasis, o, "includedInBasis")
            for (k, c) in deal.conflictsWith.enumerated() where !sourceIds.contains(c.source) {
                err(o, "conflictsWith[\(k)].source", "refers to the source \"\(Sanitizer.line(c.source))\", which sources.json does not define")
            }
            if deal.kind == .unallocated && deal.basis.kind == .inferred {
                err(o, "basis", "a rounding line is computed from the final and the split: its basis is \"derived\", naming them")
            }
        }
        for (t, o) in fx.reportedTotals { derived(t.basis, o, "basis") }
        for (x, o) in fx.indicators { derived(x.basis, o, "basis") }
        for (x, o) in fx.obstacles { derived(x.basis, o, "basis") }
        for (r, o) in fx.recommendations { derived(r.basis, o, "basis") }
        for (a, o) in fx.actions {
            derived(a.ownerBasis, o, "ownerBasis"); derived(a.dueBasis, o, "dueBasis"); derived(a.statusBasis, o, "statusBasis")
            if a.dueBasis.kind != .stated && a.due == nil { err(o, "dueBasis", "says how the due date was obtained, but there is no \"due\"") }
        }
        if !wanted.isEmpty {
            var known = Set(fx.reportedTotals.map(\.0.id)).union(fx.indicators.map(\.0.id))
            let missing = Set(wanted.map(\.id)).subtracting(known)
            if !missing.isEmpty {
                for id in missing where fx.deals.position(ofId: id) != nil { known.insert(id) }
            }
            for w in wanted where !known.contains(w.id) {
                err(w.origin, w.field, "refers to the figure \"\(Sanitizer.line(w.id))\", which no deal, reported total or indicator defines")
            }
        }

        let obstacleIds = Set(fx.obstacles.map(\.0.id))
        var orderSeen: [Int: String] = [:]
        for (r, o) in fx.recommendations {
            if let a = r.addresses, !obstacleIds.contains(a) {
                err(o, "addresses", "refers to the obstacle \"\(Sanitizer.line(a))\", which obstacles.json does not define")
            }
            guard let n = r.order else { continue }
            if let other = orderSeen[n] { err(o, "order", "the number \(n) is already \"\(Sanitizer.line(other))\"") }
            orderSeen[n] = r.id
        }
    }
}
