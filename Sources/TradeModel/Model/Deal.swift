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
    public var quantity: String?
    public var unit: String?
    public var valueRupiah: Int64
    public var status: Status
    public var kind: Kind
    public var illustrative: Bool
    public var source: String
    /// Fields most lines do not have, kept out of line: a million deals take half the memory.
    private var extra: Extra?

    /// Immutable, so a `Deal` keeps value semantics: setting a field makes a new box.
    final class Extra: Sendable, Equatable {
        let product, description, includedIn, party, counterparty, period, note: String?
        init(product: String?, description: String?, includedIn: String?, party: String?, counterparty: String?,
             period: String?, note: String?) {
            self.product = product; self.description = description; self.includedIn = includedIn; self.party = party
            self.counterparty = counterparty; self.period = period; self.note = note
        }
        static func == (a: Extra, b: Extra) -> Bool {
            (a.product, a.description, a.includedIn, a.party) == (b.product, b.description, b.includedIn, b.party)
                && (a.counterparty, a.period, a.note) == (b.counterparty, b.period, b.note)
        }
        static func make(_ p: String?, _ d: String?, _ i: String?, _ pa: String?, _ c: String?, _ pe: String?, _ n: String?) -> Extra? {
            if p == nil && d == nil && i == nil && pa == nil && c == nil && pe == nil && n == nil { return nil }
            return Extra(product: p, description: d, includedIn: i, party: pa, counterparty: c, period: pe, note: n)
        }
    }

    private mutating func update(product: String?? = nil, description: String?? = nil, includedIn: String?? = nil, party: String?? = nil,
                                 counterparty: String?? = nil, period: String?? = nil, note: String?? = nil) {
        extra = Extra.make(product ?? self.product, description ?? self.description, includedIn ?? self.includedIn,
                           party ?? self.party, counterparty ?? self.counterparty, period ?? self.period, note ?? self.note)
    }

    public var product: String? {
        get { extra?.product }
        set { update(product: .some(newValue)) }
    }
    public var description: String? {
        get { extra?.description }
        set { update(description: .some(newValue)) }
    }
    /// A breakdown line already inside another line (a deal id) or inside the mission's total
    /// (the mission id): shown, credited to its commodity, never added to totals a second time.
    public var includedIn: String? {
        get { extra?.includedIn }
        set { update(includedIn: .some(newValue)) }
    }
    public var party: String? {
        get { extra?.party }
        set { update(party: .some(newValue)) }
    }
    public var counterparty: String? {
        get { extra?.counterparty }
        set { update(counterparty: .some(newValue)) }
    }
    public var period: String? {
        get { extra?.period }
        set { update(period: .some(newValue)) }
    }
    public var note: String? {
        get { extra?.note }
        set { update(note: .some(newValue)) }
    }

    public static func == (a: Deal, b: Deal) -> Bool {
        (a.id, a.mission, a.direction, a.commodity, a.quantity, a.unit) == (b.id, b.mission, b.direction, b.commodity, b.quantity, b.unit)
            && (a.valueRupiah, a.status, a.kind, a.illustrative, a.source) == (b.valueRupiah, b.status, b.kind, b.illustrative, b.source)
            && a.extra == b.extra
    }

    public init(id: String, mission: String, direction: Direction, commodity: String? = nil, product: String? = nil,
                description: String? = nil, quantity: String? = nil, unit: String? = nil, valueRupiah: Int64,
                status: Status, kind: Kind, includedIn: String? = nil, party: String? = nil, counterparty: String? = nil,
                period: String? = nil, illustrative: Bool = false, source: String, note: String? = nil) {
        self.id = id; self.mission = mission; self.direction = direction; self.commodity = commodity
        self.quantity = quantity; self.unit = unit; self.valueRupiah = valueRupiah; self.status = status; self.kind = kind
        self.illustrative = illustrative; self.source = source
        extra = Extra.make(product, description, includedIn, party, counterparty, period, note)
    }

    /// Whether this line adds to totals (breakdown and withdrawn lines do not).
    public var counts: Bool { includedIn == nil && status != .withdrawn }
}
