import SnapshotTesting
import TradeModel
import TradeStore
@testable import TradeState
@testable import TradeView
import TradeTestSupport

extension Snapshotting where Value == ScreenBuffer, Format == String {
    /// A whole screen: its text, one line per row (trailing spaces kept, so widths are checked
    /// too), then its role map, one letter per cell, so a lost highlight, overdue mark or
    /// selection fails like a lost character. A legend of the letters used closes the file.
    static var screen: Snapshotting {
        Snapshotting<String, String>.lines.pullback(ScreenText.snapshot)
    }
}

/// The text form of a `ScreenBuffer` that snapshots hold.
enum ScreenText {
    static let rolesSeparator = "--- roles ---"
    static let legendPrefix = "legend: "

    static func snapshot(_ buf: ScreenBuffer) -> String {
        let roles = roleRows(buf)
        let used = Set(roles.joined()).sorted()
        let legend = used.compactMap { c in Role.allCases.first { letter($0) == c }.map { "\(c)=\($0)" } }
        return (buf.lines() + [rolesSeparator] + roles + [legendPrefix + legend.joined(separator: " ")]).joined(separator: "\n")
    }

    /// One letter per cell; the continuation half of a wide character repeats its lead's letter,
    /// so the map keeps the screen's columns.
    static func roleRows(_ buf: ScreenBuffer) -> [String] {
        (0..<buf.height).map { y in
            var row = ""
            var lead = Role.normal
            for x in 0..<buf.width {
                let cell = buf[x, y]
                if !cell.continuation { lead = cell.role }
                row.append(letter(lead))
            }
            return row
        }
    }

    /// Fixed per case, not derived from declaration order, so a new role never reletters every
    /// recorded snapshot; the switch makes a new case name its letter before anything compiles.
    static func letter(_ role: Role) -> Character {
        switch role {
        case .normal: "a"
        case .header: "b"
        case .tab: "c"
        case .tabActive: "d"
        case .title: "e"
        case .dim: "f"
        case .selected: "g"
        case .money: "h"
        case .positive: "i"
        case .negative: "j"
        case .bar: "k"
        case .barDim: "l"
        case .overdue: "m"
        case .done: "n"
        case .warning: "o"
        case .conflict: "p"
        case .hint: "q"
        case .hintKey: "r"
        case .illustrative: "s"
        case .border: "t"
        case .big: "u"
        case .highlight: "v"
        case .provenance: "w"
        }
    }
}
