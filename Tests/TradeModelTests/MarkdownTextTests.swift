import Foundation
import Testing
@testable import TradeModel
import TradeTestSupport

/// Issue #13: text from the data in a Markdown report is only ever text. The table's right-hand
/// sides were checked with three renderers (Python-Markdown, markdown-it with linkify, GitHub's
/// cmark-gfm; see DECISIONS.md): no link, image, HTML, emphasis, code, heading, list, quote, table
/// or strike-through comes out, and the rendered text reads as the left-hand side.
@Suite struct MarkdownTextTests {
    static let table: [(String, String)] = [
        ("[klik](javascript:alert(1))", "\\[klik\\](javascript&#58;alert(1))"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<http://evil.com/a>", "&lt;http&#58;//evil\\.com/a&gt;"),
        ("http://evil.com/path?q=1", "http&#58;//evil\\.com/path?q=1"),
        ("https://evil.com", "https&#58;//evil\\.com"),
        ("www.evil.com", "www\\.evil\\.com"),
        ("javascript:alert(document.cookie)", "javascript&#58;alert(document\\.cookie)"),
        ("admin@evil.com", "`admin@evil.com`"),
        ("![gambar](http://evil.com/x.png)", "!\\[gambar\\](http&#58;//evil\\.com/x\\.png)"),
        ("**tebal** dan *miring* dan _garis_ dan __dua__", "\\*\\*tebal\\*\\* dan \\*miring\\* dan \\_garis\\_ dan \\_\\_dua\\_\\_"),
        ("`kode` dan ``dua``", "\\`kode\\` dan \\`\\`dua\\`\\`"),
        ("# judul palsu", "\\# judul palsu"),
        ("## judul dua", "\\#\\# judul dua"),
        ("- daftar palsu", "\\- daftar palsu"),
        ("+ plus palsu", "\\+ plus palsu"),
        ("* bintang palsu", "\\* bintang palsu"),
        ("1. nomor palsu", "1\\. nomor palsu"),
        ("2025) nomor kurung", "2025\\) nomor kurung"),
        ("> kutipan", "&gt; kutipan"),
        ("| a | b |", "&#124; a &#124; b &#124;"),
        ("|---|---|", "&#124;---&#124;---&#124;"),
        ("~~coret~~", "&#126;&#126;coret&#126;&#126;"),
        ("$x^2$ dan US$5 dan US$7", "&#36;x^2&#36; dan US&#36;5 dan US&#36;7"),
        ("[ref]: http://evil.com", "\\[ref\\]: http&#58;//evil\\.com"),
        ("[ref]", "\\[ref\\]"),
        ("&lt;img src=x onerror=alert(1)&gt;", "&amp;lt;img src=x onerror=alert(1)&amp;gt;"),
        ("&#106;avascript:alert(1)", "&amp;\\#106;avascript&#58;alert(1)"),
        ("\\[escaped\\] trailing backslash \\", "\\\\\\[escaped\\\\\\] trailing backslash \\\\"),
        ("<!-- komentar -->", "&lt;!-- komentar --&gt;"),
        ("<a href=\"http://evil.com\">tautan</a>", "&lt;a href=\"http&#58;//evil\\.com\"&gt;tautan&lt;/a&gt;"),
        ("{: .kelas onclick=\"x\"}", "\\{: \\.kelas onclick=\"x\"\\}"),
        ("----", "\\----"),
        ("====", "===="),
        ("    kode terindentasi", "kode terindentasi"),
        ("a_b_c snake_case dan 2*3*4", "a\\_b\\_c snake\\_case dan 2\\*3\\*4"),
        ("Rp1.250.000.000 pada 10:30 WIB, 12,5 ton (PT Maju) — 50% naik!", "Rp1.250.000.000 pada 10:30 WIB, 12,5 ton (PT Maju) — 50% naik!"),
        ("mailto:admin@evil.com dan xmpp:a@b.co", "`mailto:admin@evil.com` dan `xmpp:a@b.co`"),
        ("radarbalikpapan.com dan evil.com/path", "radarbalikpapan\\.com dan evil\\.com/path"),
        ("a@b`c.com", "``a@b`c.com``"),
    ]

    @Test func hostileTextIsEscaped() {
        for (input, expected) in Self.table {
            #expect(MarkdownText.escape(input) == expected, "\(input.debugDescription)")
        }
    }

    /// What no escaped text may hold, whatever went in (addresses, shown as code, apart): a raw
    /// `<` or `>`, a scheme's `:` after letters or `://`, or an unescaped `[ ] * _ # \`` (so no `](`).
    @Test func escapedTextHasNoLiveMarkup() {
        let pieces = Self.table.map(\.0) + ["a<b", "x](y)", "ftp://h", "*a*", "_b_", "`c`", "data:text/html,x", "vbscript:x", "#", "\\*"]
        for s in pieces where !s.contains("@") {
            // Character references (`&#58;`, `&lt;`) are text; the rest is checked character by character.
            var e = Array(MarkdownText.escape(s))
            #expect(!e.contains("<") && !e.contains(">") && !String(e).contains("://"), "\(s.debugDescription) → \(String(e))")
            for entity in ["&#58;", "&#124;", "&#126;", "&#36;", "&lt;", "&gt;", "&amp;"] {
                e = Array(String(e).replacingOccurrences(of: entity, with: "·"))
            }
            var backslashes = 0
            for (i, c) in e.enumerated() {
                let escaped = backslashes % 2 == 1
                if "[]*_#`".contains(c) { #expect(escaped, "\(s.debugDescription) → \(String(e)): \(c) at \(i)") }
                if c == ":" && i > 0 && e[i - 1].isLetter { #expect(i + 1 == e.count || e[i + 1] == " ", "\(String(e)): a scheme") }
                backslashes = c == "\\" ? backslashes + 1 : 0
            }
        }
        #expect(MarkdownText.escape("data:text/html,x") == "data&#58;text/html,x" && MarkdownText.escape("vbscript:x") == "vbscript&#58;x")
    }

    /// The governor's memo with a hostile note, action title and obstacle: each is escaped where it
    /// stands, the report's own marks stay, and the plain-text report is unchanged by any of it.
    @Test func theMemoEscapesTextFromTheData() throws {
        var ds = try loadBundled()
        let a = ds.actions.firstIndex { $0.id == "act-cyber-hoax" }!
        ds.actions[a].titleId = "# judul <img src=x onerror=alert(1)>"
        ds.obstacles[0].textId = "- [klik](javascript:alert(1))"
        ds.actionHistory["act-cyber-hoax"] = [ActionChange(eventId: "e1", at: "2026-11-23T01:00:00Z", user: "**ana**",
                                                           body: .actionNoteAdded(actionId: "act-cyber-hoax", note: "lihat http://evil.com | *segera*"), undoes: nil)]
        let md = ChecklistReport.document(ds, today: Fixture.today, lang: .id, markdown: true)
        #expect(md.contains("- [?] \\# judul &lt;img src=x onerror=alert(1)&gt;\n"), "the title after the report's own box")
        #expect(md.contains("- \\- \\[klik\\](javascript&#58;alert(1)) \\[obs-regulation\\]\n"), "an obstacle that starts like a list item")
        #expect(md.contains("\\*\\*ana\\*\\*: lihat http&#58;//evil\\.com &#124; \\*segera\\*\n"), "the note and its user")
        #expect(md.hasPrefix("# Laporan tindak lanjut: ") && md.contains("\n## 1. Optimalisasi"), "the report's own headings stay headings")
        #expect(!md.contains("<img") && !md.contains("](javascript:") && !md.contains("http://"))
        let text = ChecklistReport.document(ds, today: Fixture.today, lang: .id, markdown: false)
        #expect(text.contains("  [?] # judul <img src=x onerror=alert(1)>\n") && text.contains("lihat http://evil.com | *segera*"),
                "the text report shows the data as it is")
    }
}
