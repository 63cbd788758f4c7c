"""SQLite's write-ahead log copied back into the database file on a thread of its own.

By default SQLite does this inside the commit that takes the log past 1,000 pages (about 4 MiB):
that commit copies the log and waits for the disk. Commands commit on the event loop (see
`Web.call`), so every page of the process waited with it. In runs of 200 learners a commit that
checkpointed took 375 ms (it comes every thousand commands or so), and one learner's `docker volume
ls` took 1.9 s from request to answer with the whole page frozen meanwhile. Here the commits never
checkpoint (`PRAGMA wal_autocheckpoint=0` on every connection), and a passive checkpoint runs on a
short-lived thread of its own every 256 commits (a command writes about 4 pages: about what SQLite
waits for itself), holding the store's write
turn (`writers`): SQLite copies with the interpreter lock let go, pages and readers go on, and a
command that would write meanwhile moves to a worker thread and waits its turn there, as behind any
other writer. (Without the write turn, commits kept adding to the log while it was copied, a copy
never caught up, and the log, which SQLite starts again from its beginning only once all of it is
copied, grew past 25 MiB in 1,500 commands instead of staying at 4.)
"""

from __future__ import annotations

import logging
import sqlite3
import threading

log = logging.getLogger("layerlab.store")

CHECKPOINT_EVERY = 256  # commits


class Checkpointer:
    """Counts a database's commits (`committed`, from any thread) and checkpoints its log on a
    thread every `every` of them; one checkpoint at a time."""

    def __init__(self, path: str, timeout: float, every: int = CHECKPOINT_EVERY) -> None:
        self.path, self.timeout, self.every = path, timeout, every
        self._commits = 0
        self._guard = threading.Lock()
        self._running: threading.Thread | None = None
        self.runs = 0
        self.last: tuple[int, int, int] | None = None  # (busy, frames in the log, frames copied), as SQLite says
        self.last_thread: int | None = None
        self.writers: threading.Lock | None = None  # held while copying: no commit adds to the log meanwhile

    def committed(self) -> None:
        with self._guard:
            self._commits += 1
            if self._commits % self.every or self._running is not None:
                return
            self._running = threading.Thread(target=self._checkpoint, name="layerlab-checkpoint", daemon=True)
            self._running.start()

    def _checkpoint(self) -> None:
        writers = self.writers
        try:
            if writers is not None and not writers.acquire(timeout=self.timeout):
                return  # the writers are that busy: the next look tries again
            try:
                conn = sqlite3.connect(self.path, timeout=self.timeout)
                try:
                    self.last = tuple(conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone())  # type: ignore[assignment]
                    self.runs += 1
                    self.last_thread = threading.get_ident()
                finally:
                    conn.close()
            finally:
                if writers is not None:
                    writers.release()
        except sqlite3.Error:  # a database being closed or removed: the next commit's look tries again
            log.debug("checkpoint failed", exc_info=True)
        finally:
            with self._guard:
                self._running = None

    def wait(self, timeout: float = 10.0) -> None:
        """Until the checkpoint running now (if any) is done (for tests and shutdown)."""
        running = self._running
        if running is not None:
            running.join(timeout)
