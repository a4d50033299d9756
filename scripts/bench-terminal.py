#!/usr/bin/env python3
"""Terminal-side figures for the dashboard: time to the first frame (against a bare `sh -c echo`
under the same pty) and bytes written to the terminal per keystroke.

Usage: scripts/bench-terminal.py [BINARY] [--size 80x24] [--runs 10]
"""
import os, pty, select, signal, statistics, struct, sys, time, fcntl, termios

def spawn(argv, cols, rows, env):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd

def read_until(fd, needle=None, quiet=0.05, timeout=20.0):
    """Reads until `needle` has appeared and output has been quiet for `quiet` seconds."""
    buf = b""
    start = time.monotonic()
    seen_at = None
    last = time.monotonic()
    while time.monotonic() - start < timeout:
        r, _, _ = select.select([fd], [], [], quiet)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
            last = time.monotonic()
            if seen_at is None and needle is not None and needle in buf:
                seen_at = time.monotonic()
        elif (needle is None or seen_at is not None) and time.monotonic() - last >= quiet:
            break
    return buf, seen_at

def first_frame(argv, needle, cols, rows, env):
    t0 = time.monotonic()
    pid, fd = spawn(argv, cols, rows, env)
    _, seen = read_until(fd, needle, quiet=0.02)
    elapsed = (seen - t0) * 1000 if seen else float("nan")
    return pid, fd, elapsed

def main():
    args = sys.argv[1:]
    binary = ".build/release/trade-tui"
    size, runs = "80x24", 10
    while args:
        a = args.pop(0)
        if a == "--size": size = args.pop(0)
        elif a == "--runs": runs = int(args.pop(0))
        else: binary = a
    cols, rows = map(int, size.split("x"))
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", HOME="/tmp/trade-tui-bench-home")
    sh, app = [], []
    for _ in range(runs):
        pid, fd, ms = first_frame(["sh", "-c", "echo ready; sleep 1"], b"ready", cols, rows, env)
        sh.append(ms); os.kill(pid, signal.SIGKILL); os.waitpid(pid, 0); os.close(fd)
        pid, fd, ms = first_frame([binary], "Tindak lanjut".encode(), cols, rows, env)
        app.append(ms); os.kill(pid, signal.SIGTERM); os.waitpid(pid, 0); os.close(fd)
    print(f"first frame at {size}: trade-tui median {statistics.median(app):.1f} ms "
          f"(min {min(app):.1f}); bare sh -c echo median {statistics.median(sh):.1f} ms; "
          f"ratio {statistics.median(app) / statistics.median(sh):.2f}")

    pid, fd, _ = first_frame([binary], "Tindak lanjut".encode(), cols, rows, env)
    def keystroke(key, needle=None):
        os.write(fd, key)
        out, _ = read_until(fd, needle, quiet=0.08)
        return len(out)
    first = keystroke(b"j")  # the first move also settles the initial state
    moves = [keystroke(b"j") for _ in range(12)]
    ups = [keystroke(b"k") for _ in range(12)]
    tab = keystroke(b"\t")
    back = keystroke(b"1")
    print(f"bytes per cursor move (j/k) at {size}: median {statistics.median(moves + ups):.0f}, "
          f"max {max(moves + ups)}; switching panel: {tab} and {back} bytes; a full first frame is larger")
    os.kill(pid, signal.SIGTERM); os.waitpid(pid, 0)

if __name__ == "__main__":
    main()
