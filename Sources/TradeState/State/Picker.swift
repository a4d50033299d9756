import TradeModel

/// A list to choose one item from, narrowed as you type (as fzf does): the Checklists panel's
/// owner and mission filters, the Missions panel's year filter, and the deal form's mission. Matching ignores case and accents and
/// finds each typed word anywhere in the name, its details or its id.
public struct Picker: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable { case ownerFilter, missionFilter, yearFilter, dealMission }

    public struct Choice: Equatable, Sendable {
        /// nil: "all", which clears the filter.
        public var id: String?
        public var label: String
        /// A date, a city, a partner: shown dim after the label, and searched.
        public var detail: String
        /// How many items the choice holds (actions, deal lines), shown beside it.
        public var count: Int?

        public init(id: String?, label: String, detail: String = "", count: Int? = nil) {
            self.id = id
            self.label = label
            self.detail = detail
            self.count = count
        }
    }

    public var purpose: Purpose
    public var choices: [Choice]
    /// What is typed to narrow the list.
    public var query = TextField()
    /// The choices that match the query (indices into `choices`), in the choices' order.
    public private(set) var matches: [Int]
    /// Index into `matches`.
    public var cursor = 0
    /// The first match shown.
    public var top = 0

    /// Opens with every choice listed and the cursor on `current` (the filter or value in force).
    public init(purpose: Purpose, choices: [Choice], current: String?) {
        self.purpose = purpose
        self.choices = choices
        matches = Array(choices.indices)
        cursor = choices.firstIndex { $0.id == current } ?? 0
    }

    /// The choice under the cursor; nil when nothing matches.
    public var chosen: Choice? { cursor < matches.count ? choices[matches[cursor]] : nil }

    /// Recomputes the matches after the query changed; the cursor goes to the first.
    public mutating func refilter() {
        let words = query.text.split(separator: " ").map { SearchText.fold(String($0)) }
        matches = choices.indices.filter { i in
            let c = choices[i]
            let hay = SearchText.fold(c.label + "\u{1F}" + c.detail + "\u{1F}" + (c.id ?? ""))
            return hay.withUnsafeBufferPointer { h in words.allSatisfy { SearchText.contains(h, 0..<h.count, $0) } }
        }
        cursor = 0
        top = 0
    }

    /// Moves the cursor by `delta` (clamped), keeping it within the `rows` shown.
    public mutating func move(_ delta: Int, rows: Int) {
        guard !matches.isEmpty else { return }
        cursor = min(max(0, cursor + delta), matches.count - 1)
        scroll(rows: rows)
    }

    /// Keeps the cursor's row in view.
    public mutating func scroll(rows: Int) {
        let rows = max(1, rows)
        top = min(max(0, top), max(0, matches.count - rows))
        if cursor < top { top = cursor }
        if cursor >= top + rows { top = cursor - rows + 1 }
    }

    /// Rows of choices shown in a body `bodyHeight` high: the box's border, title and search line
    /// take four. Sized by every choice, not the matches, so the box keeps its size as you type.
    public func listRows(bodyHeight: Int) -> Int { max(1, min(choices.count, bodyHeight - 4)) }

    public func title(_ l: Language) -> String {
        switch purpose {
        case .ownerFilter: UIText.t("Saring menurut penanggung jawab", "Filter by owner", l)
        case .missionFilter: UIText.t("Saring menurut misi", "Filter by mission", l)
        case .yearFilter: UIText.t("Saring menurut tahun", "Filter by year", l)
        case .dealMission: UIText.t("Pilih misi", "Choose a mission", l)
        }
    }

    /// A choice's count in words: `3 tindakan`, `1 action`.
    public func count(_ n: Int, _ l: Language) -> String {
        switch purpose {
        case .ownerFilter, .missionFilter: UIText.t("\(n) tindakan", Labels.count(n, "action", "actions"), l)
        case .dealMission: UIText.t("\(n) transaksi", Labels.count(n, "deal", "deals"), l)
        case .yearFilter: UIText.t("\(n) baris", Labels.count(n, "row", "rows"), l)
        }
    }
}
