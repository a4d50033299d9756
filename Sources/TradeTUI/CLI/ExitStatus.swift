import TradeStore

/// Exit codes, documented in README.md (sysexits.h values where one fits).
enum ExitStatus {
    static let ok: Int32 = 0
    /// A usage error (bad option), or no journal to use.
    static let usage: Int32 = 64
    /// The data (fixtures or journal) is invalid, or a total overflows.
    static let dataError: Int32 = 65
    /// The data directory or a required file is missing.
    static let noInput: Int32 = 66
    /// Output could not be written.
    static let ioError: Int32 = 74
    /// The dashboard needs a terminal on standard input and output.
    static let noTerminal: Int32 = 69
    /// EX_UNAVAILABLE: a service (the PostgreSQL server) cannot be reached.
    static let unavailable: Int32 = 69

    /// The exit for a load that failed, by its kind.
    static func code(for kind: LoadFailure.Kind) -> Int32 {
        switch kind {
        case .missing: noInput
        case .invalid, .journalRefused, .overflow: dataError
        case .journalPlace: usage
        case .journalUnreachable: unavailable
        }
    }
}
