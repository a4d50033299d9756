import TradeModel

/// Dashboard words in Indonesian (default) and English.
public enum UIText {
    public static func tab(_ p: Panel, _ l: Language) -> String {
        switch (p, l) {
        case (.missions, .id): "Misi"
        case (.commodities, .id): "Komoditas"
        case (.checklists, .id): "Tindak lanjut"
        case (.missions, .en): "Missions"
        case (.commodities, .en): "Commodities"
        case (.checklists, .en): "Checklists"
        }
    }

    public static func t(_ id: String, _ en: String, _ l: Language) -> String { l == .id ? id : en }

    public static func sort(_ s: MissionSort, _ l: Language) -> String {
        switch s {
        case .date: t("tanggal", "date", l)
        case .value: t("nilai", "value", l)
        case .partner: t("mitra", "partner", l)
        }
    }

    public static func dealSort(_ s: DealSort, _ l: Language) -> String {
        switch s {
        case .recorded: t("dicatat", "recorded", l)
        case .value: t("nilai", "value", l)
        case .date: t("tanggal", "date", l)
        case .party: t("pihak", "party", l)
        }
    }

    public static func dealStatus(_ s: Deal.Status, _ l: Language) -> String {
        switch s {
        case .reported: t("dilaporkan", "reported", l)
        case .committed: t("disepakati", "committed", l)
        case .validated: t("divalidasi", "validated", l)
        case .withdrawn: t("ditarik", "withdrawn", l)
        }
    }

    public static func view(_ v: CommodityView, _ l: Language) -> String {
        switch v {
        case .total: t("total", "total", l)
        case .direction: t("per arah", "by direction", l)
        case .province: t("per provinsi", "by province", l)
        }
    }

    public static func status(_ s: FollowUpAction.Status, _ l: Language) -> String {
        switch s {
        case .unknown: unknownStatus(l)
        case .open: t("belum selesai", "open", l)
        case .inProgress: t("berjalan", "in progress", l)
        case .done: t("selesai", "done", l)
        }
    }

    /// After a source's own Indonesian words that the data gives in no other language (a theme, a
    /// list of sectors): on the English screen " (in Indonesian, as published)", so a reader knows
    /// why; nothing on the Indonesian one. Never a translation of the source's words.
    public static func asPublishedInIndonesian(_ l: Language) -> String {
        t("", " (in Indonesian, as published)", l)
    }

    /// An action's status as the checklist's box shows it, the same mark wherever a status is shown:
    /// `[✓]` done, `[~]` in progress, `[ ]` open, `[?]` not stated.
    public static func statusBox(_ s: FollowUpAction.Status) -> String {
        switch s {
        case .done: "[✓]"
        case .inProgress: "[~]"
        case .open: "[ ]"
        case .unknown: "[?]"
        }
    }

    /// A change refused because another desk changed the item first: "tidak diterapkan: budi
    /// mengubahnya lebih dulu".
    public static func notApplied(changedFirstBy who: String?, _ l: Language) -> String {
        guard let who else { return t("tidak diterapkan: orang lain mengubahnya lebih dulu", "not applied: someone else changed it first", l) }
        return t("tidak diterapkan: \(who) mengubahnya lebih dulu", "not applied: \(who) changed it first", l)
    }

    /// An action's change that set what another desk had already set: "sama dengan perubahan budi".
    public static func agrees(with who: String, _ l: Language) -> String {
        t("sama dengan perubahan ", "agrees with ", l) + who + t("", "'s change", l)
    }

    /// The mark after a share of a target that was reached: `✓`, and where the terminal shows ASCII
    /// only `OK` — the `x` every other ✓ becomes (a ticked box, `[x]`) would read as "missed".
    public static func reachedMark(ascii: Bool) -> String { ascii ? "OK" : "✓" }

    /// The label of a status the sources do not give.
    public static func unknownStatus(_ l: Language) -> String { t("belum diketahui", "unknown", l) }

    public static func dealKind(_ k: Deal.Kind, _ l: Language) -> String {
        switch k {
        case .itemised: t("Rincian kontrak", "Itemised", l)
        case .publishedAggregate: t("Rekap yang diumumkan", "Published aggregate", l)
        case .letterOfIntent: t("Surat pernyataan minat (LoI)", "Letter of intent", l)
        case .unallocated: t("Tak teralokasi (selisih pembulatan)", "Unallocated (rounding difference)", l)
        }
    }

    public static func side(_ s: BusinessCount.Side, _ l: Language) -> String {
        switch s {
        case .organiser: t("penyelenggara", "organiser", l)
        case .partner: t("mitra", "partner", l)
        case .total: t("total", "total", l)
        }
    }
}

