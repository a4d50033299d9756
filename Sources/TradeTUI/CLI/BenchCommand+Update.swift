import Glibc
import ArgumentParser
import TradeModel
import TradeStore
import TradeState
import TradeView

extension BenchCommand {
    /// What a projector and a desk do when another process appends one deal to the journal they
    /// share: read what was appended, make the new model (aggregates, indexes), let the reducer
    /// follow it, draw the frame — on `n` deals (issue 14: in time proportional to the new events).
    /// Returns each screen's times (ms), keyed "projector" and "dashboard".
    func measureUpdate(_ dir: String, _ n: Int) throws -> [String: [Double]] {
        let journal = work + "/update-\(n).journal.jsonl"
        _ = unlink(journal)
        let loaded: DataLoader.Loaded
        switch DataLoader.load(directory: dir, journal: journal, environment: Platform.environment) {
        case .success(let l): loaded = l
        case .failure(let f): throw ValidationError(f.messageEn)
        }
        let writer = JournalWriter(path: journal, datasetId: loaded.base.datasetId)
        let mission = loaded.dataset.missions[0].id
        var all: [String: [Double]] = [:]
        for screen in ["projector", "dashboard"] {
            var sync = JournalSync(loaded, today: Platform.today(), desk: screen == "dashboard")
            var model = try sync.model()
            let presenter = screen == "projector" ? PresenterState(mission: nil, exitsProgram: true, rotateSeconds: nil, model: model) : nil
            var s = Reducer.initial(model, width: 160, height: 45, lang: .id, presenter: presenter)
            _ = FrameView.render(s, model)
            var times: [Double] = []
            for i in 0..<40 {
                let deal = Deal(id: "bench-\(screen)-\(i)", mission: mission, direction: .sell, commodity: "coffee",
                                valueRupiah: 1_000_000 + Int64(i), status: .committed, kind: .itemised, source: "bench")
                do { try writer.append([JournalEvent.stamped(.dealRecorded(deal), user: "bench")]) } catch { throw ValidationError(error.message) }
                let a = Self.now()
                switch sync.poll(current: model) {
                case .success(let m)?: model = m
                case .failure(let f)?: throw ValidationError(f.messageEn)
                case nil: throw ValidationError("the appended deal was not read")
                }
                _ = Reducer.reduce(&s, .dataChanged, model)
                _ = FrameView.render(s, model)
                times.append(Self.now() - a)
            }
            try say("\(screen) after one appended deal (read, model, frame): \(Self.stats(times))")
            all[screen] = times
        }
        return all
    }
}
