"""The drawings of lessons 12-14 in Chromium (issue 19): a container's environment and the newest
build's context and cache marks are on the board, readable, and axe-core finds no violations."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import AXE, Server
from tests.browser.test_accessibility import violations
from tests.browser.test_live_page import start_sandbox, type_command

if not AXE.exists():
    pytest.skip("axe-core is not in .cache (scripts/bootstrap fetches it)", allow_module_level=True)


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, object]) -> dict[str, object]:
    """axe is injected as an inline script, which the page's CSP (rightly) forbids."""
    return {**browser_context_args, "bypass_csp": True}


def test_the_environment_and_the_last_build_are_drawn_without_violations(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    for line in ["npm install", "echo 'ENV PORT=80' >> Dockerfile", "docker build -t feedback-node .",
                 "echo node_modules > .dockerignore", "docker build -t feedback-node .",
                 "docker run -d -p 3000:8000 -e PORT=8000 --name feedback-app feedback-node"]:
        type_command(page, line)
    card = page.locator('article[data-container="feedback-app"]')
    env = card.locator("details.env")
    expect(env).to_have_attribute("open", "")
    expect(env.locator("li.env-run")).to_contain_text("PORT=8000")
    expect(env.locator("li.env-run")).to_contain_text("overrides the image's 80")
    expect(env.locator("li.env-image").first).to_be_visible()
    facts = page.locator("#images-panel p.build-facts")
    expect(facts).to_have_count(1)
    expect(facts).to_contain_text("context sent:")
    expect(facts).to_contain_text("→")
    expect(page.locator("#images-panel .t-rebuilt")).to_have_count(1)  # COPY . . only
    expect(page.locator("#images-panel .t-cached")).to_have_count(3)
    page.wait_for_timeout(300)
    assert violations(page) == []
    page.get_by_text("Where every file lives — as a table").click()
    expect(page.locator("table.env-table")).to_be_visible()
    expect(page.locator("table.build-table")).to_contain_text("COPY . .")
    assert violations(page) == []
