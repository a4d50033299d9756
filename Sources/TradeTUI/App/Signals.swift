import Glibc
import Synchronization

enum Signals {
    /// The last signal asked to end the program (0: none). Set from the signal handler, read by the loop.
    static let pending = Atomic<Int32>(0)

    /// SIGINT, SIGTERM, SIGHUP and SIGQUIT (Ctrl-\) set a flag and interrupt the blocking read (no SA_RESTART); the
    /// loop then restores the terminal and exits 128 + the signal — except SIGINT once the desk is up,
    /// which it takes as the Ctrl-C key (it asks before losing a change). Installed before ncurses starts,
    /// so ncurses keeps its hands off them.
    static func install() {
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            var sa = sigaction()
            sa.__sigaction_handler.sa_handler = { s in Signals.pending.store(s, ordering: .relaxed) }
            sigemptyset(&sa.sa_mask)
            sa.sa_flags = 0
            sigaction(sig, &sa, nil)
        }
    }
}
