"""Lines typed while the server does not answer wait, marked "not sent", and go out on reconnect."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import start_sandbox, type_command


def test_lines_typed_while_the_server_is_down_are_sent_when_it_is_back(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    type_command(page, "docker volume create before")
    expect(page.locator(".app")).to_have_attribute("data-live", "on")
    server.stop()
    expect(page.locator(".app")).to_have_attribute("data-live", "off", timeout=10_000)
    box = page.get_by_label(re.compile("^Command$"))
    for line in ("docker volume create offline-one", "docker volume create offline-two"):
        box.fill(line)
        box.press("Enter")
    unsent = page.locator("[data-terminal-unsent]")
    expect(unsent).to_be_visible()
    expect(unsent).to_contain_text("Not sent")
    expect(unsent.locator("li")).to_have_text(["docker volume create offline-one", "docker volume create offline-two"])

    server.start()
    host = page.get_by_role("region", name="Host")
    expect(host.get_by_role("article", name="Volume offline-two")).to_be_visible(timeout=30_000)
    expect(unsent).to_be_hidden()
    expect(page.locator("#term-out .cmd")).to_have_text(
        ["docker volume create before", "docker volume create offline-one", "docker volume create offline-two"])


def test_a_line_that_cannot_reach_the_server_can_be_sent_again_or_discarded(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    page.route("**/run", lambda route: route.abort())
    box = page.get_by_label(re.compile("^Command$"))
    box.fill("docker volume create retry-me")
    box.press("Enter")
    unsent = page.locator("[data-terminal-unsent]")
    expect(unsent.locator("li")).to_have_text(["docker volume create retry-me"])
    page.get_by_role("button", name="Send now").click()  # still unreachable: it stays listed, once
    expect(unsent.locator("li")).to_have_text(["docker volume create retry-me"])
    page.unroute("**/run")
    # (the first Send now can still be on its way when the route opens, and deliver the line itself;
    # so can the page when its live stream connects again: then the list is already empty and hidden,
    # and this click has nothing left to send. It failed in 1 CI run of about 20, clicking a hidden button)
    page.locator("[data-unsent-send]").evaluate("button => button.click()")
    expect(page.locator("#term-out .cmd").last).to_have_text("docker volume create retry-me")
    expect(unsent).to_be_hidden()
    expect(page.locator("#term-out .cmd", has_text="retry-me")).to_have_count(1)  # sent once, whoever sent it
    box.fill("docker volume create dropped")
    page.route("**/run", lambda route: route.abort())
    box.press("Enter")
    expect(unsent.locator("li")).to_have_text(["docker volume create dropped"])
    page.get_by_role("button", name="Discard").click()
    expect(unsent).to_be_hidden()
    page.unroute("**/run")
    type_command(page, "docker volume ls -q")
    expect(page.locator("#term-out .entry").last).not_to_contain_text("dropped")


def test_a_line_typed_right_after_enter_is_kept(page: Page, server: Server) -> None:
    """The box is cleared once htmx has read the line sent, but not if the next line is already
    in it: typed (or filled by a test) before that moment, it was wiped, and never sent."""
    start_sandbox(page, server)
    box = page.get_by_label(re.compile("^Command$"))
    page.evaluate("""() => {
        const form = document.querySelector("[data-terminal-form]");
        const input = form.querySelector("[data-command]");
        input.value = "docker volume create first";
        form.requestSubmit();
        input.value = "docker volume create second";  // in the same turn: before any timer runs
    }""")
    expect(box).to_have_value("docker volume create second")
    box.press("Enter")
    host = page.get_by_role("region", name="Host")
    expect(host.get_by_role("article", name="Volume second")).to_be_visible()
    expect(host.get_by_role("article", name="Volume first")).to_be_visible()
