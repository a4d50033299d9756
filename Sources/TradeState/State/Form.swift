import TradeModel

/// A small form on top of the dashboard: recording or correcting a deal, creating a mission.
/// Values are validated as typed; nothing is written until every field is valid (and, above
/// `DealDesk.confirmAbove`, the value was read back and confirmed).
public struct Form: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// `mission`: the mission a correction's deal belongs to, or the one a new deal's form
        /// opened on (its mission field says where the deal goes: `dealMission`).
        case deal(mission: String, correcting: String?)
        case mission
    }
    public enum FieldKind: Equatable, Sendable {
        case choice([String], labels: [String], index: Int)
        case text(TextField)
    }
    public struct Field: Equatable, Sendable {
        public var key: String
        public var labelId: String
        public var labelEn: String
        public var kind: FieldKind
        /// A choice too long to step through: typing opens a picker that searches it (the mission).
        public var searchable = false
        public var text: String { if case .text(let t) = kind { t.text } else { "" } }
        public var choice: String? {
            if case .choice(let ids, _, let i) = kind, i < ids.count { return ids[i].isEmpty ? nil : ids[i] }
            return nil
        }
    }
    public var kind: Kind
    public var fields: [Field]
    public var focus = 0
    public var error: String?
    /// The value was read back in words and needs a `y` to be recorded.
    public var confirming = false
    /// A text field takes at most this many characters, and says so when cut.
    public static let maxFieldLength = 200
    /// The version of the deal being corrected when the form opened: what the person saw.
    public var basedOn: String?
    /// What the fields held when the form opened (a restored draft's values): Esc keeps a form
    /// whose `values` differ as a draft.
    public var opened: [String] = []

    /// Each field's value: its text, or its choice.
    public var values: [String] { fields.map { $0.choice ?? $0.text } }
    public var changed: Bool { values != opened }

    public func field(_ key: String) -> Field? { fields.first { $0.key == key } }
    public func index(_ key: String) -> Int? { fields.firstIndex { $0.key == key } }

    /// Where a deal form records: the mission field's choice, or the corrected deal's mission.
    public var dealMission: String? {
        guard case .deal(let m, _) = kind else { return nil }
        return field("mission")?.choice ?? m
    }

    /// A new deal (`editing` nil) starts on `mission` and `commodity` (where the person came
    /// from), and takes the rest from the session's last deal (`remembered`). The unit shows what
    /// will be recorded: the last unit used for that commodity, else the commodity's own.
    /// Choices are named in the interface's language (their first letter picks them).
    public static func deal(mission: String, commodity: String? = nil, remembered: DealDefaults? = nil, model: DashboardModel,
                            editing: Deal? = nil, lang: Language = .id) -> Form {
        let ds = model.dataset
        let d = editing
        // "Unspecified" is offered only for a line that has it, so correcting it keeps it.
        let dirs: [Deal.Direction] = [.sell, .buy, .investment] + (d?.direction == .unspecified ? [.unspecified] : [])
        let commodities = [""] + ds.commodities.map(\.id)
        let names = ["—"] + ds.commodities.map { $0.name(lang) }
        let direction = d?.direction ?? remembered?.direction ?? .sell
        let chosen = d == nil ? (commodity ?? remembered?.commodity) : d?.commodity
        var fields: [Field] = []
        if d == nil {
            let ids = Picker.missionOrder(model)
            let labels = ids.map { id in model.missionIndex[id].map { missionLabel(model.aggregates.missions[$0], model, lang) } ?? id }
            fields.append(Field(key: "mission", labelId: "Misi", labelEn: "Mission",
                                kind: .choice(ids, labels: labels, index: ids.firstIndex(of: mission) ?? 0), searchable: true))
        }
        let unit = d == nil ? newDealUnit(chosen, remembered, ds) : d?.unit ?? ""
        // What the deal holds now is shown selected: typing replaces it, a movement key keeps it.
        func value(_ s: String?) -> FieldKind { .text(.prefilled(s ?? "")) }
        fields += [
            Field(key: "direction", labelId: "Arah", labelEn: "Direction",
                  kind: .choice(dirs.map(\.rawValue), labels: dirs.map { Labels.direction($0, lang) }, index: dirs.firstIndex(of: direction) ?? 0)),
            Field(key: "commodity", labelId: "Komoditas", labelEn: "Commodity",
                  kind: .choice(commodities, labels: names, index: chosen.flatMap { commodities.firstIndex(of: $0) } ?? 0)),
            Field(key: "party", labelId: "Pelaku usaha (penyelenggara)", labelEn: "Business (organiser's side)",
                  kind: value(d == nil ? remembered?.party : d?.party)),
            Field(key: "counterparty", labelId: "Mitra transaksi", labelEn: "Counterparty", kind: value(d?.counterparty)),
            Field(key: "quantity", labelId: "Jumlah", labelEn: "Quantity", kind: value(d?.quantity.map { QuantityInput.typed($0, lang) })),
            Field(key: "unit", labelId: "Satuan", labelEn: "Unit", kind: value(unit)),
            Field(key: "value", labelId: "Nilai (Rp)", labelEn: "Value (Rp)", kind: value(d.map { Rupiah.exact($0.valueRupiah, lang).replacingRp })),
        ]
        return Form(kind: .deal(mission: d?.mission ?? mission, correcting: d?.id), fields: fields, focus: editing == nil ? 0 : fields.count - 1,
                    basedOn: d.map { ds.version(ofDeal: $0.id) }).asOpened
    }

    /// The unit a new deal's form shows for `commodity`.
    static func newDealUnit(_ commodity: String?, _ remembered: DealDefaults?, _ ds: Dataset) -> String {
        if let r = remembered, r.commodity == commodity, let u = r.unit { return u }
        return commodity.flatMap { ds.commodity($0)?.unit } ?? ""
    }

    /// A mission as the form's field shows it, short (the box's title names it in full): its
    /// date and city, or its partner where no city is known.
    public static func missionLabel(_ m: MissionTotal, _ model: DashboardModel, _ l: Language) -> String {
        DateText.medium(m.date, l) + " · " + (m.city ?? model.partnerNames(m))
    }

    public static func mission(model: DashboardModel) -> Form {
        let regions = model.dataset.regions.filter { $0.kind == .province && $0.id != model.dataset.organiser }
        return Form(kind: .mission, fields: [
            Field(key: "partner", labelId: "Provinsi mitra", labelEn: "Partner province",
                  kind: .choice(regions.map(\.id), labels: regions.map { $0.name + " (" + $0.timeZone.rawValue + ")" }, index: 0)),
            Field(key: "city", labelId: "Kota", labelEn: "City", kind: .text("")),
            Field(key: "venue", labelId: "Tempat", labelEn: "Venue", kind: .text("")),
            Field(key: "date", labelId: "Tanggal (TTTT-BB-HH)", labelEn: "Date (YYYY-MM-DD)", kind: .text(.prefilled(model.today?.description ?? ""))),
            Field(key: "target", labelId: "Target (Rp, boleh kosong)", labelEn: "Target (Rp, optional)", kind: .text("")),
        ]).asOpened
    }

    /// The form with what it holds now as what it opened with.
    var asOpened: Form {
        var f = self
        f.opened = f.values
        return f
    }

    /// The value field read back, the way `lang` (the interface's language) writes figures:
    /// parsed amount or why it is not one.
    public func parsedValue(_ lang: Language) -> Result<Int64, RupiahInput.Failure>? {
        guard let v = field("value") ?? field("target") else { return nil }
        if v.text.trimmingSpaces.isEmpty && field("target") != nil { return nil }
        return RupiahInput.parse(v.text, lang)
    }

    /// A new deal records its unit only with a quantity (the form says so beside the unit).
    public var unitWaitsForQuantity: Bool {
        guard case .deal(_, nil) = kind else { return false }
        return (field("quantity")?.text.trimmingSpaces ?? "").isEmpty && !(field("unit")?.text.trimmingSpaces ?? "").isEmpty
    }
}
