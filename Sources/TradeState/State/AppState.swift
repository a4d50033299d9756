import TradeModel

/// The whole state of the dashboard: one value, changed only by `Reducer.reduce`.
public struct AppState: Equatable, Sendable {
    public internal(set) var panel: Panel = .missions
    public internal(set) var details: [Panel: Detail] = [:]
    public internal(set) var lists: [ListID: ListState] = [.missions: ListState(), .commodities: ListState(), .checklists: ListState(), .deals: ListState(),
                                      .missionDeals: ListState()]
    public internal(set) var missionSort: MissionSort = .date
    public internal(set) var sortDescending = false
    public internal(set) var yearFilter: Int?
    public internal(set) var commodityView: CommodityView = .total
    public internal(set) var detailScroll = 0
    public internal(set) var editingFilter = false
    public internal(set) var showHelp = false
    /// The help overlay shows the data's warnings (`!`) instead of the keys.
    public internal(set) var helpShowsWarnings = false
    public internal(set) var helpScroll = 0
    public internal(set) var width: Int
    public internal(set) var height: Int
    public internal(set) var lang: Language
    /// The header's clock text, set by the run loop's ticks (the reducer never reads the clock).
    public internal(set) var clock = ""
    /// The zone journal times are shown in: the machine's, read from the OS by the run loop.
    public internal(set) var zone = LocalZone.utc
    /// The terminal shows ASCII only (no UTF-8 locale, e.g. `LANG=C`). Glyphs get a stand-in of
    /// their width at the backend (`ASCIIFallback`); a mark whose stand-in would read wrong is
    /// written as a word where the line is laid out (`UIText.reachedMark`: a reached target `OK`,
    /// not the `x` of a ticked box).
    public internal(set) var asciiOnly = false
    public internal(set) var quitting = false
    /// `q` with changes not yet shared or not yet saved: the desk asks before leaving (y/n).
    public internal(set) var askingToQuit = false
    /// Who this session's changes are attributed to.
    public internal(set) var user = ""
    /// Ids of what this session creates: a prefix unique to the session (minted by the run loop
    /// from the clock, the process and randomness) and a counter, so `reduce` stays pure.
    public internal(set) var idPrefix = "session"
    public internal(set) var idCounter = 1
    /// The id the next deal recorded in this session gets.
    public var newDealId: String { "d-\(idPrefix)-\(idCounter)" }
    /// Text being typed for a note, an owner or a due date.
    public internal(set) var prompt: Prompt?
    /// This session's changes (newest last) that `u` can undo, and undone ones `Ctrl-R` can redo.
    public internal(set) var undo: [JournalEvent] = []
    public internal(set) var redo: [JournalEvent] = []
    /// Items (action, deal or mission ids) with a change of this session on its way to the journal:
    /// a second change to one of them waits until the first is saved (it would be made from a
    /// version the screen does not show yet).
    public internal(set) var inFlight: [String] = []
    /// Seconds this session's change has waited for the journal (another process holds it).
    public internal(set) var waitingForJournal: Int?
    /// This session's last change met a later one by someone else: asks what to do.
    public internal(set) var conflict: ConflictPrompt?
    /// Further conflicts met at the same time, asked about one after another.
    public internal(set) var moreConflicts: [ConflictPrompt] = []
    /// Set while the journal cannot be followed (a live poll failed); cleared by the next good data.
    public internal(set) var dataProblem: DataProblem?
    /// A short message about the last change (saved, undone, or why it failed).
    public internal(set) var status: StatusMessage?
    public internal(set) var checklistStatus: ChecklistStatusFilter = .all
    public internal(set) var checklistOwner: String?
    public internal(set) var checklistMission: String?
    public internal(set) var checklistSort: ChecklistSort = .paper
    /// The order of deal lines (of a commodity and of a mission alike).
    public internal(set) var dealSort: DealSort = .recorded
    public internal(set) var dealSortDescending = false
    public internal(set) var commoditySort: CommoditySort = .value
    public internal(set) var commoditySortDescending = true
    /// Searching the `?` help: the text typed (matches are highlighted), whether it is being
    /// typed, and the help line of the match `n`/`N` went to.
    public internal(set) var helpQuery = ""
    public internal(set) var helpSearching = false
    public internal(set) var helpMatch: Int?
    /// The forum screen, when showing.
    public internal(set) var presenter: PresenterState?

    /// Rows currently shown, recomputed when a filter, sort or view changes.
    public internal(set) var missionRows: [Int] = []
    public internal(set) var commodityRows: [CommodityRow] = []
    public internal(set) var checklistRows: [Int] = []
    public internal(set) var dealRows: [Int32] = []
    public internal(set) var missionDealRows: [Int32] = []
    /// A deal or mission form, when open.
    public internal(set) var form: Form?
    /// A form closed with Esc after changes, until the same kind of form opens it again (`Form+Draft`).
    public internal(set) var formDraft: Form?
    /// A list to choose from (an owner or mission filter, the deal form's mission), over the rest.
    public internal(set) var picker: Picker?
    /// The session's last deal, which the next deal form starts from.
    public internal(set) var dealDefaults: DealDefaults?
    /// Where the cursor is in the filter being typed (nil: at its end).
    public internal(set) var filterCursor: Int?

    public init(width: Int, height: Int, lang: Language) {
        self.width = width
        self.height = height
        self.lang = lang
    }

    public var detail: Detail? { details[panel] }

    /// The list in focus, if the focus is on a list.
    public var listID: ListID? {
        switch (panel, detail) {
        case (.missions, nil): .missions
        case (.commodities, nil): .commodities
        case (.commodities, .deals?): .deals
        case (.missions, .missionDeals?): .missionDeals
        case (.checklists, nil): .checklists
        default: nil
        }
    }

    public var context: KeyContext {
        if quitting { return .quitting }
        if let p = presenter { return p.confirmingQuit ? .confirm : .presenter }
        if askingToQuit { return .confirm }
        if conflict != nil { return .conflict }
        if picker != nil { return .picker }
        if let f = form { return f.confirming ? .formConfirm : .form }
        if showHelp { return helpSearching ? .helpSearch : .help }
        if prompt != nil { return .prompt }
        if editingFilter { return .filter }
        if case .action? = detail { return .action }
        if case .deal? = detail { return .deal }
        if detail != nil && listID == nil { return .detail }
        if detail != nil { return .deals }
        switch panel {
        case .missions: return .missions
        case .commodities: return .commodities
        case .checklists: return .checklists
        }
    }

    /// Whether the list shows its filter line (being typed, or any filter of the list set).
    public func filterShown(_ id: ListID) -> Bool {
        editingFilter || !(lists[id]?.filter.isEmpty ?? true) || panelFiltered(id)
    }

    /// Filters of the list other than typed text: the year, the checklist's status, owner, mission.
    public func panelFiltered(_ id: ListID) -> Bool {
        switch id {
        case .missions: yearFilter != nil
        case .checklists: checklistStatus != .all || checklistOwner != nil || checklistMission != nil
        case .commodities, .deals, .missionDeals: false
        }
    }

    public func rowCount(_ id: ListID) -> Int {
        switch id {
        case .missions: missionRows.count
        case .commodities: commodityRows.count
        case .checklists: checklistRows.count
        case .deals: dealRows.count
        case .missionDeals: missionDealRows.count
        }
    }
}

