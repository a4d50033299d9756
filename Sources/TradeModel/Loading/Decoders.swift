// Field-by-field decoding of each fixture record. Each `decode` records every problem it finds
// and returns nil when the record cannot be used.

extension ObjectReader {
    func sourcedNotes(_ key: String) -> [SourcedNote] {
        objects(key).compactMap { r in
            r.rejectUnknown(["text", "source", "basis"])
            guard let t = r.localText("text", required: true), let s = r.string("source") else { return nil }
            return SourcedNote(text: t, source: s, basis: r.provenance("basis") ?? .stated)
        }
    }

    func moneyClaim(_ key: String) -> MoneyClaim? {
        guard let r = object(key) else { return nil }
        r.rejectUnknown(["valueRupiah", "source", "note"])
        guard let v = r.int64("valueRupiah", what: "money"), let s = r.string("source") else { return nil }
        return MoneyClaim(valueRupiah: v, source: s, note: r.localText("note"))
    }

    /// Other figures other sources print for the same thing.
    func moneyClaims(_ key: String) -> [MoneyClaim] {
        objects(key).compactMap { r in
            r.rejectUnknown(["valueRupiah", "source", "note"])
            guard let v = r.int64("valueRupiah", what: "money"), let s = r.string("source") else { return nil }
            return MoneyClaim(valueRupiah: v, source: s, note: r.localText("note"))
        }
    }

    func dateClaims(_ key: String) -> [DateClaim] {
        objects(key).compactMap { r in
            r.rejectUnknown(["date", "source", "note"])
            guard let d = r.date("date"), let s = r.string("source") else { return nil }
            return DateClaim(date: d, source: s, note: r.localText("note"))
        }
    }
}

extension Source {
    static func decode(_ r: ObjectReader) -> Source? {
        r.rejectUnknown(["id", "publisher", "title", "about", "date", "url", "note"])
        let date = r.date("date", required: false)
        let title = r.string("title", required: false)
        let about = r.localText("about")
        if r.has("title") == r.has("about") {
            r.diagnostics.error(r.file, r.path, r.node.location,
                                "a source has either \"title\" (the headline as published) or \"about\" (a description written for these fixtures), not both or neither")
        }
        guard let id = r.id("id"), let publisher = r.string("publisher") else { return nil }
        return Source(id: id, publisher: publisher, title: title, about: about, date: date,
                      url: r.string("url", required: false), note: r.localText("note"))
    }
}

extension Region {
    static func decode(_ r: ObjectReader) -> Region? {
        r.rejectUnknown(["id", "kind", "code", "name", "shortName", "country", "timeZone", "timeZoneSource", "source", "note"])
        let kind = r.enumValue("kind", Kind.self)
        let code = r.string("code", required: false)
        if let code, !(code.count == 2 && code.allSatisfy({ $0.isASCII && $0.isNumber })) {
            r.diagnostics.error(r.file, r.join("code"), r.location("code"), "a province code is two digits (e.g. \"35\"), found \"\(Sanitizer.line(code))\"")
        }
        guard let id = r.id("id"), let kind, let name = r.string("name"), let short = r.string("shortName"),
              let country = r.string("country"), let tz = r.enumValue("timeZone", ZoneCode.self) else { return nil }
        return Region(id: id, kind: kind, code: code, name: name, shortName: short, country: country, timeZone: tz,
                      source: r.string("source", required: false), timeZoneSource: r.string("timeZoneSource", required: false),
                      note: r.localText("note"))
    }
}

extension Commodity {
    static func decode(_ r: ObjectReader) -> Commodity? {
        r.rejectUnknown(["id", "nameId", "nameEn", "unit"])
        guard let id = r.id("id"), let a = r.string("nameId"), let b = r.string("nameEn"), let u = r.string("unit") else { return nil }
        return Commodity(id: id, nameId: a, nameEn: b, unit: u)
    }
}

extension Product {
    static func decode(_ r: ObjectReader) -> Product? {
        r.rejectUnknown(["id", "nameId", "nameEn", "commodity"])
        guard let id = r.id("id"), let a = r.string("nameId"), let b = r.string("nameEn"), let c = r.id("commodity") else { return nil }
        return Product(id: id, nameId: a, nameEn: b, commodity: c)
    }
}

extension Mission {
    static func decode(_ r: ObjectReader) -> Mission? {
        r.rejectUnknown(["id", "title", "organiser", "partner", "city", "venue", "date", "dateAlternatives", "timeZone",
                         "theme", "tradingHours", "businesses", "target", "notes", "source", "illustrative"])
        let businesses: [BusinessCount] = r.objects("businesses").compactMap { b in
            b.rejectUnknown(["side", "count", "source", "note"])
            guard let side = b.enumValue("side", BusinessCount.Side.self), let n = b.int("count", what: "count"),
                  let s = b.string("source") else { return nil }
            return BusinessCount(side: side, count: n, source: s, note: b.localText("note"))
        }
        let date = r.date("date")
        let tz = r.enumValue("timeZone", ZoneCode.self)
        let target = r.moneyClaim("target")
        guard let id = r.id("id"), let title = r.string("title"), let org = r.id("organiser"),
              let partner = r.id("partner"), let date, let tz, let source = r.string("source") else { return nil }
        return Mission(id: id, title: title, organiser: org, partner: partner, city: r.string("city", required: false),
                       venue: r.string("venue", required: false), date: date, dateAlternatives: r.dateClaims("dateAlternatives"),
                       timeZone: tz, theme: r.string("theme", required: false), tradingHours: r.string("tradingHours", required: false),
                       businesses: businesses, target: target, notes: r.sourcedNotes("notes"), source: source,
                       illustrative: r.bool("illustrative") ?? false)
    }
}

extension Agreement {
    static func decode(_ r: ObjectReader) -> Agreement? {
        r.rejectUnknown(["id", "kind", "title", "parties", "date", "dateAlternatives", "city", "venue", "signatories",
                         "sectors", "initiatives", "potential", "firstStageAnnual", "programmes", "legalBasis", "source"])
        let sectors: [SectorList] = r.objects("sectors").compactMap { s in
            s.rejectUnknown(["sectors", "source"])
            guard let list = s.stringList("sectors", required: true), let src = s.string("source") else { return nil }
            return SectorList(sectors: list, source: src)
        }
        let programmes: [Programme] = r.objects("programmes").compactMap { p in
            p.rejectUnknown(["date", "title", "items", "source"])
            guard let d = p.date("date"), let t = p.localText("title", required: true), let src = p.string("source") else { return nil }
            return Programme(date: d, title: t, items: p.localTexts("items"), source: src)
        }
        let kind = r.enumValue("kind", Kind.self)
        let date = r.date("date")
        let parties = r.stringList("parties", required: true, ids: true)
        guard let id = r.id("id"), let kind, let title = r.string("title"), let parties, let date,
              let source = r.string("source") else { return nil }
        return Agreement(id: id, kind: kind, title: title, parties: parties, date: date,
                         dateAlternatives: r.dateClaims("dateAlternatives"), city: r.string("city", required: false),
                         venue: r.string("venue", required: false), signatories: r.stringList("signatories") ?? [],
                         sectors: sectors, initiatives: r.sourcedNotes("initiatives"), potential: r.moneyClaim("potential"),
                         firstStageAnnual: r.moneyClaim("firstStageAnnual"), programmes: programmes,
                         legalBasis: r.sourcedNotes("legalBasis"), source: source)
    }
}

extension Deal {
    static let fields: Set<String> = ["id", "mission", "direction", "commodity", "product", "description", "quantity", "unit",
                                      "valueRupiah", "status", "kind", "includedIn", "party", "counterparty", "period",
                                      "illustrative", "source", "note", "basis", "includedInBasis", "conflictsWith"]

    static func decode(_ r: ObjectReader) -> Deal? {
        r.rejectUnknown(fields)
        let direction = r.enumValue("direction", Direction.self)
        let value = r.int64("valueRupiah", what: "money")
        let status = r.enumValue("status", Status.self)
        let kind = r.enumValue("kind", Kind.self)
        let quantity = r.quantity("quantity")
        guard let id = r.id("id"), let mission = r.id("mission"), let direction, let value, let status,
              let kind, let source = r.string("source") else { return nil }
        return Deal(id: id, mission: mission, direction: direction, commodity: r.id("commodity", required: false),
                    product: r.id("product", required: false), description: r.string("description", required: false),
                    quantity: quantity, unit: r.string("unit", required: false), valueRupiah: value, status: status,
                    kind: kind, includedIn: r.id("includedIn", required: false), party: r.string("party", required: false),
                    counterparty: r.string("counterparty", required: false), period: r.string("period", required: false),
                    illustrative: r.bool("illustrative") ?? false, source: source, note: r.localText("note"),
                    basis: r.provenance("basis") ?? .stated, includedInBasis: r.provenance("includedInBasis") ?? .stated,
                    conflictsWith: r.moneyClaims("conflictsWith"))
    }
}

extension ReportedTotal {
    static func decode(_ r: ObjectReader) -> ReportedTotal? {
        r.rejectUnknown(["id", "mission", "role", "valueRupiah", "localTime", "timeApproximate", "timeNote", "conflictsWith", "source", "note", "basis"])
        let role = r.enumValue("role", Role.self)
        let value = r.int64("valueRupiah", what: "money")
        let time = r.time("localTime")
        guard let id = r.id("id"), let mission = r.id("mission"), let role, let value,
              let source = r.string("source") else { return nil }
        return ReportedTotal(id: id, mission: mission, role: role, valueRupiah: value, localTime: time,
                             timeApproximate: r.bool("timeApproximate") ?? false, timeNote: r.localText("timeNote"),
                             conflictsWith: r.stringList("conflictsWith", ids: true) ?? [], source: source, note: r.localText("note"),
                             basis: r.provenance("basis") ?? .stated)
    }
}

extension Recommendation {
    static func decode(_ r: ObjectReader) -> Recommendation? {
        r.rejectUnknown(["id", "order", "titleId", "titleEn", "source", "basis", "addresses"])
        let order = r.int("order", required: false, what: "order")
        let basis = r.provenance("basis") ?? .stated
        if !r.has("order") && basis.isStated {
            r.diagnostics.error(r.file, r.join("order"), r.node.location,
                                "a recommendation without \"order\" is not one of the paper's; say why it is here with \"basis\" (inferred, with a reason)")
        }
        guard let id = r.id("id"), let a = r.string("titleId"), let b = r.string("titleEn"), let s = r.string("source") else { return nil }
        return Recommendation(id: id, order: order, titleId: a, titleEn: b, source: s, basis: basis,
                              addresses: r.id("addresses", required: false))
    }
}

extension FollowUpAction {
    static func decode(_ r: ObjectReader) -> FollowUpAction? {
        r.rejectUnknown(["id", "recommendation", "titleId", "titleEn", "owner", "ownerBasis", "due", "dueBasis",
                         "dueInferred", "dueNote", "mission", "status", "statusBasis", "source"])
        let due = r.date("due", required: false)
        let status = r.enumValue("status", Status.self)
        var dueBasis = r.provenance("dueBasis") ?? .stated
        // Schema 1 wrote `"dueInferred": true` with an optional `dueNote`.
        if r.bool("dueInferred") == true, dueBasis.isStated {
            dueBasis = .inferred(r.localText("dueNote") ?? LocalText(id: "tenggat tidak dinyatakan sumber", en: "the source states no due date"))
        }
        guard let id = r.id("id"), let rec = r.id("recommendation"), let a = r.string("titleId"),
              let b = r.string("titleEn"), let owner = r.string("owner"), let status, let s = r.string("source") else { return nil }
        return FollowUpAction(id: id, recommendation: rec, titleId: a, titleEn: b, owner: owner,
                              ownerBasis: r.provenance("ownerBasis") ?? .stated, due: due, dueBasis: dueBasis,
                              mission: r.id("mission", required: false), status: status,
                              statusBasis: r.provenance("statusBasis") ?? .stated, source: s)
    }
}

extension Obstacle {
    static func decode(_ r: ObjectReader) -> Obstacle? {
        r.rejectUnknown(["id", "textId", "textEn", "region", "commodity", "source", "basis"])
        guard let id = r.id("id"), let a = r.string("textId"), let b = r.string("textEn"), let s = r.string("source") else { return nil }
        return Obstacle(id: id, textId: a, textEn: b, region: r.id("region", required: false),
                        commodity: r.id("commodity", required: false), source: s, basis: r.provenance("basis") ?? .stated)
    }
}

extension Indicator {
    static func decode(_ r: ObjectReader) -> Indicator? {
        r.rejectUnknown(["id", "subject", "period", "region", "commodity", "valueRupiah", "quantity", "unit", "source", "note", "basis"])
        let value = r.int64("valueRupiah", required: false, what: "money")
        let q = r.quantity("quantity")
        if !r.has("valueRupiah") && !r.has("quantity") {
            r.diagnostics.error(r.file, r.path, r.node.location, "an indicator needs \"valueRupiah\" or \"quantity\"")
        }
        guard let id = r.id("id"), let subj = r.localText("subject", required: true), let period = r.string("period"),
              let s = r.string("source") else { return nil }
        return Indicator(id: id, subject: subj, period: period, region: r.id("region", required: false),
                         commodity: r.id("commodity", required: false), valueRupiah: value, quantity: q,
                         unit: r.string("unit", required: false), source: s, note: r.localText("note"),
                         basis: r.provenance("basis") ?? .stated)
    }
}
