/// Where a record came from, for messages.
public struct Origin: Sendable {
    public var file: String
    public var path: String
    public var location: JSONLocation?
}

/// The fixture files, in load order. Every one is required; an empty list is `[]`.
public enum FixtureFile: String, CaseIterable, Sendable {
    case dataset = "dataset.json"
    case sources = "sources.json"
    case regions = "regions.json"
    case commodities = "commodities.json"
    case products = "products.json"
    case missions = "missions.json"
    case agreements = "agreements.json"
    case deals = "deals.json"
    case reportedTotals = "reportedTotals.json"
    case recommendations = "recommendations.json"
    case actions = "actions.json"
    case obstacles = "obstacles.json"
    case indicators = "indicators.json"
}

/// Decoded records with their origins, before cross-file validation. `TradeStore` fills one from
/// the files' bytes; `validated` checks them together.
public struct Fixtures {
    var dataset: Dataset?
    var sources: [(Source, Origin)] = []
    var regions: [(Region, Origin)] = []
    var commodities: [(Commodity, Origin)] = []
    var products: [(Product, Origin)] = []
    var missions: [(Mission, Origin)] = []
    var agreements: [(Agreement, Origin)] = []
    /// Deals and where each object starts (origins are built only for messages).
    var deals: [Deal] = []
    var dealLocations: [JSONLocation] = []
    /// deals.json was not read (see `DatasetLoader.load(withoutDeals:)`).
    var dealsSkipped = false
    var reportedTotals: [(ReportedTotal, Origin)] = []
    var recommendations: [(Recommendation, Origin)] = []
    var actions: [(FollowUpAction, Origin)] = []
    var obstacles: [(Obstacle, Origin)] = []
    var indicators: [(Indicator, Origin)] = []

    public init() {}

    /// Decodes one file's bytes (deals.json element by element, so memory stays bounded).
    public mutating func decode(_ file: FixtureFile, bytes: [UInt8], _ d: Diagnostics, progress: ((Int) -> Void)? = nil) {
        if file == .deals {
            let pairs = FixtureDecoder.streamList(bytes, file, d, progress, Deal.decode)
            deals = pairs.map(\.0)
            dealLocations = pairs.map { $0.1.location ?? JSONLocation(line: 0, column: 0) }
            return
        }
        guard let root = FixtureDecoder.parse(bytes, name: file.rawValue, d) else { return }
        FixtureDecoder.decode(file, root, into: &self, d, progress)
    }

    /// Deals decoded elsewhere (the streaming fast path).
    public mutating func setDeals(_ deals: [Deal], locations: [JSONLocation]) {
        self.deals = deals
        dealLocations = locations
    }

    /// deals.json is not needed (a command that only needs ids a new deal may refer to).
    public mutating func skipDeals() { dealsSkipped = true }

    /// Cross-file validation, then the outcome: a dataset when no error stops it.
    public func validated(_ d: Diagnostics, missing: Bool = false) -> LoadResult {
        let dataset = Validator.validate(self, d)
        var r = FixtureDecoder.finish(dataset, d)
        r.missing = missing
        return r
    }
}

/// The outcome of loading: a dataset when no error stops it, and every problem found either way.
public struct LoadResult: Sendable {
    public var dataset: Dataset?
    public var problems: [Problem]
    /// The data directory or a required file is missing (exit 66), as opposed to invalid (65).
    public var missing = false

    public init(dataset: Dataset?, problems: [Problem], missing: Bool = false) {
        self.dataset = dataset
        self.problems = problems
        self.missing = missing
    }
    public var errors: [Problem] { problems.filter { $0.severity == .error } }
    public var warnings: [Problem] { problems.filter { $0.severity == .warning } }
}

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
            fx.deals = pairs.map(\.0)
            fx.dealLocations = pairs.map { $0.1.location ?? JSONLocation(line: 0, column: 0) }
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
        if let v = r.int("schemaVersion", what: "schemaVersion"), v != 1 {
            d.error(r.file, "schemaVersion", r.location("schemaVersion"), "schema version \(v) is not supported; this trade-tui reads version 1")
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

