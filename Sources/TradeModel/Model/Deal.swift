/// One line under a mission. Directions are from the organising province's view.
public struct Deal: Sendable, Identifiable, Equatable {
    public enum Direction: String, Sendable, CaseIterable {
        case sell, buy, investment, unspecified
        /// Position in `allCases`, for flat per-direction arrays.
        public var index: Int {
            switch self {
            case .sell: 0
            case .buy: 1
            case .investment: 2
            case .unspecified: 3
            }
        }
    }
    public enum Kind: String, Sendable, CaseIterable { case itemised, publishedAggregate, letterOfIntent, unallocated }
    public enum Status: String, Sendable, CaseIterable { case reported, committed, validated, withdrawn }

    public var id: String
    public var mission: String
    public var direction: Direction
    public var commodity: String?
    public var product: String?
    public var description: String?
    public var quantity: String?
    public var unit: String?
    public var valueRupiah: Int64
    public var status: Status
    public var kind: Kind
    /// A breakdown line already inside another line (a deal id) or inside the mission's total
    /// (the mission id): shown, credited to its commodity, never added to totals a second time.
    public var includedIn: String?
    public var party: String?
    public var counterparty: String?
    public var period: String?
    public var illustrative: Bool
    public var source: String
    public var note: String?

    public init(id: String, mission: String, direction: Direction, commodity: String? = nil, product: String? = nil,
                description: String? = nil, quantity: String? = nil, unit: String? = nil, valueRupiah: Int64,
                status: Status, kind: Kind, includedIn: String? = nil, party: String? = nil, counterparty: String? = nil,
                period: String? = nil, illustrative: Bool = false, source: String, note: String? = nil) {
        self.id = id; self.mission = mission; self.direction = direction; self.commodity = commodity
        self.product = product; self.description = description; self.quantity = quantity; self.unit = unit
        self.valueRupiah = valueRupiah; self.status = status; self.kind = kind; self.includedIn = includedIn
        self.party = party; self.counterparty = counterparty; self.period = period; self.illustrative = illustrative
        self.source = source; self.note = note
    }

    /// Whether this line adds to totals (breakdown and withdrawn lines do not).
    public var counts: Bool { includedIn == nil && status != .withdrawn }
}
