/// Bytes → decoded fixture records, every problem located; no file access (see `TradeStore`).
public enum FixtureDecoder {
    static func finish(_ dataset: Dataset?, _ d: Diagnostics) -> LoadResult {
        var problems = d.problems
        if d.dropped > 0 {
            problems.append(Problem(.error, file: "", path: "", at: nil, "\(d.dropped) more problems were not listed"))
        }
        return LoadResult(dataset: d.hasErrors ? nil : dataset, problems: problems)
    }

    /// Parses one file's bytes; records a located problem and returns nil on failure.
    public static func parse(_ bytes: [UInt8], name: String, _ d: Diagnostics) -> JSONNode? {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            d.error(name, "", error.location, "invalid JSON: \(error.message)")
            return nil
        }
    }

    static func list<T>(_ root: JSONNode, _ file: FixtureFile, _ d: Diagnostics, _ progress: ((Int) -> Void)? = nil,
                        _ decode: (ObjectReader) -> T?) -> [(T, Origin)] {
        let base = String(file.rawValue.dropLast(5))
        guard case .array(let items) = root.value else {
            d.error(file.rawValue, "", root.location, "expected a list ([…]) at the top of the file, found \(root.value.kindName)")
            return []
        }
        var out: [(T, Origin)] = []
        out.reserveCapacity(items.count)
        for (i, node) in items.enumerated() {
            if i & 0xFFFF == 0 { progress?(i * 1000 / max(1, items.count)) }
            let path = "\(base)[\(i)]"
            guard let r = ObjectReader(node, file: file.rawValue, path: path, diagnostics: d), let v = decode(r) else { continue }
            out.append((v, Origin(file: file.rawValue, path: path, location: node.location)))
        }
        return out
    }

    /// A list file, element by element: each element is decoded as soon as it is parsed and its
    /// tree dropped, so memory stays bounded by the largest element, whatever the file holds.
    static func streamList<T>(_ bytes: [UInt8], _ file: FixtureFile, _ d: Diagnostics, _ progress: ((Int) -> Void)? = nil,
                              _ decode: (ObjectReader) -> T?) -> [(T, Origin)] {
        let base = String(file.rawValue.dropLast(5))
        var out: [(T, Origin)] = []
        do {
            let root = try JSONParser.parseElements(bytes) { node, i in
                if i & 0xFFFF == 0 { progress?(min(999, node.location.line * 1000 / max(1, bytes.count / 180))) }
                let path = "\(base)[\(i)]"
                guard let r = ObjectReader(node, file: file.rawValue, path: path, diagnostics: d), let v = decode(r) else { return }
                out.append((v, Origin(file: file.rawValue, path: path, location: node.location)))
            }
            if let root { return list(root, file, d, progress, decode) }
        } catch {
            d.error(file.rawValue, "", error.location, "invalid JSON: \(error.message)")
            return []
        }
        return out
    }

    static func decode(_ file: FixtureFile, _ root: JSONNode, into fx: inout Fixtures, _ d: Diagnostics,
                       _ progress: ((Int) -> Void)? = nil) {
        switch file {
        case .dataset: fx.dataset = decodeDataset(root, d)
        case .sources: fx.sources = list(root, file, d, nil, Source.decode)
        case .regions: fx.regions = list(root, file, d, nil, Region.decode)
        case .commodities: fx.commodities = list(root, file, d, nil, Commodity.decode)
        case .products: fx.products = list(root, file, d, nil, Product.decode)
        case .missions: fx.missions = list(root, file, d, nil, Mission.decode)
        case .agreements: fx.agreements = list(root, file, d, nil, Agreement.decode)
        case .deals:
            let pairs = list(root, file, d, progress, Deal.decode)
            fx.deals = DealTable(pairs.lazy.map(\.0))
            fx.dealLocations = DealLocations(packed: pairs.map { $0.1.location.map { JSONLocation.pack(line: $0.line, column: $0.column) } ?? 0 })
        case .reportedTotals: fx.reportedTotals = list(root, file, d, nil, ReportedTotal.decode)
        case .recommendations: fx.recommendations = list(root, file, d, nil, Recommendation.decode)
        case .actions: fx.actions = list(root, file, d, nil, FollowUpAction.decode)
        case .obstacles: fx.obstacles = list(root, file, d, nil, Obstacle.decode)
        case .indicators: fx.indicators = list(root, file, d, nil, Indicator.decode)
        }
    }

    /// `datasetId` keys the journal's file name, so it is kept to a safe, stable shape.
    public static func isValidDatasetId(_ s: String) -> Bool {
        (1...64).contains(s.utf8.count) && s.utf8.allSatisfy { c in
            (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x5F || c == 0x2E
        } && !s.hasPrefix(".")
    }

    static func decodeDataset(_ root: JSONNode, _ d: Diagnostics) -> Dataset? {
        guard let r = ObjectReader(root, file: FixtureFile.dataset.rawValue, path: "", diagnostics: d) else { return nil }
        r.rejectUnknown(["datasetId", "schemaVersion", "title", "titleEn", "organiser", "illustrative", "sourceNote"])
        let readable = Fixtures.readableSchemaVersions
        if let v = r.int("schemaVersion", what: "schemaVersion"), !readable.contains(v) {
            d.error(r.file, "schemaVersion", r.location("schemaVersion"),
                    "schema version \(v) is not supported; this trade-tui reads versions \(readable.lowerBound)–\(readable.upperBound)")
        }
        guard let id = r.string("datasetId") else { return nil }
        if !isValidDatasetId(id) {
            d.error(r.file, "datasetId", r.location("datasetId"), "must be 1–64 characters of a–z, 0–9, '-', '_' or '.' (it names the journal file)")
            return nil
        }
        guard let title = r.string("title"), let org = r.id("organiser") else { return nil }
        return Dataset(datasetId: id, title: title, titleEn: r.string("titleEn", required: false) ?? title,
                       organiser: org, illustrative: r.bool("illustrative") ?? false)
    }
}

