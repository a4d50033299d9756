import TradeModel

/// Dashboard words in Indonesian (default) and English.
enum UIText {
    static func tab(_ p: Panel, _ l: Language) -> String {
        switch (p, l) {
        case (.missions, .id): "Misi"
        case (.commodities, .id): "Komoditas"
        case (.checklists, .id): "Tindak lanjut"
        case (.missions, .en): "Missions"
        case (.commodities, .en): "Commodities"
        case (.checklists, .en): "Checklists"
        }
    }

    static func t(_ id: String, _ en: String, _ l: Language) -> String { l == .id ? id : en }

    static func sort(_ s: MissionSort, _ l: Language) -> String {
        switch s {
        case .date: t("tanggal", "date", l)
        case .value: t("nilai", "value", l)
        case .partner: t("mitra", "partner", l)
        }
    }

    static func view(_ v: CommodityView, _ l: Language) -> String {
        switch v {
        case .total: t("total", "total", l)
        case .direction: t("per arah", "by direction", l)
        case .province: t("per provinsi", "by province", l)
        }
    }

    static func status(_ s: FollowUpAction.Status, _ l: Language) -> String {
        switch s {
        case .open: t("terbuka", "open", l)
        case .inProgress: t("berjalan", "in progress", l)
        case .done: t("selesai", "done", l)
        }
    }

    static func dealKind(_ k: Deal.Kind, _ l: Language) -> String {
        switch k {
        case .itemised: t("Rinci", "Itemised", l)
        case .publishedAggregate: t("Agregat terbitan", "Published aggregate", l)
        case .letterOfIntent: t("Letter of intent", "Letter of intent", l)
        case .unallocated: t("Tak teralokasi (selisih pembulatan)", "Unallocated (rounding difference)", l)
        }
    }

    static func side(_ s: BusinessCount.Side, _ l: Language) -> String {
        switch s {
        case .organiser: t("penyelenggara", "organiser", l)
        case .partner: t("mitra", "partner", l)
        case .total: t("total", "total", l)
        }
    }
}

/// Bars drawn with block characters: readable without colour, eighth-cell resolution.
enum Bars {
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// A bar of `value / max` over `width` columns; a non-zero value shows at least a sliver.
    static func bar(_ value: Int64, max: Int64, width: Int) -> String {
        guard width > 0, max > 0, value > 0 else { return "" }
        let units = Int((Int128(value) * Int128(width * 8) + Int128(max) / 2) / Int128(max))
        let full = min(width, units / 8)
        var s = String(repeating: "█", count: full)
        let rest = units % 8
        if full < width && rest > 0 { s.append(eighths[rest - 1]) }
        if s.isEmpty { s = "▏" }
        return s
    }

    /// A progress bar `[██████░░░░]` of `done / total`.
    static func progress(_ done: Int, _ total: Int, width: Int) -> String {
        guard width > 0 else { return "" }
        let filled = total > 0 ? (done * width + total / 2) / total : 0
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}

struct Span: Equatable, Sendable {
    var text: String
    var role: Role
    init(_ text: String, _ role: Role = .normal) { self.text = text; self.role = role }
}

typealias StyledLine = [Span]

extension ScreenBuffer {
    /// Draws a line of spans from `x`, clipped at `maxX`.
    @discardableResult
    mutating func draw(_ line: StyledLine, x: Int, y: Int, maxX: Int) -> Int {
        var cx = x
        for span in line { cx = put(span.text, x: cx, y: y, role: span.role, maxX: maxX) }
        return cx
    }
}
