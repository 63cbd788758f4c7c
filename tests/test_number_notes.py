"""The terminal's note of the earlier lines it does not draw writes its count as each language
writes numbers: 4,600 in English, and in Korean too (CLDR groups Korean by thousands, with a comma)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app
from app.web.page import TERMINAL_LINES


def test_the_note_of_undrawn_lines_groups_its_count_by_thousands(tmp_path: Path) -> None:
    client = TestClient(create_app(Settings(), Store(f"sqlite:///{tmp_path}/n.db")), follow_redirects=False)
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    printed = 5000
    client.post(f"/s/{token}/run", data={"line": f"seq 1 {printed}"}, headers={"HX-Request": "true"})
    hidden = printed - TERMINAL_LINES
    assert hidden >= 1000  # a count that needs a separator
    grouped = f"{hidden // 1000},{hidden % 1000:03d}"
    english = client.get(f"/s/{token}?lang=en").text
    assert f"… {grouped} earlier lines of this output are not shown here" in english
    assert f"{hidden} earlier" not in english
    korean = client.get(f"/s/{token}?lang=ko").text
    assert f"… 이 출력의 앞부분 {grouped}줄은 여기에 표시하지 않습니다" in korean
    # below a thousand the count is as it was
    client.post(f"/s/{token}/run", data={"line": f"seq 1 {TERMINAL_LINES + 5}"}, headers={"HX-Request": "true"})
    assert "… 5 earlier lines of this output are not shown here" in client.get(f"/s/{token}?lang=en").text
