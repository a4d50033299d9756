import ArgumentParser
import TradeModel
import TradeStore
import TradeView

struct DealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deal",
        abstract: "Correct or withdraw a recorded deal (a new event; the original stays in the journal).",
        subcommands: [Correct.self, Withdraw.self])

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Withdraw a deal; it stays visible as withdrawn and no longer counts.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Deal id.") var id: String
        @Option(help: "Why.") var reason: String = ""

        func validate() throws { try requireIdentifiers([("the deal ID", id)]) }

        func run() throws {
            let (ds, _, path) = try common.loadModel(quietWarnings: true)
            guard let d = ds.deals.first(where: { $0.id == id }) else {
                Platform.writeStderr("trade-tui: no deal has the id \"\(Sanitizer.line(id))\"\n")
                throw ExitCode(ExitStatus.dataError)
            }
            if d.status == .withdrawn { try emit("already withdrawn: \(id)\n"); return }
            try write([JournalEvent.stamped(.dealWithdrawn(dealId: id, reason: reason), user: common.userName)], ds, path)
            try emit("ok withdrawn \(id) \(Rupiah.exact(d.valueRupiah))\n")
        }
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Correct a deal's value, commodity, direction, quantity or parties.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Deal id.") var id: String
        @Option var value: String?
        @Option var commodity: String?
        @Option var direction: Deal.Direction?
        @Option var quantity: String?
        @Option var unit: String?
        @Option var party: String?
        @Option var counterparty: String?

        func validate() throws { try requireIdentifiers([("the deal ID", id), ("--commodity", commodity)]) }

        func run() throws {
            let amount = try value.map { try rupiahOption($0, "--value") }
            let (ds, _, path) = try common.loadModel(quietWarnings: true)
            guard var d = ds.deals.first(where: { $0.id == id }) else {
                Platform.writeStderr("trade-tui: no deal has the id \"\(Sanitizer.line(id))\"\n")
                throw ExitCode(ExitStatus.dataError)
            }
            if let amount { d.valueRupiah = amount }
            if let commodity { d.commodity = commodity }
            if let direction { d.direction = direction }
            if let quantity { guard let q = DealDesk.quantityText(quantity) else { throw usageError("--quantity must be a number") }; d.quantity = q }
            if let unit { d.unit = unit }
            if let party { d.party = party }
            if let counterparty { d.counterparty = counterparty }
            let problems = DealDesk.problems(d, in: ds, dealIds: [])
            if !problems.isEmpty {
                for p in problems { Platform.writeStderr("trade-tui: \(p)\n") }
                throw ExitCode(ExitStatus.dataError)
            }
            try write([JournalEvent.stamped(.dealCorrected(d), user: common.userName)], ds, path)
            try emit("ok corrected \(id) \(Rupiah.exact(d.valueRupiah))\n")
        }
    }
}
