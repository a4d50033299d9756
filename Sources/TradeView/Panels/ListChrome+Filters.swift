import TradeModel
import TradeState

/// The filter line under a list: the typed text, every other active filter as a chip that fits
/// (shortened with "…", then counted as "+N", never dropped unseen), the key that clears them
/// all, and what the shown rows add up to.
extension ListChrome {
    /// Chips are cut to no fewer columns than this before the last ones become "+N".
    static let chipMinWidth = 8

    static func filterLine(_ s: AppState, _ id: ListID, _ model: DashboardModel, y: Int, width: Int, into buf: inout ScreenBuffer) {
        let l = s.lang
        let text = s.lists[id]?.filter ?? ""
        buf.fill(Rect(x: 0, y: y, width: width, height: 1), role: .hint)
        var x: Int
        if s.editingFilter || !text.isEmpty {
            x = buf.put(" / " + UIText.t("Saring: ", "Filter: ", l), x: 0, y: y, role: .hintKey)
            let room = max(4, width / 3)
            if s.editingFilter {
                // Edited where the cursor is; its end stays in view when it is long.
                TextFieldView.draw(TextField(text, cursor: s.filterCursor), x: x, y: y, width: room, role: .hint,
                                   cursorRole: .normal, focused: true, into: &buf)
                x += min(room, TextWidth.of(text) + 1)
            } else {
                x = buf.put(FrameView.clipLeft(text, room), x: x, y: y, role: .hint)
            }
            x += 1
        } else {
            x = buf.put(" " + UIText.t("Disaring: ", "Filtered: ", l), x: 0, y: y, role: .hintKey)
        }
        // Right: the key that clears them all (not while typing: letters type), then the figures,
        // each in its longest form that leaves the chips whole, else the shortest.
        let f = ListSummary.of(id, s, model)
        let keys: [[Span]] = s.editingFilter ? [[]] : [[Span("c", .hintKey), Span(UIText.t(" hapus semua", " clear all", l) + "  ", .hint)],
                                                      [Span("c", .hintKey), Span(UIText.t(" hapus", " clear", l) + "  ", .hint)]]
        let chips = chips(s, id, model)
        let whole = chips.reduce(0) { $0 + TextWidth.of($1) + 3 }
        let forms = [(keys[0], summary(f, id, l, short: false)), (keys[keys.count - 1], summary(f, id, l, short: false)),
                     (keys[keys.count - 1], summary(f, id, l, short: true))]
        let (key, figures) = forms.first { width - x - 1 - StyledWidth.of($0.0) - TextWidth.of($0.1) >= whole } ?? forms[forms.count - 1]
        for chip in fit(chips, width: width - x - 1 - StyledWidth.of(key) - TextWidth.of(figures)) {
            x = buf.put(chip + " ", x: x, y: y, role: chip.hasPrefix("+") ? .hintKey : .hint)
        }
        let right = [Span(" ", .hint)] + key + [Span(figures + " ", .hint)]
        buf.draw(right, x: max(x, width - StyledWidth.of(right)), y: y, maxX: width)
    }

    /// "3 dari 18 · Σ Rp1,46 triliun"; for actions "5 dari 11 · 2/5 selesai". `short`: what
    /// must show (the actions' count and the sum) when the chips need the room.
    static func summary(_ f: ListSummary, _ id: ListID, _ l: Language, short: Bool) -> String {
        if id == .commodities { return UIText.t("\(f.shown) hasil", Labels.count(f.shown, "match", "matches"), l) }
        var parts: [String] = []
        if !short || f.done == nil { parts.append("\(f.shown) " + UIText.t("dari", "of", l) + " \(f.total)") }
        if let done = f.done, let actions = f.actions { parts.append(l == .id ? "\(done)/\(actions) selesai" : "\(done)/\(actions) done") }
        switch f.sum {
        case .none: break
        case .rupiah(let v):
            var sum = "Σ " + Rupiah.short(v, l)
            // Lines shown and not added (inside another total, or withdrawn): the sum says so.
            if f.notCounted > 0 && !short { sum += " (" + UIText.t("\(f.notCounted) tak dihitung", "\(f.notCounted) not counted", l) + ")" }
            if f.lettersOfIntentApart > 0 && !short { sum += " + LoI " + Rupiah.short(f.lettersOfIntentApart, l) }
            parts.append(sum)
        case .overflow: parts.append("Σ " + UIText.t("⚠ terlalu besar", "⚠ too large", l))
        }
        return parts.joined(separator: " · ")
    }

    /// Every active filter of list `id` other than the typed text, in short words.
    static func chips(_ s: AppState, _ id: ListID, _ model: DashboardModel) -> [String] {
        let l = s.lang
        var out: [String] = []
        switch id {
        case .missions:
            if let y = s.yearFilter { out.append(UIText.t("tahun ", "year ", l) + String(y)) }
        case .checklists:
            if let w = statusWord(s.checklistStatus, l) { out.append(w) }
            if let o = s.checklistOwner { out.append(UIText.t("PJ: ", "owner: ", l) + o) }
            if let m = s.checklistMission { out.append(UIText.t("misi: ", "mission: ", l) + missionName(m, model)) }
        case .commodities, .deals, .missionDeals: break
        }
        return out
    }

    /// The filters that narrow list `id` now, in words (an empty list names them).
    static func activeFilters(_ s: AppState, _ id: ListID, _ model: DashboardModel) -> [String] {
        let l = s.lang
        var out: [String] = []
        if let f = s.lists[id]?.filter, !f.isEmpty { out.append("/" + f) }
        switch id {
        case .missions:
            if let y = s.yearFilter { out.append(UIText.t("tahun ", "year ", l) + String(y)) }
        case .checklists:
            if let w = statusWord(s.checklistStatus, l) { out.append(w) }
            if let o = s.checklistOwner { out.append(UIText.t("penanggung jawab ", "owner ", l) + o) }
            if let m = s.checklistMission { out.append(UIText.t("misi ", "mission ", l) + missionName(m, model)) }
        case .commodities, .deals, .missionDeals: break
        }
        return out
    }

    static func statusWord(_ f: ChecklistStatusFilter, _ l: Language) -> String? {
        switch f {
        case .all: nil
        case .open: UIText.t("belum selesai", "open", l)
        case .done: UIText.t("selesai", "done", l)
        case .overdue: Labels.overdue(l)
        }
    }

    /// A mission as people name it, short: its partner and year ("Malut 2025").
    static func missionName(_ id: String, _ model: DashboardModel) -> String {
        guard let i = model.missionIndex[id] else { return id }
        let m = model.aggregates.missions[i]
        let ds = model.dataset
        let others = m.partners.count > 1 ? m.partners.filter { $0 != ds.organiser } : m.partners
        return others.map { ds.region($0)?.shortName ?? $0 }.joined(separator: ", ") + " " + String(m.date.year)
    }

    /// The chips as drawn in `width` columns ("[…]" each, a space after): as many as fit at
    /// `chipMinWidth` show, the rest counted as one "+N"; then the longest are shortened first,
    /// only as far as needed.
    static func fit(_ chips: [String], width: Int) -> [String] {
        guard !chips.isEmpty else { return [] }
        let full = chips.map { TextWidth.of($0) }
        func plus(_ n: Int) -> Int { n < chips.count ? TextWidth.of("+\(chips.count - n)") + 1 : 0 }
        let n = (0...chips.count).reversed().first { n in
            full.prefix(n).reduce(0) { $0 + min($1, chipMinWidth) + 3 } + plus(n) <= width
        } ?? 0
        var widths = Array(full.prefix(n))
        while widths.reduce(0, { $0 + $1 + 3 }) + plus(n) > width,
              let i = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[i] > chipMinWidth {
            widths[i] -= 1
        }
        var out = widths.indices.map { "[" + TextWidth.clip(chips[$0], widths[$0]) + "]" }
        if n < chips.count { out.append("+\(chips.count - n)") }
        return out
    }
}
