import ArgumentParser
import TradeModel
import TradeStore
import TradeView

struct RecordDealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record-deal",
        abstract: "Record a deal signed at the desk (one journal event); exit 0 only once it is durable.",
        discussion: "--value takes 1250000000, 1.250.000.000 or \"1,25 miliar\"; from Rp50 miliar up it needs --confirm. --quantity reads the same way: 2.500 is two thousand five hundred, 2,5 two and a half. --mission takes any id that `summary` lists in byMission.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var who: UserOption
    @Option(help: "Mission or agreement id.") var mission: String
    @Option(help: "Commodity id (see commodities.json).") var commodity: String?
    @Option(help: "sell, buy or investment (from the organising province's view).") var direction: Deal.Direction
    @Option(help: "Value in rupiah.") var value: String
    @Option(help: "Quantity.") var quantity: String?
    @Option(help: "Unit of the quantity (default: the commodity's).") var unit: String?
    @Option(help: "The business on the organiser's side.") var party: String?
    @Option(help: "The business on the partner's side.") var counterparty: String?
    @Option(help: "Product id (rolls up into the commodity).") var product: String?
    @Option(help: "Deal id (default: a new unique id).") var id: String?
    @Option(help: "committed or validated.") var status: String = "committed"
    @Flag(help: "Record a value from Rp50 miliar up (the form reads it back and asks; a script says so).") var confirm = false

    func validate() throws {
        try requireIdentifiers([("--id", id), ("--mission", mission), ("--commodity", commodity), ("--product", product)], common.language)
    }

    func run() throws {
        let l = common.language
        let amount = try rupiahOption(value, "--value", l)
        guard let st = Deal.Status(rawValue: status), st != .withdrawn else { throw usageError(CLIText.statusInvalid(l)) }
        let q = try quantity.map { try DeskChecks.quantity($0, "--quantity", l) }
        // Every deal is read: the totals a new value adds to must be known to refuse one that overflows.
        let (ds, _, path) = try common.loadModel(quietWarnings: true)
        let deal = Deal(id: id ?? JournalClock.newDealId(), mission: mission, direction: direction, commodity: commodity, product: product,
                        quantity: q, unit: unit ?? (q != nil ? commodity.flatMap { ds.commodity($0)?.unit } : nil), valueRupiah: amount,
                        status: st, kind: .itemised, party: party, counterparty: counterparty, source: "desk:" + who.userName)
        try DeskChecks.refuse(DealDesk.problems(deal, in: ds, lang: l))
        try DeskChecks.refuse(DealDesk.totalsProblems([DeskChange(new: deal)], in: ds, totals: try aggregate(ds, l), lang: l))
        try DeskChecks.requireConfirmation(deal, confirmed: confirm, lang: l)
        try write([JournalEvent.stamped(.dealRecorded(deal), user: who.userName)], ds, path, l)
        var msg = CLIText.okRecorded(deal.id, amount, l)
        if let f = DealDesk.publishedFinal(mission, in: ds) { msg += CLIText.addsToFinal(f, l) }
        try emit(msg + "\n")
    }
}
