/// Makes a deterministic, schema-valid, clearly illustrative data set in the fixtures' layout,
/// with all deals in one flat `deals.json` (one deal per line), for tests and benchmarks.
public struct SyntheticGenerator {
    public var deals: Int
    public var seed: UInt64

    public init(deals: Int, seed: UInt64) {
        self.deals = deals
        self.seed = seed
    }

    /// SplitMix64: tiny, fast and the same on every platform.
    struct RNG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let provinces: [(String, String, String, String)] = [
        ("jatim", "35", "Jawa Timur", "WIB"), ("malut", "82", "Maluku Utara", "WIT"), ("kaltim", "64", "Kalimantan Timur", "WITA"),
        ("kepri", "21", "Kepulauan Riau", "WIB"), ("jateng", "33", "Jawa Tengah", "WIB"), ("lampung", "18", "Lampung", "WIB"),
        ("maluku", "81", "Maluku", "WIT"), ("ntb", "52", "Nusa Tenggara Barat", "WITA"), ("ntt", "53", "Nusa Tenggara Timur", "WITA"),
        ("kalsel", "63", "Kalimantan Selatan", "WITA"), ("sumsel", "16", "Sumatera Selatan", "WIB"),
        ("sulteng", "72", "Sulawesi Tengah", "WITA"), ("sultra", "74", "Sulawesi Tenggara", "WITA"), ("bali", "51", "Bali", "WITA"),
    ]
    static let commodities: [(String, String, String)] = [
        ("seafood", "Hasil laut", "Seafood"), ("rice", "Beras", "Rice"), ("coffee", "Kopi", "Coffee"),
        ("seaweed", "Rumput laut", "Seaweed"), ("nutmeg", "Pala", "Nutmeg"), ("copra", "Kopra", "Copra"), ("cpo", "CPO", "CPO"),
    ]
    static let directions = ["sell", "buy", "investment", "unspecified"]
    static let statuses = ["committed", "validated"]

    public var datasetId: String { "synthetic-\(deals)-s\(seed)" }
    public var missionCount: Int { max(1, deals / 2000) }

    /// Every file of the data set, by name (`TradeStore` writes them to a directory).
    public func files() -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        var rng = RNG(state: seed)
        func put(_ name: String, _ text: String) { files.append((name, Array(text.utf8))) }
        put("dataset.json", """
            {"datasetId": "\(datasetId)", "schemaVersion": \(Fixtures.schemaVersion), "title": "Data sintetis (\(deals) transaksi, seed \(seed))", \
            "titleEn": "Synthetic data (\(Labels.count(deals, "deal", "deals")), seed \(seed))", "organiser": "jatim", "illustrative": true}\n
            """)
        put("sources.json", """
            [{"id": "synthetic", "publisher": "trade-tui generate", "title": "Illustrative synthetic data, not real transactions"}]\n
            """)
        put("regions.json", "[\n" + Self.provinces.map {
            "{\"id\": \"\($0.0)\", \"kind\": \"province\", \"code\": \"\($0.1)\", \"name\": \"\($0.2)\", \"shortName\": \"\($0.2)\", \"country\": \"ID\", \"timeZone\": \"\($0.3)\"}"
        }.joined(separator: ",\n") + "\n]\n")
        put("commodities.json", "[\n" + Self.commodities.map {
            "{\"id\": \"\($0.0)\", \"nameId\": \"\($0.1)\", \"nameEn\": \"\($0.2)\", \"unit\": \"ton\"}"
        }.joined(separator: ",\n") + "\n]\n")
        for empty in ["products.json", "agreements.json", "reportedTotals.json", "obstacles.json", "indicators.json"] {
            put(empty, "[]\n")
        }
        var missions: [String] = []
        for i in 0..<missionCount {
            let p = Self.provinces[1 + rng.below(Self.provinces.count - 1)]
            let year = 2019 + rng.below(7)
            let month = 1 + rng.below(12)
            let day = 1 + rng.below(28)
            missions.append("{\"id\": \"sm\(i)\", \"title\": \"Misi sintetis \(i) ke \(p.2)\", \"organiser\": \"jatim\", \"partner\": \"\(p.0)\", \"city\": null, \"date\": \"\(year)-\(pad2(month))-\(pad2(day))\", \"timeZone\": \"\(p.3)\", \"source\": \"synthetic\", \"illustrative\": true}")
        }
        put("missions.json", "[\n" + missions.joined(separator: ",\n") + "\n]\n")
        put("recommendations.json", """
            [{"id": "rec-synthetic", "order": 1, "titleId": "Rekomendasi sintetis", "titleEn": "Synthetic recommendation", "source": "synthetic"}]\n
            """)
        put("actions.json", """
            [{"id": "act-synthetic", "recommendation": "rec-synthetic", "titleId": "Tindakan sintetis", "titleEn": "Synthetic action", "owner": "Disperindag Jatim", "status": "open", "source": "synthetic"}]\n
            """)

        var out = [UInt8]()
        out.reserveCapacity(deals * 190 + 16)
        out.append(contentsOf: "[\n".utf8)
        for i in 0..<deals {
            let mission = rng.below(missionCount)
            let dir = Self.directions[rng.below(Self.directions.count)]
            let hasCommodity = rng.below(10) < 8
            let commodity = Self.commodities[rng.below(Self.commodities.count)].0
            // Log-uniform-ish value between Rp1 juta and Rp100 miliar.
            let scale = Int64(1) << (20 + rng.below(16))
            let value = 1_000_000 + Int64(rng.next() % UInt64(scale)) * 3
            let qty = 1 + rng.below(5000)
            var line = "{\"id\": \"sd\(i)\", \"mission\": \"sm\(mission)\", \"direction\": \"\(dir)\", "
            if hasCommodity { line += "\"commodity\": \"\(commodity)\", \"quantity\": \(qty), \"unit\": \"ton\", " }
            line += "\"valueRupiah\": \(value), \"status\": \"\(Self.statuses[rng.below(2)])\", \"kind\": \"itemised\", \"illustrative\": true, \"source\": \"synthetic\"}"
            if i + 1 < deals { line += "," }
            line += "\n"
            out.append(contentsOf: line.utf8)
        }
        out.append(contentsOf: "]\n".utf8)
        files.append(("deals.json", out))
        return files
    }
}
