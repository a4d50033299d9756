import TradeModel

/// The one loader the command line and the dashboard share: fixtures, then the journal replayed
/// onto them. Failures are typed, so exit codes come from the kind of failure, never from words.
public enum DataLoader {
    /// Fixtures + journal.
    public struct Loaded: Sendable {
        /// The fixtures alone (what a rewritten journal is replayed onto again).
        public var base: Dataset
        /// Fixtures + journal.
        public var dataset: Dataset
        public var journalPath: String
        public var cursor: Journal.Cursor
        public var replay: Journal.Replay
        /// The fixtures' warnings (they stay while the program runs; the journal's change with it).
        public var fixtureWarnings: [Problem]
        /// Every warning: the fixtures' and the journal's.
        public var warnings: [Problem] { fixtureWarnings + replay.problems }
    }

    /// The fixtures alone (no journal), with their warnings.
    public static func fixtures(directory: String, withoutDeals: Bool = false,
                                progress: (@Sendable (String, Int) -> Void)? = nil) -> Result<(Dataset, [Problem]), LoadFailure> {
        let result = DatasetLoader.load(directory: directory, withoutDeals: withoutDeals, progress: progress)
        guard let base = result.dataset else {
            return .failure(LoadFailure(kind: result.missing ? .missing : .invalid, problems: result.problems,
                                        id: "\(result.errors.count) kesalahan di \(Sanitizer.line(directory)); tidak ada yang dimuat",
                                        en: "\(Labels.count(result.errors.count, "error", "errors")) in \(Sanitizer.line(directory)); nothing was loaded"))
        }
        return .success((base, result.warnings))
    }

    /// Loads the fixtures in `directory` and replays the journal (`journal`, else the data set's
    /// default path under `environment`; see `JournalLocation`). `withoutDeals`: see `DatasetLoader.load`.
    public static func load(directory: String, journal: String?, environment: [String: String], withoutDeals: Bool = false,
                            progress: (@Sendable (String, Int) -> Void)? = nil) -> Result<Loaded, LoadFailure> {
        let base: Dataset, fixtureWarnings: [Problem]
        switch fixtures(directory: directory, withoutDeals: withoutDeals, progress: progress) {
        case .failure(let f): return .failure(f)
        case .success(let loaded): (base, fixtureWarnings) = loaded
        }
        let path: String
        switch JournalLocation.resolve(explicit: journal, datasetId: base.datasetId, environment: environment) {
        case .failure(let f): return .failure(f.with(problems: fixtureWarnings))
        case .success(let p): path = p
        }
        // What messages name: a server without credentials or options, or the file.
        let shown = JournalStores.isPostgres(path) ? PostgresURL.display(path) : Sanitizer.line(path)
        var dataset = base
        var cursor = Journal.Cursor()
        let replay = JournalStores.open(path, datasetId: base.datasetId).replay(into: &dataset, cursor: &cursor, reportTorn: true)
        if replay.unreachable {
            return .failure(LoadFailure(kind: .journalUnreachable, problems: fixtureWarnings + replay.problems,
                                        id: "server jurnal \(Sanitizer.line(PostgresURL.display(path))) tidak terjangkau; tidak ada yang dimuat",
                                        en: "the journal's server \(Sanitizer.line(PostgresURL.display(path))) cannot be reached; nothing was loaded"))
        }
        if replay.refused {
            return .failure(LoadFailure(kind: .journalRefused, problems: fixtureWarnings + replay.problems,
                                        id: "jurnal \(shown) tidak dapat dipakai; tidak ada yang dimuat",
                                        en: "the journal \(shown) cannot be used; nothing was loaded"))
        }
        return .success(Loaded(base: base, dataset: dataset, journalPath: path, cursor: cursor, replay: replay,
                               fixtureWarnings: fixtureWarnings))
    }
}
