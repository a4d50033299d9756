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
func requireIdentifiers(_ given: [(name: String, value: String?)]) throws {
    for (name, value) in given where value.map(Identifier.isSafe) == false {
        throw usageError("\(name) \(Identifier.refusal())")
    }
}

/// Parses a rupiah amount for an option, with the parser's own sentence on failure.
func rupiahOption(_ s: String, _ name: String) throws -> Int64 {
    switch RupiahInput.parse(s) {
    case .success(let v): return v
    case .failure(let f): throw usageError("\(name): " + f.sentence(.en))
    }
}

struct RecordDealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record-deal",
        abstract: "Record a deal signed at the desk (one journal event); exit 0 only once it is durable.",
        discussion: "--value takes 1250000000, 1.250.000.000 or \"1,25 miliar\". --mission takes any id that `summary` lists in byMission.")

    @OptionGroup var common: CommonOptions
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

    func validate() throws {
        try requireIdentifiers([("--id", id), ("--mission", mission), ("--commodity", commodity), ("--product", product)])
    }

    func run() throws {
        let amount = try rupiahOption(value, "--value")
        guard let st = Deal.Status(rawValue: status), st != .withdrawn else { throw usageError("--status must be committed, validated or reported") }
        var q: String?
        if let quantity { guard let t = DealDesk.quantityText(quantity) else { throw usageError("--quantity must be a number") }; q = t }
        // A fresh id is unique by construction, so the fixture deals need not be read: recording
        // stays instant on a million-deal data set. A given --id is checked against all of them.
        let (ds, _, path) = try common.loadModel(quietWarnings: true, withoutDeals: id == nil)
        let deal = Deal(id: id ?? JournalClock.newDealId(), mission: mission, direction: direction, commodity: commodity, product: product,
                        quantity: q, unit: unit ?? (q != nil ? commodity.flatMap { ds.commodity($0)?.unit } : nil), valueRupiah: amount,
                        status: st, kind: .itemised, party: party, counterparty: counterparty, source: "desk:" + common.userName)
        let problems = DealDesk.problems(deal, in: ds)
        if !problems.isEmpty {
            for p in problems { Platform.writeStderr("trade-tui: \(p)\n") }
            throw ExitCode(ExitStatus.dataError)
        }
        try write([JournalEvent.stamped(.dealRecorded(deal), user: common.userName)], ds, path)
        var msg = "ok \(deal.id) \(Rupiah.exact(amount)) (\(RupiahInput.words(amount, common.language)))"
        if let f = DealDesk.publishedFinal(mission, in: ds) {
            msg += common.language == .id ? "; menambah angka final terbitan \(Rupiah.exact(f))" : "; adds to the published final \(Rupiah.exact(f))"
        }
        try emit(msg + "\n")
    }
}

struct NewMissionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-mission",
        abstract: "Create a mission for the day (a journal event); its running total starts from zero.")

    @OptionGroup var common: CommonOptions
    @Option(help: "Partner region id (see regions.json).") var partner: String
    @Option(help: "City.") var city: String
    @Option(help: ArgumentHelp("Date, YYYY-MM-DD (default: today).", valueName: "DATE")) var date: String?
    @Option(help: "Venue.") var venue: String?
    @Option(help: "Title (default: Misi Dagang <organiser>–<partner> <year>).") var title: String?
    @Option(help: "Theme.") var theme: String?
    @Option(help: "Transaction target in rupiah.") var target: String?
    @Option(help: "Mission id (default: m<date>-<partner>).") var id: String?

    func validate() throws { try requireIdentifiers([("--id", id), ("--partner", partner)]) }

    func run() throws {
        let tgt = try target.map { try rupiahOption($0, "--target") }
        guard let day = date.map({ PartialDate(parsing: $0) }) ?? Platform.today(), day.day != nil else {
            throw usageError("--date must be a date that exists, as YYYY-MM-DD")
        }
        let (ds, _, path) = try common.loadModel(quietWarnings: true)
        guard let p = ds.region(partner), let org = ds.region(ds.organiser) else {
            Platform.writeStderr("trade-tui: there is no region \"\(Sanitizer.line(partner))\" (\(ds.regions.map(\.id).joined(separator: ", ")))\n")
            throw ExitCode(ExitStatus.dataError)
        }
        let m = DealDesk.newMission(id: id, organiser: org, partner: p, city: city, venue: venue, date: day, title: title, theme: theme,
                                    target: tgt, user: common.userName)
        if DealDesk.places(ds).contains(m.id) {
            Platform.writeStderr("trade-tui: the mission \"\(m.id)\" already exists; give another --id\n")
            throw ExitCode(ExitStatus.dataError)
        }
        try write([JournalEvent.stamped(.missionCreated(m), user: common.userName)], ds, path)
        try emit("ok \(m.id) \(m.title) (\(m.timeZone.rawValue))\n")
    }
}

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
