"""A command the lesson shows is taken into the command line with one tap, click or Enter (Chromium).

A walk on a phone found the hints' and goals' commands plain text: a learner typed
`docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback feedback-node:volumes`
again on the phone's keyboard. Each is now a button that fills the command line (not run: the learner
presses Enter) and focuses it, on a phone on the Terminal tab; a watcher gets no such control."""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Locator, Page, expect

from tests.browser.conftest import Server
from tests.browser.test_one_screen import start_lesson
from tests.browser.test_sixth_walk import LAPTOP, PHONE, version

PROJECTOR = {"width": 1920, "height": 1080}
RUN = "docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback feedback-node:volumes"
ON_HOST = "sudo ls /var/lib/docker/volumes/feedback/_data"


def command_line(page: Page) -> Locator:
    return page.get_by_label(re.compile("^(Command|명령)$"))


def test_a_tap_on_a_hints_command_on_a_phone_fills_the_terminals_line(browser: Browser, server: Server) -> None:
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    start_lesson(page, server, "named-volumes", lang="ko")
    page.locator("[role=tab][data-tab=lesson]").click()
    page.get_by_role("button", name="힌트 보기").click()
    button = page.locator("#lesson-panel .hint").get_by_role("button", name=f"터미널에 넣기: {RUN}")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("title", "터미널에 넣기")
    expect(page.get_by_label("명령")).to_have_count(1)  # the command line's own name stays its own
    take = page.locator("#lesson-panel .hint code.take")  # the command itself: a tap on it takes it
    expect(take).to_have_text(RUN)
    before = version(page)
    entries = page.locator("#term-out .cmd").count()
    take.tap()
    expect(page.locator("[role=tab][data-tab=terminal]")).to_have_attribute("aria-selected", "true")
    line = command_line(page)
    expect(line).to_be_visible()
    expect(line).to_have_value(RUN)
    expect(line).to_be_focused()
    page.wait_for_timeout(300)
    assert version(page) == before and page.locator("#term-out .cmd").count() == entries  # filled, not run
    line.press("Enter")  # the learner runs it
    expect(page.locator("#term-out .cmd").last).to_have_text(RUN)
    context.close()


def test_enter_on_a_goals_command_from_the_keyboard_fills_the_line(page: Page, server: Server) -> None:
    page.set_viewport_size(LAPTOP)
    start_lesson(page, server, "named-volumes")
    take = page.locator('#lesson-panel .goal[data-goal="on-host"]').get_by_role(
        "button", name=f"Put in the terminal: {ON_HOST}")
    # named by what it does, never with "Command", the command line's own name (DESIGN.md), by which
    # tests and screen readers find that field
    expect(page.get_by_label("Command")).to_have_count(1)
    take.focus()
    page.keyboard.press("Enter")
    expect(command_line(page)).to_have_value(ON_HOST)
    expect(command_line(page)).to_be_focused()
    # the lesson text's code: a command is a button, a path is not
    text = page.locator("#lesson-panel .lesson-text")
    expect(text.get_by_role("button", name="Put in the terminal: docker volume ls")).to_have_count(1)
    expect(text.locator("code", has_text=re.compile(r"^/var/lib/docker/volumes/feedback/_data$"))).to_have_count(1)
    expect(text.locator("button", has_text=re.compile("^/var/lib"))).to_have_count(0)
    text.get_by_role("button", name="Put in the terminal: docker volume ls").click()
    expect(command_line(page)).to_have_value("docker volume ls")


def test_a_watcher_reads_the_commands_with_no_control(page: Page, server: Server, browser: Browser) -> None:
    page.set_viewport_size(LAPTOP)
    start_lesson(page, server, "named-volumes")
    expect(page.locator("#lesson-panel button[data-take]").first).to_be_visible()
    href = page.locator("a.watch").first.get_attribute("href")
    context = browser.new_context(viewport=LAPTOP)
    watcher = context.new_page()
    watcher.goto(f"{server.url}{href}?lang=en")
    goal = watcher.locator('#lesson-panel .goal[data-goal="on-host"]')
    expect(goal.locator(".gtitle code")).to_have_text(ON_HOST)
    expect(watcher.locator("#lesson-panel button[data-take]")).to_have_count(0)
    expect(watcher.locator("#lesson-panel .lesson-text code", has_text="docker volume ls")).to_have_count(1)
    context.close()


def test_the_mark_stays_quiet_on_a_projector_and_in_the_embed(page: Page, server: Server) -> None:
    """The affordance is a tint, a dashed underline and a small ↵: no taller than the line, and only
    a little wider than its code, at 1920x1080 in presenter mode and in the 760 px embed."""
    page.set_viewport_size(PROJECTOR)
    start_lesson(page, server, "named-volumes")
    page.goto(page.url + "?present=1")
    quiet(page)
    page.set_viewport_size({"width": 760, "height": 760})
    page.goto(f"{server.url}/embed/named-volumes?lang=en&fresh=1")
    page.wait_for_url(re.compile(r"/e/[\w-]+"))
    page.locator("[data-lesson-fold]").click()
    quiet(page)
    take = page.locator("#lesson-panel .lesson-text").get_by_role("button", name="Put in the terminal: docker volume ls")
    take.click()
    expect(command_line(page)).to_have_value("docker volume ls")


def quiet(page: Page) -> None:
    text = page.locator("#lesson-panel .lesson-text p", has=page.locator("code.take", has_text=re.compile("^docker volume ls$")))
    code = text.locator("code.take", has_text=re.compile("^docker volume ls$"))
    expect(code).to_be_visible()
    code.scroll_into_view_if_needed()
    sizes = code.evaluate("""c => { const b = c.nextElementSibling; const s = getComputedStyle(c);
        return {h: Math.max(...Array.from(c.getClientRects(), (r) => r.height)), bh: b.getBoundingClientRect().height,
                bw: b.getBoundingClientRect().width, line: parseFloat(getComputedStyle(c.parentElement).lineHeight),
                font: parseFloat(getComputedStyle(c.parentElement).fontSize), button: b.tagName, name: b.getAttribute("aria-label")}; }""")
    assert sizes["button"] == "BUTTON" and sizes["name"] == "Put in the terminal: docker volume ls", sizes
    assert sizes["h"] <= sizes["line"] + 2 and sizes["bh"] <= sizes["line"] + 2, sizes  # no taller than its line
    assert sizes["bw"] <= 1.6 * sizes["font"], sizes  # the ↵ after it: a letter or so wide
