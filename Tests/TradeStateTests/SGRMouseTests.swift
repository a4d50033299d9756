import Testing
import TradeModel
@testable import TradeState

/// The SGR (mode 1006) mouse decoder: what the terminal collects after `ESC [ <` becomes a click,
/// a wheel notch or nothing, with 0-based coordinates that reach past column 223.
@Suite struct SGRMouseTests {
    @Test func aLeftPressIsAClickAtZeroBasedCoordinates() {
        #expect(SGRMouse.event("\u{1B}[<0;10;5M") == .click(x: 9, y: 4))
        #expect(SGRMouse.event("0;1;1M") == .click(x: 0, y: 0), "the introducer is optional")
    }

    @Test func columnsPast223ArriveWhole() {
        // X10 puts a coordinate in one byte (32 + n, at most 223); SGR writes it in decimal.
        #expect(SGRMouse.event("\u{1B}[<0;240;8M") == .click(x: 239, y: 7))
        #expect(SGRMouse.event("\u{1B}[<0;1000;300M") == .click(x: 999, y: 299))
    }

    @Test func theWheelScrollsAndModifiersAreMasked() {
        #expect(SGRMouse.event("\u{1B}[<64;30;10M") == .wheelUp(x: 29, y: 9))
        #expect(SGRMouse.event("\u{1B}[<65;30;10M") == .wheelDown(x: 29, y: 9))
        // Shift (4), Alt (8) and Ctrl (16) held: the same click and the same wheel.
        for mod in [4, 8, 16, 4 | 8 | 16] {
            #expect(SGRMouse.event("\u{1B}[<\(mod);10;5M") == .click(x: 9, y: 4), "modifier \(mod)")
            #expect(SGRMouse.event("\u{1B}[<\(64 + mod);10;5M") == .wheelUp(x: 9, y: 4), "modifier \(mod)")
        }
        #expect(SGRMouse.parse("\u{1B}[<20;10;5M") == SGRMouse.Report(button: 0, modifiers: 20, motion: false, pressed: true, x: 9, y: 4))
    }

    @Test func releasesMotionAndOtherButtonsDoNothing() {
        #expect(SGRMouse.parse("\u{1B}[<0;10;5m")?.pressed == false)
        #expect(SGRMouse.event("\u{1B}[<0;10;5m") == nil, "a release")
        #expect(SGRMouse.event("\u{1B}[<32;10;5M") == nil, "a drag (motion bit)")
        #expect(SGRMouse.event("\u{1B}[<1;10;5M") == nil, "the middle button")
        #expect(SGRMouse.event("\u{1B}[<2;10;5M") == nil, "the right button")
        #expect(SGRMouse.event("\u{1B}[<66;10;5M") == nil, "the wheel sideways")
    }

    @Test func whatIsNotAWholeReportIsNothing() {
        for bad in ["", "M", "\u{1B}[<0;10M", "\u{1B}[<0;10;5", "\u{1B}[<0;10;5X", "\u{1B}[<0;0;5M", "\u{1B}[<0;10;0M",
                    "\u{1B}[<;10;5M", "\u{1B}[<0;1a;5M", "\u{1B}[<0;10;5;1M", "\u{1B}[<0;9999999;5M", "\u{1B}[<-1;10;5M",
                    "\u{1B}[<0;１0;5M"] {
            #expect(SGRMouse.parse(bad) == nil, "\(bad.debugDescription)")
        }
    }

    @Test func theTerminalReadsUntilTheReportIsWhole() {
        #expect(SGRMouse.progress("") == .partial)
        #expect(SGRMouse.progress("0;24") == .partial)
        #expect(SGRMouse.progress("0;240;8M") == .complete)
        #expect(SGRMouse.progress("0;240;8m") == .complete)
        #expect(SGRMouse.progress("0;2x") == .invalid, "a key typed after Esc [ < is not a report")
        #expect(SGRMouse.progress(String(repeating: "1", count: 40)) == .invalid, "never reads without end")
    }
}
