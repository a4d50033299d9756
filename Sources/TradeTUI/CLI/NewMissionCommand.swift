import ArgumentParser
import TradeModel
import TradeStore
import TradeView

struct NewMissionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-mission",
        abstract: "Create a mission for the day (a journal event); its running total starts from zero.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var who: UserOption
    @Option(help: "Partner region id (see regions.json).") var partner: String
    @Option(help: "City.") var city: String
    @Option(help: ArgumentHelp("Date, YYYY-MM-DD (default: today).", valueName: "DATE")) var date: String?
    @Option(help: "Venue.") var venue: String?
    @Option(help: "Title (default: Misi Dagang <organiser>–<partner> <year>).") var title: String?
    @Option(help: "Theme.") var theme: String?
    @Option(help: "Transaction target in rupiah.") var target: String?
    @Option(help: "Mission id (default: m<date>-<partner>).") var id: String?

    func validate() throws { try requireIdentifiers([("--id", id), ("--partner", partner)], common.language) }

    func run() throws {
        let l = common.language
        let tgt = try target.map { try rupiahOption($0, "--target", l) }
        guard let day = date.map({ PartialDate(parsing: $0) }) ?? Platform.today(), day.day != nil else {
            throw usageError(CLIText.dateInvalid(l))
        }
        let (ds, _, path) = try common.loadModel(quietWarnings: true)
        guard let p = ds.region(partner), let org = ds.region(ds.organiser) else {
            Platform.writeStderr("trade-tui: \(CLIText.noRegion(Sanitizer.line(partner), ids: ds.regions.map(\.id).joined(separator: ", "), l))\n")
            throw ExitCode(ExitStatus.dataError)
        }
        let m = DealDesk.newMission(id: id, organiser: org, partner: p, city: city, venue: venue, date: day, title: title, theme: theme,
                                    target: tgt, user: who.userName)
        if DealDesk.places(ds).contains(m.id) {
            Platform.writeStderr("trade-tui: \(CLIText.missionExists(m.id, l))\n")
            throw ExitCode(ExitStatus.dataError)
        }
        try write([JournalEvent.stamped(.missionCreated(m), user: who.userName)], ds, path, l)
        try emit("ok \(m.id) \(m.title) (\(m.timeZone.rawValue))\n")
    }
}
