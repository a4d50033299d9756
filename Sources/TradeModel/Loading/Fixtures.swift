/// Decoded records with their origins, before cross-file validation. `TradeStore` fills one from
/// the files' bytes; `validated` checks them together.
public struct Fixtures {
    /// The `schemaVersion` this release writes (`generate`) and names in `--version`.
    public static let schemaVersion = 2
    /// Every version the loader reads (1: actions' `dueInferred`/`dueNote`, read as an inferred basis).
    public static let readableSchemaVersions = 1...schemaVersion

    var dataset: Dataset?
    var sources: [(Source, Origin)] = []
    var regions: [(Region, Origin)] = []
    var commodities: [(Commodity, Origin)] = []
    var products: [(Product, Origin)] = []
    var missions: [(Mission, Origin)] = []
    var agreements: [(Agreement, Origin)] = []
    /// Deals and where each object starts (origins are built only for messages).
    var deals = DealTable()
    var dealLocations = DealLocations()
    /// deals.json was not read (see `TradeStore.DatasetLoader.load(withoutDeals:)`).
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
            deals = DealTable(pairs.lazy.map(\.0))
            dealLocations = DealLocations(packed: pairs.map { $0.1.location.map { JSONLocation.pack(line: $0.line, column: $0.column) } ?? 0 })
            return
        }
        guard let root = FixtureDecoder.parse(bytes, name: file.rawValue, d) else { return }
        FixtureDecoder.decode(file, root, into: &self, d, progress)
    }

    /// Deals decoded elsewhere (the streaming fast path).
    public mutating func setDeals(_ deals: DealTable, locations: DealLocations) {
        self.deals = deals
        dealLocations = locations
    }

    /// Where deal `i` starts in deals.json.
    func dealLocation(_ i: Int) -> JSONLocation? {
        i < dealLocations.count ? dealLocations[i] : nil
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
