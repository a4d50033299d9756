/// The append-only journal of changes made at run time (JSON Lines). The model is always
/// fixtures + journal replayed; fixtures are never rewritten.
///
/// Each line: `{"v":1,"datasetId":"…","eventId":"…","at":"2026-11-23T01:02:03Z","user":"…","type":"…", …}`.
public enum Journal {
    public static let formatVersion = 1

    /// The default journal for a dataset: `$XDG_STATE_HOME/trade-tui/<datasetId>.journal.jsonl`,
    /// else `$HOME/.local/state/trade-tui/…`. Keyed on the stable `datasetId`, so a corrected
    /// fixture keeps its journal; outside the repository, so it is never committed.
    public static func defaultPath(datasetId: String, environment: [String: String]) -> String {
        let base: String
        if let x = environment["XDG_STATE_HOME"], x.hasPrefix("/") {
            base = x
        } else if let h = environment["HOME"], h.hasPrefix("/") {
            base = h + "/.local/state"
        } else {
            base = "/tmp"
        }
        return base + "/trade-tui/" + datasetId + ".journal.jsonl"
    }

    /// What replaying found, besides the changes it applied.
    public struct Replay: Sendable {
        public var applied = 0
        public var problems: [Problem] = []
        /// True when the journal was written for another dataset or by a newer format: refuse it.
        public var refused = false
    }

    /// Applies the journal at `path` to `dataset`. A missing journal is an empty one; reading never
    /// creates or changes the file. Damaged lines are reported with their number and skipped.
    public static func replay(path: String, into dataset: inout Dataset) -> Replay {
        var out = Replay()
        let name = "journal"
        let bytes: [UInt8]
        switch FileReader.contents(of: path) {
        case .failure(.missing): return out
        case .failure(let f):
            out.problems.append(Problem(.error, file: Sanitizer.line(path), path: "", at: nil, "the journal \(f.sentence)"))
            out.refused = true
            return out
        case .success(let b): bytes = b
        }
        let d = Diagnostics()
        var lineNo = 0
        var start = 0
        let missionIds = Set(dataset.missions.map(\.id))
        let actionIndex = Dictionary(dataset.actions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        while start < bytes.count {
            lineNo += 1
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            let torn = end == bytes.count
            let lineBytes = Array(bytes[start..<end])
            start = end + 1
            if lineBytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let loc = JSONLocation(line: lineNo, column: 1)
            let node: JSONNode
            do {
                node = try JSONParser.parse(lineBytes)
            } catch {
                let why = torn ? "the last line is incomplete (an interrupted write); it is ignored"
                               : "line \(lineNo) is damaged (\(error.message)); it is set aside and the rest is used"
                d.warning(name, "line \(lineNo)", JSONLocation(line: lineNo, column: error.location.column), why)
                continue
            }
            guard let r = ObjectReader(node, file: name, path: "line \(lineNo)", diagnostics: d) else { continue }
            guard let v = r.int("v", what: "format version") else { continue }
            if v > formatVersion {
                d.error(name, "line \(lineNo)", loc, "written by a newer trade-tui (journal format \(v)); this one reads format \(formatVersion)")
                out.refused = true
                break
            }
            guard let ds = r.string("datasetId") else { continue }
            if ds != dataset.datasetId {
                d.error(name, "line \(lineNo)", loc, "belongs to the dataset \"\(Sanitizer.line(ds))\", not \"\(dataset.datasetId)\"")
                out.refused = true
                break
            }
            guard let type = r.string("type") else { continue }
            switch type {
            case "dealRecorded":
                guard let dr = r.object("deal"), let deal = Deal.decode(dr) else { continue }
                if !missionIds.contains(deal.mission) {
                    d.warning(name, "line \(lineNo)", loc, "records a deal for the mission \"\(Sanitizer.line(deal.mission))\", which the fixtures no longer have; it is kept but not counted")
                }
                dataset.deals.append(deal)
                out.applied += 1
            case "actionStatusSet":
                guard let id = r.string("actionId"), let st = r.enumValue("status", FollowUpAction.Status.self) else { continue }
                guard let i = actionIndex[id] else {
                    d.warning(name, "line \(lineNo)", loc, "changes the action \"\(Sanitizer.line(id))\", which the fixtures no longer have; it is kept")
                    continue
                }
                dataset.actions[i].status = st
                out.applied += 1
            default:
                d.warning(name, "line \(lineNo)", loc, "has an event type \"\(Sanitizer.line(type))\" this version does not know; it is kept and ignored")
            }
        }
        out.problems = d.problems.map { p in var p = p; p.file = Sanitizer.line(path); return p }
        return out
    }
}
