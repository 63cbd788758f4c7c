"""layerlab's own notes in the terminal are drawn in the page's language (app/web/ownwords.py): each
pattern matches what the engine writes today, so a reworded engine message cannot slip by."""

from __future__ import annotations

from app.engine.engine import apply, initial_world
from app.web.i18n import translations
from app.web.ownwords import localize


def _said(line: str) -> list[str]:
    result = apply(initial_world(), line)
    return [text for _, text in result.lines if text.startswith("layerlab: ")]


def test_each_note_the_engine_writes_is_drawn_in_korean() -> None:
    ko = translations("ko").gettext
    lines = ["docker push x", "nano server.js", "seq 9999999 | wc -l", "cat /dev/zero",
             "f() { f; }; f", "seq 99999 | xargs -n1 echo", "tar --help", "sleep --help", "sleep infinity", "sleep infinity & wait", "expr --version", "tar -tzf x.tar",
             "docker import https://example.com/x.tar", "tar -cf - pages | cat", "seq 100000",
             "docker run --gpus all busybox true", "docker pull --platform linux/arm64 busybox"]
    notes = [note for line in lines for note in _said(line)]
    assert len(notes) >= 9, notes
    assert any("output truncated" in note for note in notes), notes  # "printed 588.9 kB": its size has a space
    for note in notes:
        korean = localize(ko, note)
        assert korean != note, f"not translated: {note}"
        assert any("\uac00" <= ch <= "\ud7a3" for ch in korean), korean


def test_values_carry_over_and_other_lines_stay_as_written() -> None:
    ko = translations("ko").gettext
    assert localize(ko, "layerlab: docker export is a Docker command that layerlab does not simulate yet").startswith(
        "layerlab: docker export")
    assert "{" not in localize(ko, "layerlab: this command line does more than 1,000,000 steps of work, the most the "
                                   "simulated terminal does for one line; nothing was changed")
    for kept in ("bash: foo: command not found", "layerlab: something new the table does not know", ""):
        assert localize(ko, kept) == kept
    assert localize(translations("en").gettext, "layerlab: nano is not simulated") == "layerlab: nano is not simulated"
