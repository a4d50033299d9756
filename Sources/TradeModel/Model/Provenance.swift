/// How a figure or claim was obtained. `stated` — the cited source says it (the default);
/// `inferred` — our reading, not said by the source, with a one-line reason; `derived` — computed
/// from the named figures. Shown with a glyph and a word, never by colour alone.
public struct Provenance: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable { case stated, inferred, derived }

    public var kind: Kind
    /// Why it is believed (inferred) or how it was computed (derived); nil for stated.
    public var reason: LocalText?
    /// Derived: the ids of the figures it is computed from.
    public var from: [String]

    public init(_ kind: Kind, reason: LocalText? = nil, from: [String] = []) {
        self.kind = kind
        self.reason = reason
        self.from = from
    }

    public static let stated = Provenance(.stated)

    public static func inferred(_ reason: LocalText) -> Provenance { Provenance(.inferred, reason: reason) }

    public static func derived(_ reason: LocalText, from: [String]) -> Provenance { Provenance(.derived, reason: reason, from: from) }

    public var isStated: Bool { kind == .stated }

    /// A deal's two provenances, kept together in its out-of-line box.
    public struct Pair: Sendable, Equatable {
        public var record: Provenance
        public var includedIn: Provenance
        public static let stated = Pair(record: .stated, includedIn: .stated)
    }
}

extension Provenance.Kind {
    /// The glyph shown before a figure that is not stated ("" for stated).
    public var glyph: String {
        switch self {
        case .stated: ""
        case .inferred: "≈"
        case .derived: "∑"
        }
    }

    /// The word shown with the glyph.
    public func word(_ lang: Language) -> String {
        switch (self, lang) {
        case (.stated, .id): "dinyatakan sumber"
        case (.stated, .en): "stated"
        case (.inferred, .id): "disimpulkan"
        case (.inferred, .en): "inferred"
        case (.derived, .id): "dihitung"
        case (.derived, .en): "derived"
        }
    }

    /// Glyph and word, e.g. "≈ disimpulkan"; empty for stated.
    public func mark(_ lang: Language) -> String {
        self == .stated ? "" : "\(glyph) \(word(lang))"
    }
}
