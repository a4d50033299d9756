/// Indonesia's three zones (Keppres 41/1987) and the foreign partners' zones.
public enum ZoneCode: String, Sendable, CaseIterable, Codable {
    case WIB, WITA, WIT, JST, MYT

    public var utcOffsetMinutes: Int {
        switch self {
        case .WIB: 7 * 60
        case .WITA, .MYT: 8 * 60
        case .WIT, .JST: 9 * 60
        }
    }
}
