"""A lesson embedded in a page from another origin works with every cookie stripped."""

from __future__ import annotations

import http.server
import re
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, expect

from tests.browser.conftest import Server, free_port
from tests.browser.test_live_page import click_save, type_command


@pytest.fixture
def course_site() -> Iterator[str]:
    """A course page on another origin (another port) that embeds layerlab and records its messages."""
    port = free_port()
    state: dict[str, str] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = state["page"].encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    state["origin"] = f"http://localhost:{port}"
    yield state  # type: ignore[misc]
    httpd.shutdown()


@pytest.fixture
def embed_server(tmp_path: Path, course_site: dict[str, str]) -> Iterator[Server]:
    srv = Server(tmp_path / "embed.db", env={"LAYERLAB_FRAME_ANCESTORS": course_site["origin"]})
    srv.start()
    yield srv
    srv.stop()


def test_embedded_lesson_without_cookies_reports_to_its_parent(page: Page, embed_server: Server,
                                                               course_site: dict[str, str]) -> None:
    layerlab = embed_server.url
    course_site["page"] = f"""<!doctype html><html><body><h1>Course</h1>
<script>window.__msgs = []; addEventListener('message', e => {{ if (e.data && e.data.source === 'layerlab') window.__msgs.push(e.data); }});</script>
<iframe id="lab" src="{layerlab}/embed/demo-app?lang=en" width="1200" height="900"></iframe></body></html>"""

    sent_cookies: list[str] = []

    def strip_cookies(route: Route) -> None:
        headers = {k: v for k, v in route.request.headers.items() if k.lower() != "cookie"}
        if "cookie" in {k.lower() for k in route.request.headers}:
            sent_cookies.append(route.request.url)
        route.continue_(headers=headers)

    page.context.route(f"{layerlab}/**", strip_cookies)
    page.goto(course_site["origin"] + "/")
    lab = page.frame_locator("#lab")
    expect(lab.get_by_role("region", name="Lesson")).to_be_visible()
    page.wait_for_function("window.__msgs.some(m => m.type === 'ready')")

    command = lab.get_by_label("Command")
    for line in ["docker build -t feedback-node .", "docker run -d -p 3000:80 --name feedback-app feedback-node"]:
        command.fill(line)
        command.press("Enter")
        expect(lab.locator("#term-out .cmd").last).to_have_text(line)
    app = lab.frame_locator("iframe[data-browser-frame]")
    app.get_by_label("Title").fill("awesome")
    app.get_by_label("Document Text").fill("Docker is great")
    click_save(page, app)
    expect(lab.locator(".goal.done")).to_have_count(3)
    command.fill("ls feedback")
    command.press("Enter")

    page.wait_for_function("window.__msgs.some(m => m.type === 'lesson-complete')")
    msgs = page.evaluate("window.__msgs")
    assert {"source": "layerlab", "type": "lesson-complete", "lesson": "demo-app"} in msgs
    goals = [m["goal"] for m in msgs if m["type"] == "goal-reached"]
    assert sorted(goals) == ["built", "not-on-host", "running", "saved"]


def test_embed_response_allows_the_configured_origin_only(embed_server: Server, course_site: dict[str, str]) -> None:
    with urllib.request.urlopen(f"{embed_server.url}/embed/sandbox") as r:
        csp = r.headers["Content-Security-Policy"]
    assert f"frame-ancestors 'self' {course_site['origin']}" in csp
    with urllib.request.urlopen(f"{embed_server.url}/") as r:
        assert "frame-ancestors 'self';" in r.headers["Content-Security-Policy"]


def test_an_embed_comes_back_after_a_reload_and_can_start_over(page: Page, embed_server: Server,
                                                               course_site: dict[str, str]) -> None:
    layerlab = embed_server.url
    course_site["page"] = f"""<!doctype html><html><body><h1>Course</h1>
<iframe id="lab" src="{layerlab}/embed/demo-app?lang=en" width="1200" height="900"></iframe></body></html>"""
    page.goto(course_site["origin"] + "/")
    lab = page.frame_locator("#lab")
    command = lab.get_by_label("Command")
    command.fill("docker volume create kept")
    command.press("Enter")
    expect(lab.locator("#term-out .cmd").last).to_have_text("docker volume create kept")
    first = page.frame_locator("#lab").locator("body").evaluate("() => location.pathname")

    page.reload()  # the learner reloads the course page: the same session, with its work
    expect(lab.locator("#term-out .cmd").last).to_have_text("docker volume create kept")
    assert lab.locator("body").evaluate("() => location.pathname") == first

    lab.get_by_role("link", name="Start over").click()  # a fresh session, and the next reload keeps that one
    expect(lab.locator("#term-out .cmd")).to_have_count(0)
    fresh = lab.locator("body").evaluate("() => location.pathname")
    assert fresh != first and fresh.startswith("/e/")
    page.reload()
    expect(lab.get_by_label("Command")).to_be_visible()
    assert lab.locator("body").evaluate("() => location.pathname") == fresh


def test_an_embed_that_may_not_be_framed_starts_no_session(page: Page, tmp_path: Path,
                                                           course_site: dict[str, str]) -> None:
    srv = Server(tmp_path / "refused.db")  # no LAYERLAB_FRAME_ANCESTORS: only layerlab may frame it
    srv.start()
    try:
        course_site["page"] = f"""<!doctype html><html><body><h1>Course</h1>
<iframe id="lab" src="{srv.url}/embed/demo-app?lang=en" width="1200" height="900"></iframe></body></html>"""
        page.goto(course_site["origin"] + "/")
        page.wait_for_timeout(1500)
        from app.store.sessions import Store

        assert Store(f"sqlite:///{tmp_path / 'refused.db'}").count_sessions() == 0
    finally:
        srv.stop()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_embeds_header_keeps_to_one_row_at_1000_and_760(page: Page, server: Server, lang: str) -> None:
    """A course site's iframe, 1000x760: the header took two rows. Undo, Redo and Reset show their
    signs (their names stay), the live dot its dot; at 760 px the preferences fold behind More."""
    names = {"en": ("Undo", "Redo", "Reset", "More", "Start over"),
             "ko": ("실행 취소", "다시 실행", "초기화", "더 보기", "처음부터 다시")}[lang]
    for width in (1000, 760):
        page.set_viewport_size({"width": width, "height": 760})
        page.goto(f"{server.url}/embed/named-volumes?lang={lang}&fresh=1")
        page.wait_for_url(re.compile(r"/e/[\w-]+"))
        type_command(page, "docker volume create kept")  # the timeline is there now
        header = page.locator("header.site")
        expect(header.get_by_role("combobox")).to_be_visible()
        heights = header.evaluate("h => [h.offsetHeight, h.querySelector('.brand').offsetHeight]")
        assert heights[0] < 2 * heights[1] + 10, (lang, width, heights)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        for name in names[:3]:
            button = header.get_by_role("button", name=re.compile(name))
            expect(button).to_be_visible()
            expect(button).to_have_attribute("title", name)
        start_over = header.get_by_role("link", name=names[4])
        more = header.get_by_role("button", name=names[3])
        if width == 1000:
            expect(more).to_be_hidden()
        else:
            expect(start_over).to_be_hidden()
            expect(more).to_have_attribute("aria-expanded", "false")
            more.click()
            expect(more).to_have_attribute("aria-expanded", "true")
        expect(start_over).to_be_visible()
        expect(header.get_by_role("group")).to_be_visible()  # the animation speed
        expect(header.get_by_role("navigation")).to_be_visible()  # the language
        expect(page.get_by_label(re.compile("^(Command|명령)$"))).to_be_in_viewport()
