import ArgumentParser
import TradeModel
import TradeState

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the fixtures and the journal; report every problem on standard error.",
        discussion: "Exit 0 when valid, 65 when the data has errors, 66 when the data directory or a file is missing.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let (ds, replay, _) = try common.loadModel()
        let a = try aggregate(ds)
        let l = common.language
        let msg = l == .id
            ? "valid: \(ds.missions.count) misi, \(ds.agreements.count) kesepakatan, \(ds.deals.count) baris, \(replay.applied) peristiwa jurnal; total \(Rupiah.exact(a.totalValueRupiah))\n"
            : "valid: \(ds.missions.count) missions, \(ds.agreements.count) agreements, \(ds.deals.count) lines, \(replay.applied) journal events; total \(Rupiah.exact(a.totalValueRupiah))\n"
        Platform.writeStderr(msg)
    }
}
