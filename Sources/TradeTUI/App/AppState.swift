import TradeModel

enum Panel: Int, CaseIterable, Sendable {
    case missions, commodities, checklists
}

enum Detail: Equatable, Sendable {
    case mission(String)
    /// The deals of a commodity; `""` for the lines not split by commodity.
    case deals(String)
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

enum ListID: Hashable, Sendable { case missions, commodities, checklists, deals }

/// The whole state of the dashboard: one value, changed only by `Reducer.reduce`.
struct AppState: Sendable {
    var panel: Panel = .missions
    var details: [Panel: Detail] = [:]
    var lists: [ListID: ListState] = [.missions: ListState(), .commodities: ListState(), .checklists: ListState(), .deals: ListState()]
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

    /// Rows currently shown, recomputed when a filter, sort or view changes.
    var missionRows: [Int] = []
    var commodityRows: [CommodityRow] = []
    var checklistRows: [Int] = []
    var dealRows: [Int32] = []

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
        case (.checklists, nil): .checklists
        default: nil
        }
    }

    var context: KeyContext {
        if showHelp { return .help }
        if editingFilter { return .filter }
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
