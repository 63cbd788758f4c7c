"""In real Chromium: markup typed anywhere shows as text and runs nothing; limits answer clearly."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import save_feedback, start_sandbox, type_command

PAYLOAD = "<img src=x onerror=window.__xss=1><script>window.__xss=2</script>"


def test_markup_in_terminal_title_and_text_stays_inert(page: Page, server: Server) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    start_sandbox(page, server)
    type_command(page, f"echo '{PAYLOAD}'")
    expect(page.locator("#term-out .out").last).to_have_text(PAYLOAD)
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    save_feedback(page, "<img src=y onerror=alert(3)>", PAYLOAD)  # a "/" would make a subfolder
    containers = page.get_by_role("region", name="Containers")
    expect(containers.locator(".rw").get_by_text("<img src=y onerror=alert(3)>.txt")).to_be_visible()
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    app_frame = page.frame_locator("iframe[data-browser-frame]")
    app_frame.locator("body").wait_for()
    assert dialogs == []


def test_a_200_kb_command_gets_an_error_and_the_session_goes_on(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    box = page.get_by_label("Command")
    box.evaluate("(el, n) => { el.removeAttribute('maxlength'); el.value = 'echo ' + 'y'.repeat(n); }", 200_000)
    box.press("Enter")
    expect(page.locator("#term-help")).to_contain_text("the terminal takes at most 8192")
    type_command(page, "docker volume create still-here")
    expect(page.get_by_role("region", name="Host").get_by_role("article", name="Volume still-here")).to_be_visible()


def test_a_made_up_token_is_404(page: Page, server: Server) -> None:
    r = page.goto(server.url + "/s/" + "Z" * 32)
    assert r is not None and r.status == 404
    expect(page.get_by_role("heading", name="This session does not exist")).to_be_visible()
