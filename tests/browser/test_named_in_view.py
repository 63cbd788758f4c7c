"""What the newest docker command names is brought into view in its column and outlined: at
1440x900, lesson 8's volume notes sits below the project folder, under the Host column's fold, and
`docker volume inspect notes` printed its details while the picture showed something else."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import type_command
from tests.browser.test_one_screen import start_lesson

NAMED = re.compile(r"\bis-named\b")


def inside(what: Locator, column: Locator) -> bool:
    """what's whole box lies within the part of its column that shows (and within the window)."""
    box, col = what.bounding_box(), column.bounding_box()
    assert box is not None and col is not None
    return col["y"] <= box["y"] and box["y"] + box["height"] <= col["y"] + col["height"] + 0.5


def test_what_a_docker_command_names_is_shown_in_its_column(page: Page, server: Server) -> None:
    page.set_viewport_size({"width": 1440, "height": 900})
    start_lesson(page, server, "managing-volumes")
    host = page.locator("#host-region")
    notes = host.locator('[data-volume="notes"]')
    expect(notes).to_have_count(1)
    assert not inside(notes, host), "notes is in view from the start: nothing to show"
    type_command(page, "docker volume inspect notes")
    expect(notes).to_have_class(NAMED)
    page.wait_for_function("""() => {
      const v = document.querySelector('#host-region [data-volume="notes"]').getBoundingClientRect();
      const c = document.querySelector('#host-region').getBoundingClientRect();
      return v.top >= c.top && v.bottom <= c.bottom + 0.5;
    }""")
    assert inside(notes, host)
    type_command(page, "docker stop test-app")
    card = page.locator('#containers-region [data-container="test-app"]')
    expect(card).to_have_class(NAMED)
    expect(notes).not_to_have_class(NAMED)  # the outline is the newest command's only
    type_command(page, "ls")  # not a docker command: nothing named
    expect(page.locator(".is-named")).to_have_count(0)


def test_a_file_shown_deep_in_a_card_is_seen_to_be_in_that_containers_layer(page: Page, server: Server) -> None:
    """At a 760 px embed the saved awesome.txt is brought into view in the Containers column, which
    scrolled the card's name away: the file was seen in "read-write layer", but not whose. A card's
    name stays at the top of its column while its files scroll under it."""
    from tests.browser.test_live_page import save_feedback

    page.set_viewport_size({"width": 1000, "height": 760})
    page.goto(f"{server.url}/embed/demo-app?lang=en&fresh=1")
    page.wait_for_url(re.compile(r"/e/[\w-]+"))
    type_command(page, "docker build -t feedback-node .")
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    save_feedback(page, "awesome", "Docker is great")
    column = page.locator("#containers-region")
    card = column.locator('[data-container="feedback-app"]')
    row = card.locator(".rw [data-path]", has_text="awesome.txt").first
    expect(row).to_be_visible()
    page.wait_for_function("""() => {
      const c = document.querySelector('#containers-region');
      const r = [...c.querySelectorAll('.rw [data-path]')].find((e) => e.textContent.includes('awesome.txt'));
      const b = r && r.getBoundingClientRect(), k = c.getBoundingClientRect();
      return b && b.top >= k.top && b.bottom <= k.bottom + 0.5;
    }""")
    assert column.evaluate("(c) => c.scrollTop") > 0  # the column did scroll to the file
    name = card.locator(":scope > h3")
    assert inside(name, column) and inside(row, column)
    top = page.evaluate("""() => {
      const row = [...document.querySelectorAll('#containers-region .rw [data-path]')]
        .find((e) => e.textContent.includes('awesome.txt'));
      const r = row.getBoundingClientRect();
      return document.elementFromPoint(r.left + 8, r.top + r.height / 2) === row
        || row.contains(document.elementFromPoint(r.left + 8, r.top + r.height / 2));
    }""")
    assert top  # the file's row is not under the card's name
