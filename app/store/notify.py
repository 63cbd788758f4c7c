"""Cross-process change notices on PostgreSQL: NOTIFY carries only "session:version"; a listener
thread per process hands them to the local hub, and re-synchronises after a dropped connection."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

CHANNEL = "layerlab"
log = logging.getLogger("layerlab.notify")


def psycopg_dsn(url: str) -> str:
    """postgresql+psycopg://u:p@h/db -> postgresql://u:p@h/db (what psycopg.connect takes)."""
    return "postgresql" + url.split("://", 1)[0].split("+", 1)[0][len("postgresql"):] + "://" + url.split("://", 1)[1]


class Listener:
    """LISTEN on a dedicated connection; call on_change(session_id, version) for each notice."""

    def __init__(self, url: str, on_change: Callable[[int, int], None], on_resync: Callable[[], None]) -> None:
        self.dsn = psycopg_dsn(url)
        self.on_change = on_change
        self.on_resync = on_resync
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="layerlab-listen", daemon=True)
        self.connected = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        import psycopg

        delay = 0.2
        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.connected.set()
                    if not first:
                        self.on_resync()  # notices may have been missed while disconnected
                    first = False
                    delay = 0.2
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=1.0):
                            sid, _, ver = note.payload.partition(":")
                            if sid.isdigit() and ver.isdigit():
                                self.on_change(int(sid), int(ver))
            except Exception as exc:  # the connection dropped: wait, reconnect, resync
                self.connected.clear()
                log.warning("listener reconnecting after: %s", type(exc).__name__)
                time.sleep(delay)
                delay = min(delay * 2, 5.0)
