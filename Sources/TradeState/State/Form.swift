import TradeModel

/// A small form on top of the dashboard: recording or correcting a deal, creating a mission.
/// Values are validated as typed; nothing is written until every field is valid (and, above
/// `DealDesk.confirmAbove`, the value was read back and confirmed).
public struct Form: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case deal(mission: String, correcting: String?)
        case mission
    }
    public enum FieldKind: Equatable, Sendable {
        case choice([String], labels: [String], index: Int)
        case text(String)
    }
    public struct Field: Equatable, Sendable {
        public var key: String
        public var labelId: String
        public var labelEn: String
        public var kind: FieldKind
        public var text: String { if case .text(let t) = kind { t } else { "" } }
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

    public func field(_ key: String) -> Field? { fields.first { $0.key == key } }

    /// Choices are named in the interface's language (their first letter picks them).
    public static func deal(mission: String, model: DashboardModel, editing: Deal? = nil, lang: Language = .id) -> Form {
        let ds = model.dataset
        let d = editing
        // "Unspecified" is offered only for a line that has it, so correcting it keeps it.
        let dirs: [Deal.Direction] = [.sell, .buy, .investment] + (d?.direction == .unspecified ? [.unspecified] : [])
        let commodities = [""] + ds.commodities.map(\.id)
        let names = ["—"] + ds.commodities.map { $0.name(lang) }
        return Form(kind: .deal(mission: mission, correcting: d?.id), fields: [
            Field(key: "direction", labelId: "Arah", labelEn: "Direction",
                  kind: .choice(dirs.map(\.rawValue), labels: dirs.map { Labels.direction($0, lang) },
                                index: d.flatMap { dirs.firstIndex(of: $0.direction) } ?? 0)),
            Field(key: "commodity", labelId: "Komoditas", labelEn: "Commodity",
                  kind: .choice(commodities, labels: names, index: d?.commodity.flatMap { commodities.firstIndex(of: $0) } ?? 0)),
            Field(key: "party", labelId: "Pelaku usaha (penyelenggara)", labelEn: "Business (organiser's side)", kind: .text(d?.party ?? "")),
            Field(key: "counterparty", labelId: "Mitra transaksi", labelEn: "Counterparty", kind: .text(d?.counterparty ?? "")),
            Field(key: "quantity", labelId: "Jumlah", labelEn: "Quantity", kind: .text(d?.quantity.map(QuantityInput.typed) ?? "")),
            Field(key: "unit", labelId: "Satuan", labelEn: "Unit", kind: .text(d?.unit ?? "")),
            Field(key: "value", labelId: "Nilai (Rp)", labelEn: "Value (Rp)", kind: .text(d.map { Rupiah.exact($0.valueRupiah).replacingRp } ?? "")),
        ], focus: editing == nil ? 0 : 6, basedOn: d.map { ds.version(ofDeal: $0.id) })
    }

    public static func mission(model: DashboardModel) -> Form {
        let regions = model.dataset.regions.filter { $0.kind == .province && $0.id != model.dataset.organiser }
        return Form(kind: .mission, fields: [
            Field(key: "partner", labelId: "Provinsi mitra", labelEn: "Partner province",
                  kind: .choice(regions.map(\.id), labels: regions.map { $0.name + " (" + $0.timeZone.rawValue + ")" }, index: 0)),
            Field(key: "city", labelId: "Kota", labelEn: "City", kind: .text("")),
            Field(key: "venue", labelId: "Tempat", labelEn: "Venue", kind: .text("")),
            Field(key: "date", labelId: "Tanggal (TTTT-BB-HH)", labelEn: "Date (YYYY-MM-DD)", kind: .text(model.today?.description ?? "")),
            Field(key: "target", labelId: "Target (Rp, boleh kosong)", labelEn: "Target (Rp, optional)", kind: .text("")),
        ])
    }

    /// The value field read back: parsed amount or why it is not one.
    public var parsedValue: Result<Int64, RupiahInput.Failure>? {
        guard let v = field("value") ?? field("target") else { return nil }
        if v.text.trimmingSpaces.isEmpty && field("target") != nil { return nil }
        return RupiahInput.parse(v.text)
    }
}
