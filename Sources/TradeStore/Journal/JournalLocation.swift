#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TradeModel

/// Which journal a command uses: the one named with `--journal`, else the data set's default
/// place, which must be private (see docs/DECISIONS.md, "Safe places").
public enum JournalLocation {
    /// What a command says when it has no journal to use.
    public static let askForJournal = "set HOME or XDG_STATE_HOME, or give --journal FILE"
    public static let askForJournalId = "atur HOME atau XDG_STATE_HOME, atau beri --journal FILE"

    /// `explicit` as given (a link the user made is followed; one another user planted in a shared
    /// directory is not), else `Journal.defaultPath`, checked with `problemWithDefault`.
    public static func resolve(explicit: String?, datasetId: String, environment: [String: String],
                               uid: uid_t = geteuid()) -> Result<String, LoadFailure> {
        // `--journal`, else TRADE_TUI_JOURNAL (a file or a postgresql:// URL), else the default.
        let fromEnvironment = environment["TRADE_TUI_JOURNAL"].flatMap { $0.isEmpty ? nil : $0 }
        let explicit = explicit ?? fromEnvironment
        if let explicit, looksLikeMistypedPostgresURL(explicit), explicit.contains(":") {
            return .failure(LoadFailure(kind: .journalPlace, problems: [],
                                        id: "\(Sanitizer.line(PostgresURL.display(explicit))) bukan URL PostgreSQL yang dikenal; tulis postgresql://pengguna@host:port/db",
                                        en: "\(Sanitizer.line(PostgresURL.display(explicit))) is not a PostgreSQL URL; write postgresql://user@host:port/db"))
        }
        if let explicit, JournalStores.isPostgres(explicit) {
            // Credentials never come from the command line or reach the screen: libpq reads
            // PGPASSWORD or ~/.pgpass.
            if PostgresURL.hasPassword(explicit) {
                return .failure(LoadFailure(kind: .journalPlace, problems: [],
                                            id: "kata sandi tidak ditulis di URL jurnal \(PostgresURL.display(explicit)); pakai PGPASSWORD atau ~/.pgpass",
                                            en: "a password does not go in the journal URL \(PostgresURL.display(explicit)); use PGPASSWORD or ~/.pgpass"))
            }
            return .success(explicit)
        }
        if let explicit {
            guard let why = SafePlace.problem(with: explicit, rule: .links, uid: uid) else { return .success(explicit) }
            return .failure(LoadFailure(kind: .journalPlace, problems: [],
                                        id: "jurnal \(Sanitizer.line(explicit)) tidak dapat dipakai: \(Sanitizer.line(why)); beri --journal FILE yang lain",
                                        en: "the journal \(Sanitizer.line(explicit)) cannot be used: \(Sanitizer.line(why)); give another --journal FILE"))
        }
        guard let path = Journal.defaultPath(datasetId: datasetId, environment: environment) else {
            return .failure(LoadFailure(kind: .journalPlace, problems: [], id: "tidak ada tempat pribadi untuk jurnal: " + askForJournalId,
                                        en: "there is no private place for the journal: " + askForJournal))
        }
        if let why = problemWithDefault(path, uid: uid) {
            return .failure(LoadFailure(kind: .journalPlace, problems: [],
                                        id: "jurnal bawaan \(Sanitizer.line(path)) tidak berada di tempat yang aman: \(Sanitizer.line(why)); beri --journal FILE",
                                        en: "the default journal \(Sanitizer.line(path)) is not in a safe place: \(Sanitizer.line(why)); give --journal FILE"))
        }
        return .success(path)
    }

    /// Why the default journal's place cannot be used, or nil. Besides `SafePlace`'s strict rule:
    /// the journal is never a symbolic link there (what `O_NOFOLLOW` would refuse), and its
    /// directory is not writable by everyone, so nobody else can put a link where the writer will
    /// create the file.
    public static func problemWithDefault(_ path: String, uid: uid_t = geteuid()) -> String? {
        if let why = SafePlace.problem(with: path, rule: .strict, uid: uid) { return why }
        var st = stat()
        if lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK {
            return "it is a symbolic link, and trade-tui follows none in the place it chooses itself"
        }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            let dir = String(path[..<slash])
            if stat(dir, &st) == 0 && st.st_mode & S_IWOTH != 0 { return "\(dir) can be written by anyone" }
        }
        return nil
    }
}
