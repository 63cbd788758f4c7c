"""The header keeps to one row when the timeline appears, from a small laptop's width up, in English
and Korean: at 1000-1280 px it wrapped to a second row after the first command (34 px taller),
pushing the whole board down under the learner's eyes."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import type_command
from tests.browser.test_one_screen import start_lesson

HEIGHT = "document.querySelector('header.site').getBoundingClientRect().height"


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_header_keeps_to_one_row_when_the_timeline_appears(page: Page, server: Server, lang: str) -> None:
    for width in (1000, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        start_lesson(page, server, "managing-volumes", lang)
        before = page.evaluate(HEIGHT)
        type_command(page, "docker volume ls")
        expect(page.locator("#timeline-select")).to_be_visible()
        after = page.evaluate(HEIGHT)
        assert after <= before + 1 and after < 60, (width, before, after)
        # nothing of it is cut off: the language links are still on screen
        box = page.locator("header.site .langs").bounding_box()
        assert box is not None and box["x"] + box["width"] <= width, (width, box)
