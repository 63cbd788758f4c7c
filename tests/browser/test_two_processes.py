"""A browser on process B shows a command typed on process A (both on one PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.pgserver import PgServer
from tests.test_postgres import Proc, new_session


@pytest.fixture(scope="module")
def procs() -> Iterator[tuple[Proc, Proc]]:
    server = PgServer()
    url = server.start()
    a, b = Proc(url), Proc(url)
    yield a, b
    a.stop()
    b.stop()
    server.stop()


def test_browser_on_b_shows_what_was_typed_on_a(page: Page, procs: tuple[Proc, Proc]) -> None:
    a, b = procs
    token = new_session(a)
    page.goto(f"{b.url}/s/{token}")
    expect(page.locator(".app")).to_have_attribute("data-live", "on")
    assert a.run(token, "docker volume create typed-on-a") == 200
    expect(page.locator("#term-out .cmd").last).to_have_text("docker volume create typed-on-a", timeout=3000)
    expect(page.get_by_role("region", name="Host").get_by_role("article", name="Volume typed-on-a")).to_be_visible()
