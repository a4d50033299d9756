import ArgumentParser
import TradeModel
import TradeStore
import TradeView

extension Deal.Direction: ExpressibleByArgument {}

/// A bad option value found while running: one clear line and exit 64, without the usage dump.
func usageError(_ message: String) -> ExitCode {
    Platform.writeStderr("trade-tui: \(message)\n")
    return ExitCode(64)
}

/// Refuses an id given on the command line that holds a control character (see `Identifier`):
/// one line naming the option, exit 64, and the value itself never echoed.
func requireIdentifiers(_ given: [(name: String, value: String?)], _ lang: Language) throws {
    for (name, value) in given where value.map(Identifier.isSafe) == false {
        throw usageError(CLIText.refusedId(name, lang))
    }
}

/// Parses a rupiah amount for an option, read the Indonesian way whatever `--lang` says (scripts
/// keep their meaning), with the parser's own sentence on failure.
func rupiahOption(_ s: String, _ name: String, _ lang: Language) throws -> Int64 {
    switch RupiahInput.parse(s, .id) {
    case .success(let v): return v
    case .failure(let f): throw usageError("\(name): " + f.sentence(lang, reading: .id))
    }
}

/// Computes aggregates or exits with a clear message when a sum leaves Int64.
func aggregate(_ ds: Dataset, _ lang: Language) throws -> Aggregates {
    do {
        return try Aggregates.compute(ds, today: Platform.today())
    } catch {
        let f = LoadFailure(error)
        Platform.writeStderr("trade-tui: \(f.message(lang))\n")
        throw ExitCode(ExitStatus.code(for: f.kind))
    }
}

/// The totals, or nil when they are already beyond Int64 (only a change that lowers them can help).
func summable(_ ds: Dataset) -> Aggregates? {
    do { return try Aggregates.compute(ds, today: Platform.today()) } catch { return nil }
}

func emit(_ s: String) throws {
    if !Platform.writeStdout(s) { throw ExitCode(ExitStatus.ioError) }
}

func write(_ events: [JournalEvent], _ ds: Dataset, _ path: String, _ lang: Language) throws {
    do {
        if let moved = try JournalStores.open(path, datasetId: ds.datasetId).append(events) {
            Platform.writeStderr("trade-tui: \(CLIText.interruptedMoved(Sanitizer.line(moved), lang))\n")
        }
    } catch {
        Platform.writeStderr("trade-tui: \(Sanitizer.line(error.sentence(lang)))\n")
        throw ExitCode(ExitStatus.ioError)
    }
}

/// Writes `events` made from what `loaded` read, then reads what the journal did with them: a
/// change made from a version someone changed in the meantime is kept and not applied, and the
/// command says who changed it and when, in the local zone (exit 65). `--force` writes changes made
/// from no version.
func writeChecked(_ events: [JournalEvent], _ loaded: DataLoader.Loaded, _ lang: Language) throws {
    try write(events, loaded.dataset, loaded.journalPath, lang)
    var ds = loaded.dataset
    var cursor = loaded.cursor
    _ = JournalStores.open(loaded.journalPath, datasetId: ds.datasetId).replay(into: &ds, cursor: &cursor, reportTorn: false)
    let ids = Set(events.map(\.eventId))
    guard let c = ds.conflicts.last(where: { ids.contains($0.event.eventId) }) else { return }
    var who = CLIText.someoneElse(lang)
    if let a = c.event.body.actionId, let change = ds.change(c.current, ofAction: a) {
        who = CLIText.whoAt(change.user, change.at, Platform.localZone(), lang)
    } else if let entry = ds.dealLog.lastIndex(ofEvent: c.current).map({ ds.dealLog[$0] }) {
        who = CLIText.whoAt(entry.user, entry.at, Platform.localZone(), lang)
    }
    Platform.writeStderr("trade-tui: \(CLIText.notApplied(Sanitizer.line(who), lang))\n")
    throw ExitCode(ExitStatus.dataError)
}

