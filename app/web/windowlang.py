"""The language each session's page was last drawn in, for the app's window. What the window asks
for by itself (a save posted from the app's form, the page that answer sends it to, a link followed
there) comes from the app's sandboxed origin, which sends no cookie: a Korean learner whose browser
asks for English read "Waiting for localhost…" and "Not sent yet" in English. Kept in this process's
memory, the newest sessions first; without it (another process drew the page) the request's own
language is used, as before."""

from __future__ import annotations

from collections import OrderedDict

SESSIONS_KEPT = 8192


class WindowLangs:
    def __init__(self, size: int = SESSIONS_KEPT) -> None:
        self.size = size
        self._langs: OrderedDict[str, str] = OrderedDict()

    def drawn(self, token: str, lang: str) -> None:
        """The page of the session at `token` (an owner's or a watcher's link) was drawn in `lang`."""
        self._langs[token] = lang
        self._langs.move_to_end(token)
        while len(self._langs) > self.size:
            self._langs.popitem(last=False)

    def of(self, token: str, asked: str) -> str:
        """The language for the window of the session at `token`: its page's, else `asked`."""
        return self._langs.get(token, asked)
