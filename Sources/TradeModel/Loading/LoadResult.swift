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
