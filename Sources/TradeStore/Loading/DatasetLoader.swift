import TradeModel

/// Reads the fixture files of a data directory and hands their bytes to `TradeModel` to decode and
/// validate. The one place fixtures are read, for the command line and the dashboard alike.
public enum DatasetLoader {
    /// Loads, decodes and validates the fixtures in `directory`; reports every problem found.
    /// `progress` is told the file being read and, for long lists, how far decoding is (0–1000).
    /// `useFastPath: false` forces the general decoder for deals.json (tests compare the two).
    /// `withoutDeals`: everything but deals.json (and the checks that need its lines), for commands
    /// that only need the ids a new deal may refer to — `record-deal` on a million-deal data set.
    /// A fixture file's problem carries the directory as given (`Problem.place`: `DIR/deals.json`).
    public static func load(directory: String, useFastPath: Bool = true, withoutDeals: Bool = false,
                            progress: (@Sendable (String, Int) -> Void)? = nil) -> LoadResult {
        var result = read(directory: directory, useFastPath: useFastPath, withoutDeals: withoutDeals, progress: progress)
        let files = Set(FixtureFile.allCases.map(\.rawValue))
        result.problems = result.problems.map { files.contains($0.file) ? $0.placed(in: directory) : $0 }
        return result
    }

    static func read(directory: String, useFastPath: Bool, withoutDeals: Bool,
                     progress: (@Sendable (String, Int) -> Void)?) -> LoadResult {
        let diagnostics = Diagnostics()
        guard FileReader.isDirectory(directory) else {
            let what = FileReader.exists(directory) ? "is not a directory" : "does not exist"
            diagnostics.error(Sanitizer.line(directory), "", nil, "the data directory \(what)")
            return LoadResult(dataset: nil, problems: diagnostics.problems, missing: !FileReader.exists(directory))
        }
        var fx = Fixtures()
        var missing = false
        var dealsPath: String?
        for file in FixtureFile.allCases {
            let path = directory.hasSuffix("/") ? directory + file.rawValue : directory + "/" + file.rawValue
            progress?(file.rawValue, 0)
            if file == .deals, withoutDeals { fx.skipDeals(); continue }
            // Without a location per deal: they are only for messages, and are read when there is one.
            if file == .deals, useFastPath,
               case .decoded(let deals, let locations) = DealsFile.decode(path: path, locations: false, progress: { progress?(file.rawValue, $0) }) {
                fx.setDeals(deals, locations: locations)
                dealsPath = path
                continue
            }
            switch FileReader.contents(of: path) {
            case .failure(let f):
                if f == .missing { missing = true }
                diagnostics.error(file.rawValue, "", nil, f == .missing ? "the required file \(file.rawValue) is missing" : "\(file.rawValue) \(f.sentence)")
            case .success(let bytes):
                fx.decode(file, bytes: bytes, diagnostics) { done in progress?(file.rawValue, done) }
            }
        }
        let decoded = diagnostics.problems
        do {
            let result = fx.validated(diagnostics, missing: missing)
            guard dealsPath != nil, result.problems.contains(where: { $0.file == FixtureFile.deals.rawValue }) else { return result }
        }
        // A problem in deals.json names its line: read the file again, keeping where each deal
        // starts, and check again (the problems of decoding the other files are kept as they were).
        // The first reading is let go of first, so the two are never in memory together.
        guard let dealsPath else { return fx.validated(diagnostics, missing: missing) }
        fx.setDeals(DealTable(), locations: DealLocations())
        let again = Diagnostics()
        for p in decoded { again.add(p) }
        if case .decoded(let deals, let locations) = DealsFile.decode(path: dealsPath, locations: true, progress: { progress?(FixtureFile.deals.rawValue, $0) }) {
            fx.setDeals(deals, locations: locations)
        } else {
            // Changed since the first reading: the general path reads it as it is now.
            switch FileReader.contents(of: dealsPath) {
            case .failure(let f): again.error(FixtureFile.deals.rawValue, "", nil, "\(FixtureFile.deals.rawValue) \(f.sentence)")
            case .success(let bytes): fx.decode(.deals, bytes: bytes, again)
            }
        }
        return fx.validated(again, missing: missing)
    }
}
