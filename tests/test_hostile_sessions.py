"""What one session may keep in the database: a long or heavy session's log and snapshots stay
bounded, the page draws the same from what is kept, and past the bound the learner is told so."""

from __future__ import annotations

import json
import time
from pathlib import Path

from app.engine import apply, initial_world
from app.store.outputs import CUT_FD, KEPT_CHARS, KEPT_LINES
from app.store.sessions import SessionFull, Store
from app.web.page import ENTRY_CHARS, TERMINAL_LINES
from tests.test_limits import make, new_session, run, version


def test_the_log_keeps_at_least_what_the_page_draws_of_an_output() -> None:
    assert KEPT_LINES >= TERMINAL_LINES and KEPT_CHARS >= ENTRY_CHARS


def test_an_output_of_many_lines_is_kept_as_the_page_draws_it(tmp_path: Path) -> None:
    """`seq 1 40000` printed 40,000 lines the page never drew; one-character lines of 256 KiB were
    2 MB of JSON a command, 10 GB for a full log of them."""
    client = make(tmp_path, rate_session=1000)
    token = new_session(client)
    started = time.process_time()
    assert run(client, token, "seq 1 40000").status_code == 200
    took = time.process_time() - started
    page = client.get(f"/s/{token}").text
    # the page says what it always said: the newest lines, after a count of those it leaves out
    assert "39,600 earlier lines of this output are not shown here" in page
    assert ">39601</div>" in page and ">39600</div>" not in page
    started = time.process_time()
    assert run(client, token, "yes | tr y '\\001' | head -c 300000").status_code == 200
    took += time.process_time() - started
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    session = store.by_token(token)
    assert session is not None
    seq, ones = store.events(session.id or 0)
    assert json.loads(seq.output)[0] == [CUT_FD, str(40000 - KEPT_LINES)]
    assert json.loads(seq.output)[-1] == [1, "40000"] and len(seq.output) < 10_000
    assert len(ones.output) < 10_000  # (1,966,184 before)
    assert session.log_bytes == sum(len(e.line) + len(e.output) for e in (seq, ones))
    assert took < 5
    printed = len(apply(initial_world(0), "yes | tr y '\\001' | head -c 300000").lines)
    assert json.loads(ones.output)[0] == [CUT_FD, str(printed - KEPT_LINES)]
    assert f"{printed - KEPT_LINES:,} earlier lines of this output are not shown here" in client.get(f"/s/{token}").text


def test_a_line_longer_than_the_page_draws_is_kept_by_its_end(tmp_path: Path) -> None:
    client = make(tmp_path, rate_session=1000)
    token = new_session(client)
    assert run(client, token, "echo start; printf 'a%.0s' {1..100000}; echo end").status_code == 200
    store: Store = client.app.state.web.store  # type: ignore[attr-defined]
    session = store.by_token(token)
    assert session is not None
    (event,) = store.events(session.id or 0)
    lines = json.loads(event.output)
    assert lines[0] == [CUT_FD, "1"] and lines[1][1] == "…" + ("a" * 100000 + "end")[-KEPT_CHARS:]
    page = client.get(f"/s/{token}").text
    assert "1 earlier line of this output is not shown here" in page and ">start</div>" not in page


def test_a_session_past_its_log_text_is_refused_and_told_so(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/l.db")
    store.max_log_bytes = 150_000
    client = make(tmp_path, store=store, rate_session=1000)
    token = new_session(client)
    line = "printf 'x%.0s' {1..60000}"  # one line of 60,000 characters
    for _ in range(2):
        assert run(client, token, line).status_code == 200
    assert version(client, token) == 2
    refused = run(client, token, line)
    assert refused.status_code == 200 and "This session keeps all it can (0 MiB of commands" in refused.text
    assert version(client, token) == 2
    assert run(client, token, "pwd").status_code == 200  # what still fits is written
    assert version(client, token) == 3
    # once full, a line is refused before it runs (the count is read with the session), in Korean too
    session = store.by_token(token)
    assert session is not None and 120_000 < session.log_bytes < 150_000
    store.max_log_bytes = session.log_bytes
    told = client.post(f"/s/{token}/run?lang=ko", data={"line": "pwd"}, headers={"HX-Request": "true"})
    assert "이 세션은 더 저장할 수 없습니다" in told.text
    assert version(client, token) == 3


def test_snapshots_past_what_a_session_keeps_are_refused_with_nothing_written(tmp_path: Path) -> None:
    """A world of 16 MiB of files made a 17 MB snapshot every 50 commands, and after every two
    lines at the budget's end: a session filled the disk by the gigabyte."""
    url = f"sqlite:///{tmp_path}/l.db"
    store = Store(url, snapshot_every=2)
    store.max_snapshot_bytes = 2_500_000
    session = store.create_session()
    store.run_command(session.id or 0, "yes 0123456789abcdef | head -c 1000000 > big")
    store.run_command(session.id or 0, "ls")  # version 2: a snapshot of 1 MB
    store.run_command(session.id or 0, "cp big big2")
    try:
        store.run_command(session.id or 0, "yes abc | head -c 1000000 > big3")  # version 4: 2 MB more
        raise AssertionError("the snapshot was written")
    except SessionFull as full:
        assert full.kept > 2_500_000
    after = store.get(session.id or 0)
    assert after.version == 3 and len(store.events(session.id or 0)) == 3
    with store.engine.connect() as conn:
        assert conn.execute(store._q_snapshot_bytes, {"sid": session.id}).scalar_one() < 2_500_000
