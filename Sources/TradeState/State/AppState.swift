import TradeModel

/// The whole state of the dashboard: one value, changed only by `Reducer.reduce`.
public struct AppState: Equatable, Sendable {
    public var panel: Panel = .missions
    public var details: [Panel: Detail] = [:]
    public var lists: [ListID: ListState] = [.missions: ListState(), .commodities: ListState(), .checklists: ListState(), .deals: ListState(),
                                      .missionDeals: ListState()]
    public var missionSort: MissionSort = .date
    public var sortDescending = false
    public var yearFilter: Int?
    public var commodityView: CommodityView = .total
    public var detailScroll = 0
    public var editingFilter = false
    public var showHelp = false
    public var helpScroll = 0
    public var width: Int
    public var height: Int
    public var lang: Language
    /// The header's clock text, set by the run loop's ticks (the reducer never reads the clock).
    public var clock = ""
    public var quitting = false
    /// Who this session's changes are attributed to.
    public var user = ""
    /// Ids of what this session creates: a prefix unique to the session (minted by the run loop
    /// from the clock, the process and randomness) and a counter, so `reduce` stays pure.
    public var idPrefix = "session"
    public var idCounter = 1
    /// The id the next deal recorded in this session gets.
    public var newDealId: String { "d-\(idPrefix)-\(idCounter)" }
    /// Text being typed for a note, an owner or a due date.
    public var prompt: Prompt?
    /// This session's changes (newest last) that `u` can undo, and undone ones `Ctrl-R` can redo.
    public var undo: [JournalEvent] = []
    public var redo: [JournalEvent] = []
    /// A short message about the last change (saved, undone, or why it failed).
    public var status: StatusMessage?
    public var checklistStatus: ChecklistStatusFilter = .all
    public var checklistOwner: String?
    public var checklistMission: String?
    /// The forum screen, when showing.
    public var presenter: PresenterState?

    /// Rows currently shown, recomputed when a filter, sort or view changes.
    public var missionRows: [Int] = []
    public var commodityRows: [CommodityRow] = []
    public var checklistRows: [Int] = []
    public var dealRows: [Int32] = []
    public var missionDealRows: [Int32] = []
    /// A deal or mission form, when open.
    public var form: Form?

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
        if let p = presenter { return p.confirmingQuit ? .confirm : .presenter }
        if let f = form { return f.confirming ? .formConfirm : .form }
        if showHelp { return .help }
        if prompt != nil { return .prompt }
        if editingFilter { return .filter }
        if case .action? = detail { return .action }
        if detail != nil && listID == nil { return .detail }
        if detail != nil { return .deals }
        switch panel {
        case .missions: return .missions
        case .commodities: return .commodities
        case .checklists: return .checklists
        }
    }

    /// Whether the list shows its filter line (being typed, or set).
    public func filterShown(_ id: ListID) -> Bool {
        editingFilter || !(lists[id]?.filter.isEmpty ?? true)
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

