import TradeModel

enum Panel: Int, CaseIterable, Sendable {
    case missions, commodities, checklists
}

enum Detail: Equatable, Sendable {
    case mission(String)
    /// The deals of a commodity; `""` for the lines not split by commodity.
    case deals(String)
    /// The deal lines of one mission or agreement (record, correct, withdraw here).
    case missionDeals(String)
    case action(Int)
}

enum MissionSort: String, CaseIterable, Sendable { case date, value, partner }
enum CommodityView: String, CaseIterable, Sendable { case total, direction, province }

/// Cursor, scroll and filter of one list.
struct ListState: Equatable, Sendable {
    var cursor = 0
    var top = 0
    var filter = ""
}

enum ListID: Hashable, Sendable { case missions, commodities, checklists, deals, missionDeals }

/// The whole state of the dashboard: one value, changed only by `Reducer.reduce`.
struct AppState: Sendable {
    var panel: Panel = .missions
    var details: [Panel: Detail] = [:]
    var lists: [ListID: ListState] = [.missions: ListState(), .commodities: ListState(), .checklists: ListState(), .deals: ListState(),
                                      .missionDeals: ListState()]
    var missionSort: MissionSort = .date
    var sortDescending = false
    var yearFilter: Int?
    var commodityView: CommodityView = .total
    var detailScroll = 0
    var editingFilter = false
    var showHelp = false
    var helpScroll = 0
    var width: Int
    var height: Int
    var lang: Language
    /// The header's clock text, set by the run loop's ticks (the reducer never reads the clock).
    var clock = ""
    var quitting = false
    /// Who this session's changes are attributed to.
    var user = ""
    /// Text being typed for a note, an owner or a due date.
    var prompt: Prompt?
    /// This session's changes (newest last) that `u` can undo, and undone ones `Ctrl-R` can redo.
    var undo: [JournalEvent] = []
    var redo: [JournalEvent] = []
    /// A short message about the last change (saved, undone, or why it failed).
    var status: StatusMessage?
    var checklistStatus: ChecklistStatusFilter = .all
    var checklistOwner: String?
    var checklistMission: String?
    /// The forum screen, when showing.
    var presenter: PresenterState?

    /// Rows currently shown, recomputed when a filter, sort or view changes.
    var missionRows: [Int] = []
    var commodityRows: [CommodityRow] = []
    var checklistRows: [Int] = []
    var dealRows: [Int32] = []
    var missionDealRows: [Int32] = []
    /// A deal or mission form, when open.
    var form: Form?

    init(width: Int, height: Int, lang: Language) {
        self.width = width
        self.height = height
        self.lang = lang
    }

    var detail: Detail? { details[panel] }

    /// The list in focus, if the focus is on a list.
    var listID: ListID? {
        switch (panel, detail) {
        case (.missions, nil): .missions
        case (.commodities, nil): .commodities
        case (.commodities, .deals?): .deals
        case (.missions, .missionDeals?): .missionDeals
        case (.checklists, nil): .checklists
        default: nil
        }
    }

    var context: KeyContext {
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

    func rowCount(_ id: ListID) -> Int {
        switch id {
        case .missions: missionRows.count
        case .commodities: commodityRows.count
        case .checklists: checklistRows.count
        case .deals: dealRows.count
        case .missionDeals: missionDealRows.count
        }
    }
}

/// A row of the Commodities panel: a commodity (or the not-split value) and, in the direction and
/// province views, its breakdown lines.
struct CommodityRow: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case commodity, direction(Deal.Direction), province(String) }
    /// Commodity id; `""` for value not split by commodity.
    var commodity: String
    var kind: Kind
    var value: Int64
}

struct Prompt: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case note, owner, due, withdraw }
    var kind: Kind
    var actionId: String
    var text: String
    var error: String?
}

struct StatusMessage: Equatable, Sendable {
    var text: String
    var isError: Bool
}

enum ChecklistStatusFilter: String, CaseIterable, Sendable { case all, open, done, overdue }

/// Why a change is being recorded, so the reducer can keep the undo and redo stacks right.
enum RecordPurpose: Equatable, Sendable {
    case change
    case undo(JournalEvent)
    case redo(JournalEvent)
}
