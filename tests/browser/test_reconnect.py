"""An open page follows its session across a server restart, without being reloaded."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import start_sandbox, type_command
from tests.serving import request


def test_the_stream_resumes_after_a_restart_and_the_page_is_not_reloaded(page: Page, server: Server) -> None:
    url = start_sandbox(page, server)
    token = url.rsplit("/", 1)[1]
    type_command(page, "docker volume create before")
    app = page.locator(".app")
    expect(app).to_have_attribute("data-live", "on")
    page.evaluate("window.layerlabTestMark = 'same page'")  # gone if the page were loaded again

    server.stop()  # every stream ends (the server says so), the page tries again
    server.start()  # same port, same database
    status, _, _ = request(f"{server.url}/s/{token}/run", {"line": "docker volume create after-restart"},
                           {"HX-Request": "true"})
    assert status == 200  # typed elsewhere (another tab): only the stream can bring it here
    host = page.get_by_role("region", name="Host")
    expect(host.get_by_role("article", name="Volume after-restart")).to_be_visible(timeout=20_000)
    expect(app).to_have_attribute("data-live", "on")
    assert page.evaluate("window.layerlabTestMark") == "same page"
    expect(page.locator("#term-out .cmd")).to_have_text(["docker volume create before",
                                                          "docker volume create after-restart"])
