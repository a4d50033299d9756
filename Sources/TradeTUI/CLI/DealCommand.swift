import ArgumentParser
import TradeModel
import TradeStore
import TradeView

struct DealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deal",
        abstract: "Correct or withdraw a recorded deal (a new event; the original stays in the journal).",
        subcommands: [Correct.self, Withdraw.self])

    /// The deal with this id, or exit 65 naming it.
    static func find(_ id: String, in ds: Dataset, _ lang: Language) throws -> Deal {
        guard let i = ds.deals.position(ofId: id) else {
            Platform.writeStderr("trade-tui: \(CLIText.noDeal(Sanitizer.line(id), lang))\n")
            throw ExitCode(ExitStatus.dataError)
        }
        return ds.deals[i]
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Withdraw a deal; it stays visible as withdrawn and no longer counts.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var who: UserOption
        @Argument(help: "Deal id.") var id: String
        // Optional to the parser so a bad id is named first; required by `validate`.
        @Option(help: "Why it is withdrawn (required; kept in the journal).") var reason: String?
        @Flag(help: "Withdraw even if someone changed the deal since this command read it.") var force = false

        func validate() throws {
            let l = common.language
            try requireIdentifiers([(CLIText.dealIdName(l), id)], l)
            if !DealDesk.withdrawalProblems(reason: reason ?? "").isEmpty { throw usageError(CLIText.reasonRequired(l)) }
        }

        func run() throws {
            let l = common.language
            let loaded = try common.loadLive()
            let ds = loaded.dataset
            let d = try DealCommand.find(id, in: ds, l)
            if d.status == .withdrawn { try emit(CLIText.alreadyWithdrawn(id, l) + "\n"); return }
            // Totals already beyond Int64 (a deal no one should have recorded): withdrawing is how
            // that is mended, so it is never refused for it.
            if let totals = summable(ds) { try DeskChecks.refuse(DealDesk.totalsProblems([.withdrawal(d)], in: ds, totals: totals, lang: l)) }
            let why = (reason ?? "").trimmingSpaces
            try writeChecked([JournalEvent.stamped(.dealWithdrawn(dealId: id, reason: why), user: who.userName,
                                                   basedOn: force ? nil : ds.version(ofDeal: id))], loaded, l)
            try emit(CLIText.okWithdrawn(id, d.valueRupiah, l) + "\n")
        }
    }

    struct Correct: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a deal's value, commodity, direction, quantity or parties.",
            discussion: "A withdrawn deal is not corrected (record it again if it stands). A correction that changes nothing writes nothing. A new value from Rp50 miliar up needs --confirm.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var who: UserOption
        @Argument(help: "Deal id.") var id: String
        @Option var value: String?
        @Option var commodity: String?
        @Option var direction: Deal.Direction?
        @Option(help: "Quantity: 2.500 is two thousand five hundred, 2,5 two and a half.") var quantity: String?
        @Option var unit: String?
        @Option var party: String?
        @Option var counterparty: String?
        @Flag(help: "Correct to a value from Rp50 miliar up (the form reads it back and asks; a script says so).") var confirm = false
        @Flag(help: "Apply even if someone changed the deal since this command read it.") var force = false

        func validate() throws {
            let l = common.language
            try requireIdentifiers([(CLIText.dealIdName(l), id), ("--commodity", commodity)], l)
        }

        func run() throws {
            let l = common.language
            let amount = try value.map { try rupiahOption($0, "--value", l) }
            let q = try quantity.map { try DeskChecks.quantity($0, "--quantity", l) }
            let loaded = try common.loadLive()
            let ds = loaded.dataset
            let old = try DealCommand.find(id, in: ds, l)
            try DeskChecks.refuse(DealDesk.correctionProblems(old, lang: l))
            var d = old
            if let amount { d.valueRupiah = amount }
            if let commodity { d.commodity = commodity }
            if let direction { d.direction = direction }
            if let q { d.quantity = q }
            if let unit { d.unit = unit }
            if let party { d.party = party }
            if let counterparty { d.counterparty = counterparty }
            if d == old { try emit(CLIText.nothingToChangeDeal(id, l) + "\n"); return }
            // Totals already beyond Int64: only a correction that lowers the value can mend them.
            var totals = summable(ds)
            if totals == nil && d.valueRupiah > old.valueRupiah { totals = try aggregate(ds, l) } // says why, exit 65
            guard let totals else {
                try writeChecked([JournalEvent.stamped(.dealCorrected(d), user: who.userName, basedOn: force ? nil : ds.version(ofDeal: id))], loaded, l)
                try emit(CLIText.okCorrected(id, d.valueRupiah, l) + "\n")
                return
            }
            let change = DeskChange(old: old, new: d)
            try DeskChecks.refuse(DealDesk.problems(d, in: ds, dealIds: [], lang: l))
            try DeskChecks.refuse(DealDesk.totalsProblems([change], in: ds, totals: totals, lang: l))
            try DeskChecks.requireConfirmation(d, replacing: old, confirmed: confirm, lang: l)
            try writeChecked([JournalEvent.stamped(.dealCorrected(d), user: who.userName, basedOn: force ? nil : ds.version(ofDeal: id))], loaded, l)
            let total = DealDesk.missionTotal(d.mission, after: [change], totals: totals)
            try emit(CLIText.okCorrected(id, d.valueRupiah, l) + DeskChecks.finalNote(d.mission, total: total, in: ds, lang: l) + "\n")
        }
    }
}
