"""A learner at the keyboard, walking a lesson in Chromium: what was typed reaches the terminal."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import start_sandbox
from tests.browser.test_one_screen import start_lesson


def test_typing_with_the_focus_on_the_page_goes_to_the_command_line(page: Page, server: Server) -> None:
    """The page loads with the focus on its body (or it is left on a button just clicked). Typing
    `docker build -t feedback-node .` there dropped every key up to the t of "-t" (the shortcut that
    moves to the terminal), and " feedback-node ." ran as a command of its own: bash's "command not
    found". A character typed outside a field now goes to the command line, as in a terminal."""
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "demo-app")
    page.locator("body").evaluate("b => document.activeElement && document.activeElement.blur()")
    page.keyboard.type("docker build -t feedback-node .")
    box = page.get_by_label("Command")
    expect(box).to_be_focused()
    expect(box).to_have_value("docker build -t feedback-node .")
    page.keyboard.press("Enter")
    expect(page.locator("#term-out .cmd").last).to_have_text("docker build -t feedback-node .")
    expect(page.locator("#term-out")).not_to_contain_text("command not found")
    # after a click on a button (Show a hint), the next command typed still lands on the line
    page.get_by_role("button", name="Show a hint").click()
    expect(page.locator(".hint").first).to_be_visible()
    page.keyboard.type("docker images")
    expect(box).to_have_value("docker images")


def test_the_shortcuts_still_answer_outside_the_command_line(page: Page, server: Server) -> None:
    """? opens the shortcuts and types nothing; Space still presses the button that has the focus."""
    start_sandbox(page, server)
    page.locator("body").evaluate("b => document.activeElement && document.activeElement.blur()")
    page.keyboard.press("?")
    dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(dialog).to_be_visible()
    page.keyboard.type("ls")  # a dialog is open: nothing is typed behind it
    page.keyboard.press("Escape")
    expect(page.get_by_label("Command")).to_have_value("")
    page.get_by_role("button", name="Slow").focus()
    page.keyboard.press("Space")
    expect(page.get_by_role("button", name="Slow")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_label("Command")).to_have_value("")


def test_a_question_in_a_760_embed_can_be_answered(page: Page, server: Server) -> None:
    """In an embed 760 px wide and high, lesson 3's question before `docker rm` was taller than the
    terminal: it ran out of the terminal's box, and its choices and "Run it and see" lay under the
    table below. The question now scrolls inside the terminal, and each control can be reached."""
    page.set_viewport_size({"width": 760, "height": 760})
    page.goto(f"{server.url}/embed/the-problem?lang=en")
    page.wait_for_url(re.compile(r"/e/[\w-]+"))
    box = page.get_by_label("Command")
    for line in ["docker run -d -p 3000:80 --name feedback-app feedback-node",
                 "curl -s -X POST --data-urlencode title=awesome localhost:3000/create",  # the question's file
                 "docker stop feedback-app", "docker rm feedback-app"]:
        box.fill(line)
        box.press("Enter")
    form = page.locator("form.predict")
    expect(form).to_be_visible()
    terminal = page.locator("#terminal-region").bounding_box()
    assert terminal is not None
    for control in [*form.locator("input[name=choice]").all(), form.get_by_role("button")]:
        control.scroll_into_view_if_needed()
        seen = control.bounding_box()
        assert seen is not None and seen["y"] + seen["height"] <= terminal["y"] + terminal["height"] + 1, seen
        assert control.evaluate("c => { const r = c.getBoundingClientRect(); const at = document.elementFromPoint("
                                "r.x + r.width / 2, r.y + r.height / 2); return at === c || c.contains(at) "
                                "|| (at && at.control === c) || (at && at.contains(c)); }")
    form.locator("input[name=choice]").nth(1).check(timeout=3000)
    form.get_by_role("button").click(timeout=3000)
    expect(page.locator("#term-out .cmd").last).to_have_text("docker rm feedback-app")


def test_long_names_stay_inside_their_cards_in_a_760_embed(page: Page, server: Server) -> None:
    """The 760 px embed's three picture columns are some 140 px wide: feedback-node:volumes ran out of
    its image card, and /var/lib/docker/volumes under the host column's edge, cut."""
    page.set_viewport_size({"width": 760, "height": 760})
    page.goto(f"{server.url}/embed/named-volumes?lang=ko")
    page.wait_for_url(re.compile(r"/e/[\w-]+"))
    expect(page.locator("article.image .iname").first).to_have_text("feedback-node:volumes")
    for name, card in [("article.image .iname", "article.image"), ("#host-volumes h3 .path", ".panel.host")]:
        overflow = page.locator(name).first.evaluate(
            "(n, card) => { const c = n.closest(card).getBoundingClientRect(); const r = n.getBoundingClientRect();"
            " return r.right - c.right; }", card)
        assert overflow <= 0, (name, overflow)
    # and a file deep in a container's layer: feedback.html in app/pages/ showed as "feedback.ht"
    box = page.get_by_label("명령")
    for line in ["docker run -d --name feedback-app feedback-node:volumes",
                 "docker exec feedback-app sh -c 'echo hi >> /app/pages/feedback.html'"]:
        box.fill(line)
        box.press("Enter")
        expect(page.locator("#term-out .cmd").last).to_have_text(line)
    expect(page.locator(".container .f[data-path$='feedback.html']").first).to_be_attached()
    out = page.locator(".picture .f > .name").evaluate_all(
        "ns => ns.filter(n => n.getBoundingClientRect().right > n.closest('article, .panel').getBoundingClientRect().right + 1)"
        ".map(n => n.textContent)")
    assert out == [], out


def test_on_a_phone_a_question_asked_by_the_apps_save_brings_the_terminal_forward(page: Page, server: Server) -> None:
    """Lesson 4 on a phone: Save pressed on the app's tab is asked about first. The question waited on
    the terminal's tab, unseen, and the window said to answer "in the lesson panel", where it is not."""
    page.set_viewport_size({"width": 390, "height": 844})
    start_lesson(page, server, "anonymous-volumes", "ko")
    box = page.get_by_label("명령")
    for line in ["echo 'VOLUME [ \"/app/feedback\" ]' >> Dockerfile", "docker build -t feedback-node:volumes .",
                 "docker run -d -p 3000:80 --rm --name feedback-app feedback-node:volumes"]:
        box.fill(line)
        box.press("Enter")
        expect(page.locator("#term-out .cmd").last).to_have_text(line)
    page.locator("[role=tab][data-tab=browser]").click()
    app = page.frame_locator("iframe[data-browser-frame]")
    app.get_by_label("Title").fill("awesome")
    app.get_by_label("Document Text").fill("Docker is great")
    app.get_by_role("button", name="Save").click()
    # in the page's language (the post has no cookie: the session's page language is used, test_sixth_walk)
    expect(app.locator("body")).to_contain_text("터미널")
    expect(page.locator("[role=tab][data-tab=terminal]")).to_have_attribute("aria-selected", "true")
    first = page.locator("form.predict input[name=choice]").first
    expect(first).to_be_visible()
    expect(first).to_be_focused()
    # the learner may go and look at the picture: the question does not pull them back
    page.locator("[role=tab][data-tab=picture]").click()
    page.wait_for_timeout(500)
    expect(page.locator("[role=tab][data-tab=picture]")).to_have_attribute("aria-selected", "true")
