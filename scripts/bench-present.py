#!/usr/bin/env python3
"""Latency from starting `trade-tui record-deal` to the presenter's screen showing the new exact
total, over N deals (median and p99). The presenter runs in a private tmux server; the screen is
read with `tmux capture-pane` every 5 ms.

Usage: scripts/bench-present.py [BINARY] [N] [DATA-DIR MISSION]   (default: the fixtures, m2025-kaltim)
"""
import os, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(root, ".build/release/trade-tui")
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
data = os.path.abspath(sys.argv[3]) if len(sys.argv) > 4 else os.path.join(root, "fixtures")
mission = sys.argv[4] if len(sys.argv) > 4 else "m2025-kaltim"
drive = os.path.join(root, "../shared/tools/tui-drive.sh")
home = tempfile.mkdtemp(prefix="trade-tui-bench-present-")
env = dict(os.environ, HOME=home, XDG_STATE_HOME=home + "/state")
import json
summary = json.loads(subprocess.check_output([binary, "summary", "--format", "json", "--data", data], env=env))
start_total = next(m["totalValueRupiah"] for m in summary["byMission"] if m["id"] == mission)

def exact(v):
    return "Rp" + format(v, ",").replace(",", ".")

sock = subprocess.check_output([drive, "start", "-x", "160", "-y", "45", "-C", root, "-e", "HOME=" + home,
                                "-e", "XDG_STATE_HOME=" + home + "/state", "--", binary, "present", "--mission", mission, "--data", data],
                               text=True).strip()
try:
    subprocess.check_call([drive, "wait", "-L", sock, "-t", "30", "TOTAL  " + exact(start_total)], stdout=subprocess.DEVNULL)
    total = start_total
    lat = []
    for i in range(n):
        value = 1_000_000 + i
        total += value
        want = "TOTAL  " + exact(total)
        t0 = time.monotonic()
        subprocess.Popen([binary, "record-deal", "--mission", mission, "--commodity", "coffee", "--direction", "sell",
                          "--value", str(value), "--data", data], env=env, stdout=subprocess.DEVNULL)
        while True:
            screen = subprocess.run(["tmux", "-L", sock, "capture-pane", "-p", "-t", "tui"], capture_output=True, text=True).stdout
            if want in screen:
                lat.append((time.monotonic() - t0) * 1000)
                break
            if time.monotonic() - t0 > 5:
                sys.exit(f"deal {i}: {want} not shown within 5 s")
            time.sleep(0.005)
        time.sleep(0.05)
    lat.sort()
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))]
    print(f"record-deal start → presenter shows the new exact total ({os.path.basename(data)}), {n} deals: median {statistics.median(lat):.0f} ms, "
          f"p99 {p99:.0f} ms, max {lat[-1]:.0f} ms (target: under 500 ms)")
finally:
    subprocess.call([drive, "stop", "-L", sock])
