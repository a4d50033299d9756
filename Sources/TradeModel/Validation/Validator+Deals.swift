extension Validator {
    /// Checks every deal: a unique id, references, breakdowns and overflow-checked sums. Returns
    /// the counted total per mission. Origins (file, path, line) are made only for a message.
    static func validateDeals(_ fx: Fixtures, places: Set<String>, missionIds: Set<String>, commodityIds: Set<String>,
                              productById: [String: Product], sourceIds: Set<String>, _ d: Diagnostics) -> [String: Int64] {
        let file = FixtureFile.deals.rawValue
        func origin(_ i: Int) -> Origin {
            Origin(file: file, path: "deals[\(i)]", location: i < fx.dealLocations.count ? fx.dealLocations[i] : nil)
        }
        func err(_ i: Int, _ field: String, _ m: String) { let o = origin(i); d.error(o.file, "\(o.path).\(field)", o.location, m) }
        func warn(_ i: Int, _ field: String, _ m: String) { let o = origin(i); d.warning(o.file, "\(o.path).\(field)", o.location, m) }
        func ref(_ i: Int, _ field: String, _ value: String?, _ set: Set<String>, _ what: String, _ defining: FixtureFile) {
            guard let value, !set.contains(value) else { return }
            err(i, field, "refers to \(what) \"\(Sanitizer.line(value))\", which \(defining.rawValue) does not define")
        }

        var firstIndex: [String: Int32] = [:]
        firstIndex.reserveCapacity(fx.deals.count)
        var countedByMission: [String: Int64] = [:]
        var breakdownByParent: [String: Int64] = [:]
        var unallocatedSeen: Set<String> = []
        var grand: Int64 = 0
        var grandOverflowed = false
        let datasetIllustrative = fx.dataset?.illustrative ?? false
        // Consecutive lines mostly repeat their mission, commodity and source: skip re-checking.
        var okMission = "", okCommodity = "", okSource = ""
        for (i, deal) in fx.deals.enumerated() {
            if let first = firstIndex[deal.id] {
                let o = origin(Int(first))
                err(i, "id", "the id \"\(Sanitizer.line(deal.id))\" is already used at \(o.file):\(o.location?.line ?? 0) (\(o.path))")
            } else {
                firstIndex[deal.id] = Int32(truncatingIfNeeded: i)
            }
            if deal.mission != okMission {
                ref(i, "mission", deal.mission, places, "the mission", .missions)
                if places.contains(deal.mission) { okMission = deal.mission }
            }
            if let c = deal.commodity, c != okCommodity {
                ref(i, "commodity", c, commodityIds, "the commodity", .commodities)
                if commodityIds.contains(c) { okCommodity = c }
            }
            if let p = deal.product {
                if let prod = productById[p] {
                    if let c = deal.commodity, prod.commodity != c {
                        err(i, "commodity", "is \"\(c)\" but the product \"\(prod.id)\" rolls up into \"\(prod.commodity)\"")
                    }
                } else {
                    err(i, "product", "refers to the product \"\(Sanitizer.line(p))\", which products.json does not define")
                }
            }
            if deal.source != okSource {
                ref(i, "source", deal.source, sourceIds, "the source", .sources)
                if sourceIds.contains(deal.source) { okSource = deal.source }
            }
            if deal.kind == .unallocated {
                if deal.direction != .unspecified { err(i, "direction", "an unallocated line has direction \"unspecified\"") }
                if !unallocatedSeen.insert(deal.mission).inserted { err(i, "kind", "a mission has at most one unallocated line") }
            }
            if deal.illustrative && !datasetIllustrative {
                warn(i, "illustrative", "an illustrative line in a sourced data set; it is shown as illustrative")
            }
            if let parent = deal.includedIn {
                let (s, ov) = (breakdownByParent[parent] ?? 0).addingReportingOverflow(deal.valueRupiah)
                breakdownByParent[parent] = ov ? Int64.max : s
            }
            guard deal.counts else { continue }
            let (s, ov) = (countedByMission[deal.mission] ?? 0).addingReportingOverflow(deal.valueRupiah)
            if ov { err(i, "valueRupiah", "adding this line overflows the mission's total (more than 9223372036854775807 rupiah)") }
            countedByMission[deal.mission] = ov ? Int64.max : s
            if !grandOverflowed {
                let (g, gov) = grand.addingReportingOverflow(deal.valueRupiah)
                if gov {
                    grandOverflowed = true
                    err(i, "valueRupiah", "adding this line overflows the grand total (more than 9223372036854775807 rupiah)")
                } else { grand = g }
            }
        }
        // Breakdown lines: inside their parent (a line of the same mission, or the mission itself).
        guard !breakdownByParent.isEmpty else { return countedByMission }
        for (i, deal) in fx.deals.enumerated() {
            guard let parent = deal.includedIn, parent != deal.mission else { continue }
            guard let pi = firstIndex[parent].map(Int.init) else {
                err(i, "includedIn", "must be the id of a line of the same mission or the mission's own id")
                continue
            }
            let p = fx.deals[pi]
            if p.mission != deal.mission { err(i, "includedIn", "refers to a line of another mission") }
            if p.includedIn != nil { err(i, "includedIn", "refers to a line that is itself a breakdown") }
        }
        for (parent, sum) in breakdownByParent.sorted(by: { $0.key < $1.key }) {
            let limit = missionIds.contains(parent) ? (countedByMission[parent] ?? 0)
                : (firstIndex[parent].map { fx.deals[Int($0)].valueRupiah } ?? .max)
            if sum > limit, let i = fx.deals.firstIndex(where: { $0.includedIn == parent }) {
                err(i, "includedIn", "the breakdown lines of \"\(parent)\" add up to \(Rupiah.exact(sum, .en)), more than its \(Rupiah.exact(limit, .en))")
            }
        }
        return countedByMission
    }
}
