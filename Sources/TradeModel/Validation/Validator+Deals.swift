extension Validator {
    /// Checks every deal: a unique id, references, breakdowns and overflow-checked sums. Returns
    /// the counted total per mission. Origins (file, path, line) are made only for a message.
    static func validateDeals(_ fx: Fixtures, places: Set<String>, missionIds: Set<String>, commodityIds: Set<String>,
                              productById: [String: Product], sourceIds: Set<String>, _ d: Diagnostics) -> [String: Int64] {
        let file = FixtureFile.deals.rawValue
        func origin(_ i: Int) -> Origin {
            Origin(file: file, path: "deals[\(i)]", location: fx.dealLocation(i))
        }
        func err(_ i: Int, _ field: String, _ m: String) { let o = origin(i); d.error(o.file, "\(o.path).\(field)", o.location, m) }
        func warn(_ i: Int, _ field: String, _ m: String) { let o = origin(i); d.warning(o.file, "\(o.path).\(field)", o.location, m) }
        func ref(_ i: Int, _ field: String, _ value: String?, _ set: Set<String>, _ what: String, _ defining: FixtureFile) {
            guard let value, !set.contains(value) else { return }
            err(i, field, "refers to \(what) \"\(Sanitizer.line(value))\", which \(defining.rawValue) does not define")
        }

        // The table indexed the ids as it was built: repeats come in the order they were found.
        let repeats = fx.deals.repeatedIds
        var nextRepeat = 0
        var breakdownByParent: [String: Int64] = [:]
        var unallocatedSeen: Set<String> = []
        var grand: Int64 = 0
        var grandOverflowed = false
        let datasetIllustrative = fx.dataset?.illustrative ?? false
        // Strings are atoms of the table: each mission, commodity and source is checked once.
        enum Check: UInt8 { case unknown, known, unknownRef }
        var missionOK = [Check](repeating: .unknown, count: fx.deals.atomCount)
        var commodityOK = missionOK, sourceOK = missionOK
        func known(_ cache: inout [Check], _ a: UInt32, _ set: Set<String>) -> Bool {
            if cache[Int(a)] == .unknown { cache[Int(a)] = set.contains(fx.deals.atom(a) ?? "") ? .known : .unknownRef }
            return cache[Int(a)] == .known
        }
        var countedByAtom = [Int64](repeating: 0, count: fx.deals.atomCount)
        var missionCounted = [Bool](repeating: false, count: fx.deals.atomCount)
        fx.deals.forEachFields { f in
            let i = f.position
            if nextRepeat < repeats.count, repeats[nextRepeat].later == i {
                let o = origin(repeats[nextRepeat].first)
                let id = fx.deals.id(at: i)
                err(i, "id", "the id \"\(Sanitizer.line(id))\" is already used at \(o.file):\(o.location?.line ?? 0) (\(o.path))")
                nextRepeat += 1
            }
            let mission = fx.deals.atom(f.mission) ?? ""
            if !known(&missionOK, f.mission, places) { ref(i, "mission", mission, places, "the mission", .missions) }
            if f.commodity != 0, !known(&commodityOK, f.commodity, commodityIds) {
                ref(i, "commodity", fx.deals.atom(f.commodity), commodityIds, "the commodity", .commodities)
            }
            if let p = f.product {
                if let prod = productById[p] {
                    if let c = fx.deals.atom(f.commodity), prod.commodity != c {
                        err(i, "commodity", "is \"\(c)\" but the product \"\(prod.id)\" rolls up into \"\(prod.commodity)\"")
                    }
                } else {
                    err(i, "product", "refers to the product \"\(Sanitizer.line(p))\", which products.json does not define")
                }
            }
            if !known(&sourceOK, f.source, sourceIds) { ref(i, "source", fx.deals.atom(f.source), sourceIds, "the source", .sources) }
            if f.kind == .unallocated {
                if f.direction != .unspecified { err(i, "direction", "an unallocated line has direction \"unspecified\"") }
                if !unallocatedSeen.insert(mission).inserted { err(i, "kind", "a mission has at most one unallocated line") }
            }
            if f.illustrative && !datasetIllustrative {
                warn(i, "illustrative", "an illustrative line in a sourced data set; it is shown as illustrative")
            }
            if let parent = f.includedIn {
                let (s, ov) = (breakdownByParent[parent] ?? 0).addingReportingOverflow(f.valueRupiah)
                breakdownByParent[parent] = ov ? Int64.max : s
                return
            }
            guard f.status != .withdrawn else { return }
            let m = Int(f.mission)
            let (s, ov) = countedByAtom[m].addingReportingOverflow(f.valueRupiah)
            if ov { err(i, "valueRupiah", "adding this line overflows the mission's total (more than 9223372036854775807 rupiah)") }
            countedByAtom[m] = ov ? Int64.max : s
            missionCounted[m] = true
            if !grandOverflowed {
                let (g, gov) = grand.addingReportingOverflow(f.valueRupiah)
                if gov {
                    grandOverflowed = true
                    err(i, "valueRupiah", "adding this line overflows the grand total (more than 9223372036854775807 rupiah)")
                } else { grand = g }
            }
        }
        var countedByMission: [String: Int64] = [:]
        for a in 1..<max(1, fx.deals.atomCount) where missionCounted[a] {
            countedByMission[fx.deals.atom(UInt32(a)) ?? ""] = countedByAtom[a]
        }
        // Breakdown lines: inside their parent (a line of the same mission, or the mission itself).
        guard !breakdownByParent.isEmpty else { return countedByMission }
        for (i, deal) in fx.deals.enumerated() {
            guard let parent = deal.includedIn, parent != deal.mission else { continue }
            guard let pi = fx.deals.position(ofId: parent) else {
                err(i, "includedIn", "must be the id of a line of the same mission or the mission's own id")
                continue
            }
            let p = fx.deals[pi]
            if p.mission != deal.mission { err(i, "includedIn", "refers to a line of another mission") }
            if p.includedIn != nil { err(i, "includedIn", "refers to a line that is itself a breakdown") }
        }
        for (parent, sum) in breakdownByParent.sorted(by: { $0.key < $1.key }) {
            let limit = missionIds.contains(parent) ? (countedByMission[parent] ?? 0)
                : (fx.deals.position(ofId: parent).map { fx.deals[$0].valueRupiah } ?? .max)
            if sum > limit, let i = fx.deals.firstIndex(where: { $0.includedIn == parent }) {
                err(i, "includedIn", "the breakdown lines of \"\(parent)\" add up to \(Rupiah.exact(sum, .en)), more than its \(Rupiah.exact(limit, .en))")
            }
        }
        return countedByMission
    }
}
