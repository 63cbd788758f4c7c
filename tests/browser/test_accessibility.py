"""axe-core finds no violations on the pages; a deliberately broken page proves the check can fail."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import AXE, Server
from tests.browser.test_live_page import start_sandbox, type_command

if not AXE.exists():
    pytest.skip("axe-core is not in .cache (scripts/bootstrap fetches it)", allow_module_level=True)


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, object]) -> dict[str, object]:
    """axe is injected as an inline script, which the page's CSP (rightly) forbids."""
    return {**browser_context_args, "bypass_csp": True}


def violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                           ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))")
    return list(result)


def test_home_has_no_violations(page: Page, server: Server) -> None:
    page.goto(server.url + "/")
    assert violations(page) == []


def test_session_with_containers_and_volumes_has_no_violations(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    for line in ["docker build -t feedback-node .",
                 "docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v /app/temp feedback-node",
                 "docker run -d --name helper -v notes:/data busybox sleep 1000"]:
        type_command(page, line)
    page.wait_for_timeout(300)
    assert violations(page) == []


def test_the_check_can_fail(page: Page, server: Server) -> None:
    page.goto(server.url + "/")
    page.evaluate("""() => {
        const img = document.createElement('img'); img.src = 'data:image/png;base64,'; document.body.append(img);
        const input = document.createElement('input'); document.body.append(input);
    }""")
    found = violations(page)
    assert any(v.startswith("image-alt") for v in found)
    assert any(v.startswith("label") for v in found)


def test_a_question_box_and_the_file_editor_have_no_violations(page: Page, server: Server) -> None:
    page.goto(server.url + "/")
    page.locator('li[data-lesson="the-problem"]').get_by_role("button").first.click()
    type_command(page, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    type_command(page, "curl -s -X POST --data-urlencode title=awesome localhost:3000/create")  # the question's file
    box = page.get_by_label("Command")
    box.fill("docker rm feedback-app")
    box.press("Enter")
    fieldset = page.locator(".predict fieldset")
    expect(fieldset).to_be_visible()
    # the question (long, so it wraps) sits inside its box, below the top border, not across it
    legend = fieldset.locator("legend").bounding_box()
    frame = fieldset.bounding_box()
    assert legend is not None and frame is not None and legend["height"] > 20
    assert legend["y"] >= frame["y"] + 1
    # (axe measures colours as they are drawn: not the saved file's row while it still fades in)
    page.wait_for_timeout(300)
    page.evaluate("Promise.all(document.getAnimations().filter(a => a.effect.getTiming().iterations !== Infinity)"
                  ".map(a => a.finished.catch(() => null)))")
    assert violations(page) == []
    page.get_by_role("button", name="Edit a file").click()
    expect(page.get_by_role("dialog", name="Edit a file")).to_be_visible()
    assert violations(page) == []
