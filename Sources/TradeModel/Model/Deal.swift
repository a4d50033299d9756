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
    var extra: Extra?

    /// Immutable, so a `Deal` keeps value semantics: setting a field makes a new box.
    final class Extra: Sendable, Equatable {
        let product, description, includedIn, party, counterparty, period: String?
        let note: LocalText?
        let provenance: Provenance.Pair
        let conflictsWith: [MoneyClaim]
        init(product: String?, description: String?, includedIn: String?, party: String?, counterparty: String?,
             period: String?, note: LocalText?, provenance: Provenance.Pair, conflictsWith: [MoneyClaim]) {
            self.product = product; self.description = description; self.includedIn = includedIn; self.party = party
            self.counterparty = counterparty; self.period = period; self.note = note
            self.provenance = provenance; self.conflictsWith = conflictsWith
        }
        static func == (a: Extra, b: Extra) -> Bool {
            (a.product, a.description, a.includedIn, a.party) == (b.product, b.description, b.includedIn, b.party)
                && (a.counterparty, a.period, a.note) == (b.counterparty, b.period, b.note)
                && a.provenance == b.provenance && a.conflictsWith == b.conflictsWith
        }
        static func make(_ p: String?, _ d: String?, _ i: String?, _ pa: String?, _ c: String?, _ pe: String?, _ n: LocalText?,
                         _ pr: Provenance.Pair = .stated, _ cw: [MoneyClaim] = []) -> Extra? {
            if p == nil && d == nil && i == nil && pa == nil && c == nil && pe == nil && n == nil && pr == .stated && cw.isEmpty { return nil }
            return Extra(product: p, description: d, includedIn: i, party: pa, counterparty: c, period: pe, note: n,
                         provenance: pr, conflictsWith: cw)
        }
    }

    private mutating func update(product: String?? = nil, description: String?? = nil, includedIn: String?? = nil, party: String?? = nil,
                                 counterparty: String?? = nil, period: String?? = nil, note: LocalText?? = nil,
                                 provenance: Provenance.Pair? = nil, conflictsWith: [MoneyClaim]? = nil) {
        extra = Extra.make(product ?? self.product, description ?? self.description, includedIn ?? self.includedIn,
                           party ?? self.party, counterparty ?? self.counterparty, period ?? self.period, note ?? self.note,
                           provenance ?? extra?.provenance ?? .stated, conflictsWith ?? self.conflictsWith)
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
    public var note: LocalText? {
        get { extra?.note }
        set { update(note: .some(newValue)) }
    }
    /// How the line's value was obtained (a rounding line is derived from the final and the split).
    public var basis: Provenance {
        get { extra?.provenance.record ?? .stated }
        set { update(provenance: Provenance.Pair(record: newValue, includedIn: includedInBasis)) }
    }
    /// Whether a source says this line is inside the total it points to, or that is our reading.
    public var includedInBasis: Provenance {
        get { extra?.provenance.includedIn ?? .stated }
        set { update(provenance: Provenance.Pair(record: basis, includedIn: newValue)) }
    }
    /// Other figures other sources print for the same line (kept beside the accepted one).
    public var conflictsWith: [MoneyClaim] {
        get { extra?.conflictsWith ?? [] }
        set { update(conflictsWith: newValue) }
    }

    public static func == (a: Deal, b: Deal) -> Bool {
        (a.id, a.mission, a.direction, a.commodity, a.quantity, a.unit) == (b.id, b.mission, b.direction, b.commodity, b.quantity, b.unit)
            && (a.valueRupiah, a.status, a.kind, a.illustrative, a.source) == (b.valueRupiah, b.status, b.kind, b.illustrative, b.source)
            && a.extra == b.extra
    }

    public init(id: String, mission: String, direction: Direction, commodity: String? = nil, product: String? = nil,
                description: String? = nil, quantity: String? = nil, unit: String? = nil, valueRupiah: Int64,
                status: Status, kind: Kind, includedIn: String? = nil, party: String? = nil, counterparty: String? = nil,
                period: String? = nil, illustrative: Bool = false, source: String, note: LocalText? = nil,
                basis: Provenance = .stated, includedInBasis: Provenance = .stated, conflictsWith: [MoneyClaim] = []) {
        self.id = id; self.mission = mission; self.direction = direction; self.commodity = commodity
        self.quantity = quantity; self.unit = unit; self.valueRupiah = valueRupiah; self.status = status; self.kind = kind
        self.illustrative = illustrative; self.source = source
        extra = Extra.make(product, description, includedIn, party, counterparty, period, note,
                           Provenance.Pair(record: basis, includedIn: includedInBasis), conflictsWith)
    }

    /// A deal from the fields a `DealTable` stores.
    init(stored id: String, mission: String, direction: Direction, commodity: String?, quantity: String?, unit: String?,
         valueRupiah: Int64, status: Status, kind: Kind, illustrative: Bool, source: String, extra: Extra?) {
        self.id = id; self.mission = mission; self.direction = direction; self.commodity = commodity
        self.quantity = quantity; self.unit = unit; self.valueRupiah = valueRupiah; self.status = status; self.kind = kind
        self.illustrative = illustrative; self.source = source; self.extra = extra
    }

    /// Whether this line adds to totals (breakdown and withdrawn lines do not).
    public var counts: Bool { includedIn == nil && status != .withdrawn }
}
