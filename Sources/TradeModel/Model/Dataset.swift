/// The whole data set: fixtures, with the journal's events applied on top.
public struct Dataset: Sendable {
    public var datasetId: String
    public var title: String
    public var titleEn: String
    public var organiser: String
    public var illustrative: Bool
    public var sources: [Source] = []
    public var regions: [Region] = []
    public var commodities: [Commodity] = []
    public var products: [Product] = []
    public var missions: [Mission] = []
    public var agreements: [Agreement] = []
    public var deals = DealTable()
    public var reportedTotals: [ReportedTotal] = []
    public var recommendations: [Recommendation] = []
    public var actions: [FollowUpAction] = []
    public var obstacles: [Obstacle] = []
    public var indicators: [Indicator] = []
    /// Changes to each action from the journal, oldest first (who, what, when, notes).
    public var actionHistory: [String: [ActionChange]] = [:]
    /// Deals recorded, corrected or withdrawn through the journal, oldest first.
    public var dealLog = DealLog()
    /// Changes made from a version of their item that was no longer current: kept, not applied.
    public var conflicts: [Conflict] = []

    public init(datasetId: String, title: String, titleEn: String, organiser: String, illustrative: Bool = false) {
        self.datasetId = datasetId
        self.title = title
        self.titleEn = titleEn
        self.organiser = organiser
        self.illustrative = illustrative
    }

    public func region(_ id: String) -> Region? { regions.first { $0.id == id } }
    public func mission(_ id: String) -> Mission? { missions.first { $0.id == id } }
    public func commodity(_ id: String) -> Commodity? { commodities.first { $0.id == id } }
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
}

extension Dataset {
    /// Whether the journal event `e` has been read into this data set: applied, or kept as a conflict.
    public func holds(_ e: JournalEvent) -> Bool {
        if conflicts.contains(where: { $0.event.eventId == e.eventId }) { return true }
        if let a = e.body.actionId { return actionHistory[a]?.contains { $0.eventId == e.eventId } == true }
        if case .missionCreated(let m) = e.body { return missions.contains { $0.id == m.id } }
        return dealLog.lastIndex(ofEvent: e.eventId) != nil
    }
}
