import TradeModel

/// Builds detail lines, remembering every source cited so the view can end with them. Lines are
/// wrapped to the width at the end, so a source tag is never clipped (see `StyledWrap`).
public struct DetailBuilder {
    public let lang: Language
    public let width: Int
    public let model: DashboardModel
    public var out: [StyledLine] = []
    public var cited: [String] = []
    /// The zone journal times are shown in (they are stored in UTC).
    public let zone: LocalZone

    public init(lang: Language, width: Int, model: DashboardModel, zone: LocalZone = .utc) {
        self.zone = zone
        self.lang = lang
        self.width = width
        self.model = model
    }

    public func t(_ id: String, _ en: String) -> String { UIText.t(id, en, lang) }

    /// "  Kode              act-cyber-hoax  (trade-tui action act-cyber-hoax …)": the id a
    /// command takes, with the command where the line has room for it.
    public mutating func idRow(_ id: String, command: String) {
        var line: StyledLine = [Span("  " + TextWidth.fit(t("Kode", "Id"), 18)), Span(id)]
        let how = Span("  (trade-tui " + command + " " + id + " …)", .dim)
        if StyledWidth.of(line + [how]) <= width { line.append(how) }
        out.append(line)
    }

    /// A source tag where it starts a column (no space before it).
    public func bare(_ span: Span) -> Span {
        Span(String(span.text.drop { $0 == " " }), span.role)
    }

    /// Journal changes oldest first by their time (`at`, UTC ISO 8601, which sorts as text), the
    /// journal's order among equal times.
    public static func inTimeOrder<T>(_ items: [T], at: (T) -> String) -> [T] {
        items.enumerated().sorted { (at($0.element), $0.offset) < (at($1.element), $1.offset) }.map(\.element)
    }

    public mutating func cite(_ id: String) -> Span {
        if !cited.contains(id) { cited.append(id) }
        return Span(" [" + id + "]", .dim)
    }

    public mutating func section(_ title: String) {
        if !out.isEmpty { out.append([]) }
        out.append([Span(title, .title)])
    }

    /// Word-wraps `text` to the width, indenting continuation lines.
    public mutating func para(_ text: String, role: Role = .normal, indent: Int = 2, tail: Span? = nil) {
        var line: StyledLine = [Span(text, role)]
        if let tail { line.append(tail) }
        out += StyledWrap.wrap(line, width: width, indent: indent)
    }

    /// "  ≈ disimpulkan" after a claim that is not stated; nothing for a stated one.
    public func mark(_ p: Provenance) -> [Span] {
        p.isStated ? [] : [Span("  " + p.kind.mark(lang), .provenance)]
    }

    /// The reason for an inference or derivation, on its own dim line beneath the claim.
    public mutating func reason(_ p: Provenance, indent: Int) {
        guard !p.isStated else { return }
        var text = p.reason?.text(lang) ?? ""
        if !p.from.isEmpty { text += (text.isEmpty ? "" : " ") + "(" + t("dari ", "from ") + p.from.joined(separator: ", ") + ")" }
        guard !text.isEmpty else { return }
        para(String(repeating: " ", count: indent) + p.kind.glyph + " " + text, role: .dim, indent: indent + 2)
    }

    public func region(_ id: String) -> String {
        guard let r = model.dataset.region(id) else { return id }
        return r.name + (r.code.map { " (\($0))" } ?? "")
    }

    /// Regions with their codes, saying which code system (Kemendagri's) and citing each
    /// region's source — once on a line where they share it — and any note (no code is guessed for
    /// Papua). `separator` joins them on one line; without it each has a line of its own (`• `).
    public mutating func regions(_ ids: [String], separator: String? = nil) {
        let rs = ids.map { model.dataset.region($0) }
        let codes = t("kode provinsi Kemendagri", "Kemendagri province codes")
        let coded = rs.contains { $0?.code != nil }
        if let separator {
            let sources = Set(rs.map { $0?.source })
            var line: StyledLine = []
            for (i, id) in ids.enumerated() {
                if i > 0 { line.append(Span(separator)) }
                line.append(Span(region(id)))
                if sources.count > 1, let s = rs[i]?.source { line.append(cite(s)) }
            }
            if coded { line.append(Span("  " + codes, .dim)) }
            if sources.count == 1, let s = rs.first??.source { line.append(cite(s)) }
            out += StyledWrap.wrap(line, width: width, indent: 4)
        } else {
            for (i, id) in ids.enumerated() {
                out.append([Span("  • " + region(id))] + (rs[i]?.source.map { [cite($0)] } ?? []))
            }
            if coded { out.append([Span("    (" + codes + ")", .dim)]) }
        }
        for r in rs.compactMap({ $0 }) { if let n = r.note { para("    " + n.text(lang), role: .dim, indent: 4) } }
    }

    /// Every line of the open detail at `width`: what the view draws and the reducer scrolls over.
    public static func lines(_ s: AppState, _ model: DashboardModel, width: Int) -> [StyledLine] {
        var b = DetailBuilder(lang: s.lang, width: max(10, width - 2), model: model, zone: s.zone)
        switch s.detail {
        case .mission(let id)?:
            if let m = model.dataset.mission(id) { b.mission(m) } else if let a = model.dataset.agreements.first(where: { $0.id == id }) { b.agreement(a) }
        case .action(let id)?:
            if let a = model.dataset.actions.first(where: { $0.id == id }) { b.action(a) }
        case .deal?:
            if let d = Reducer.openedDeal(s, model) { b.dealDetail(d) }
        default: break
        }
        b.sourcesSection()
        let all = b.out.flatMap { StyledWrap.wrap($0, width: b.width) }
        // The position (` 21/23 `) sits at the top right once the detail scrolls: the title's first
        // row leaves it room, so no letter of the title is drawn over.
        guard let title = b.out.first else { return all }
        let room = TextWidth.of(" \(all.count + 1)/\(all.count + 1) ") - 1
        return StyledWrap.wrap(title, width: b.width, first: b.width - room) + b.out.dropFirst().flatMap { StyledWrap.wrap($0, width: b.width) }
    }

    /// Each cited source: the headline in quotes, or what it is about in brackets (never a
    /// description passed off as a headline), its date and link.
    public mutating func sourcesSection() {
        guard !cited.isEmpty else { return }
        section(t("Sumber", "Sources"))
        for id in cited {
            guard let s = model.dataset.source(id) else { out.append([Span("  [" + id + "]", .dim)]); continue }
            var text = "[" + id + "] " + s.publisher + " — " + s.heading(lang)
            if let d = s.date { text += " (" + DateText.medium(d, lang) + ")" }
            if let u = s.url { text += " " + u }
            para(text, role: .dim, indent: 4)
        }
    }
}
