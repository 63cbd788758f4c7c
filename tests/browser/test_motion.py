"""The animation speed setting: slow, normal or off, remembered; off by default with reduced motion."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import start_sandbox


def anim(page: Page) -> str:
    """How long an animation takes on the page now (the CSS variable every transition uses)."""
    return str(page.evaluate("getComputedStyle(document.body).getPropertyValue('--anim').trim()"))


def pressed(page: Page) -> list[str]:
    return [b.get_attribute("data-speed") or "" for b in page.locator("button[data-speed][aria-pressed=true]").all()]


def test_normal_speed_by_default_and_a_choice_is_remembered(page: Page, server: Server) -> None:
    url = start_sandbox(page, server)
    expect(page.locator("body")).to_have_attribute("data-speed", "normal")
    assert pressed(page) == ["normal"] and anim(page) == "450ms"
    speed = page.get_by_role("group", name="Animation speed")
    speed.get_by_role("button", name="Slow").click()
    expect(page.locator("body")).to_have_attribute("data-speed", "slow")
    assert pressed(page) == ["slow"] and anim(page) == "1400ms"
    page.goto(url)  # another load of the page: the choice stays
    expect(page.locator("body")).to_have_attribute("data-speed", "slow")
    assert anim(page) == "1400ms"
    speed.get_by_role("button", name="Off").click()
    expect(page.locator("body")).to_have_attribute("data-speed", "off")
    assert pressed(page) == ["off"] and anim(page) == "0ms"


def test_reduced_motion_turns_animations_off_unless_the_learner_chose_a_speed(page: Page, server: Server) -> None:
    page.emulate_media(reduced_motion="reduce")
    url = start_sandbox(page, server)
    expect(page.locator("body")).to_have_attribute("data-speed", "off")
    assert pressed(page) == ["off"] and anim(page) == "0ms"
    page.get_by_role("group", name="Animation speed").get_by_role("button", name="Normal").click()
    page.goto(url)
    expect(page.locator("body")).to_have_attribute("data-speed", "normal")  # an explicit choice wins
    assert pressed(page) == ["normal"] and anim(page) == "450ms"  # and moves at that speed
