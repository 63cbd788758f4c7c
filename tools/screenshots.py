"""Regenerates docs/screenshots: the lessons' moments at a laptop's, a projector's, a phone's and an
embed's size, in English and Korean.

    .venv/bin/python tools/screenshots.py [--out docs/screenshots] [--only NAME] [--lang en]

Starts its own `layerlab serve` on a scratch database and drives Debian's Chromium with Playwright,
as the browser tests do (tests/browser/conftest.py). Animations are turned off (speed Off) so each
picture shows where things end up; `--moving` keeps them on and catches a save mid-flight as well.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

sys.path.insert(0, str(Path(__file__).parents[1]))

from app.lessons.model import all_lessons
from tests.browser.conftest import ARGS, CHROMIUM
from tests.serving import Server

COMMAND = re.compile("^(Command|명령)$")
ANSWERS = {(p.when, lesson.id): p.answer for lesson in all_lessons() for p in lesson.predict}


def run(page: Page, lesson: str, line: str) -> None:
    """Types a line; a prediction asked first is answered rightly, as a learner who read the lesson would."""
    before = page.locator("#term-out .cmd").count()
    box = page.get_by_label(COMMAND)
    box.fill(line)
    box.press("Enter")
    for (when, lid), answer in ANSWERS.items():
        if lid == lesson and re.search(when, line):
            form = page.locator("form.predict")
            form.wait_for()
            form.locator("input[name=choice]").nth(answer).check()
            form.get_by_role("button").click()
            break
    page.locator("#term-out .cmd").nth(before).wait_for()
    page.wait_for_timeout(150)


def save(page: Page, title: str, text: str) -> None:
    """Fills and sends the app's form in its window (its labels are the app's own, in English)."""
    before = page.locator("#term-out .cmd").count()
    app = page.frame_locator("iframe[data-browser-frame]")
    app.get_by_label("Title").fill(title)
    app.get_by_label("Document Text").fill(text)
    app.get_by_role("button", name="Save").click()
    page.locator("#term-out .cmd").nth(before).wait_for()


def start(page: Page, url: str, lesson: str, lang: str, embed: bool = False) -> str:
    """A new session of the lesson (as an embed starts it, with `embed`), animations off."""
    if embed:
        page.goto(f"{url}/embed/{lesson}?lang={lang}")
    else:
        page.goto(f"{url}/?lang={lang}")
        page.locator(f'li[data-lesson="{lesson}"] form button').click()
    page.wait_for_url(re.compile(r"/[se]/[\w-]+(\?.*)?$"))
    page.evaluate("localStorage.setItem('layerlab-speed', 'off')")
    page.reload()
    return page.url


@dataclass
class Moment:
    """A lesson brought to the moment it is about; `point` names what the picture should show."""
    name: str
    lesson: str
    steps: Callable[[Page, str], None]
    point: str
    focus: str = ""  # what the learner points at (lights up its other appearances and its line)


def saved_in_layer(page: Page, lesson: str) -> None:
    run(page, lesson, "docker build -t feedback-node .")
    run(page, lesson, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    save(page, "awesome", "Docker is great")


def survives_rm(page: Page, lesson: str) -> None:
    run(page, lesson, "docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback feedback-node:volumes")
    save(page, "awesome", "Docker is great")
    run(page, lesson, "docker rm -f feedback-app")


def bind_hides(page: Page, lesson: str) -> None:
    run(page, lesson, 'docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback -v "$(pwd):/app" '
        "-v /app/node_modules feedback-node:volumes")


def copy_up(page: Page, lesson: str) -> None:
    run(page, lesson, "docker exec feedback-app sh -c 'echo \"<p>Edited inside the container</p>\" "
        ">> /app/pages/feedback.html'")
    run(page, lesson, "docker diff feedback-app")
    run(page, lesson, "docker exec feedback-app rm /app/pages/exists.html")  # last: the whiteout is what changed


MOMENTS = [
    Moment("saved-in-layer", "demo-app", saved_in_layer, "awesome.txt in feedback-app's read-write layer"),
    Moment("survives-rm", "named-volumes", survives_rm, "the container's layer gone, awesome.txt still in feedback"),
    Moment("bind-node-modules", "bind-mounts", bind_hides,
           "/app from the project folder; node_modules kept by an anonymous volume",
           focus="li.mount[data-dest='/app/node_modules']"),
    Moment("copy-up-whiteout", "under-the-hood", copy_up, "feedback.html copied up, exists.html whited out"),
]

# (label, viewport, what to do after loading): the laptop, the projector, a phone on each tab, an embed
SIZES: list[tuple[str, dict[str, int], str]] = [
    ("1440x900", {"width": 1440, "height": 900}, ""),
    ("presenter-1920x1080", {"width": 1920, "height": 1080}, "present"),
    ("phone-390x844-picture", {"width": 390, "height": 844}, "picture"),
    ("phone-390x844-app", {"width": 390, "height": 844}, "browser"),
]
EMBED = {"width": 1000, "height": 760}  # the snippet's iframe is 760 px tall


def shoot(page: Page, url: str, moment: Moment, lang: str, out: Path, moving: bool) -> list[Path]:
    page.set_viewport_size({"width": 1440, "height": 900})
    session = start(page, url, moment.lesson, lang)
    moment.steps(page, moment.lesson)
    page.wait_for_timeout(300)
    shots = []
    for label, size, mode in SIZES:
        page.set_viewport_size(size)
        if mode == "present":
            page.goto(session + "?present=1")
        else:
            page.goto(session)
        if mode in ("picture", "browser"):
            page.locator(f"[role=tab][data-tab={mode}]").click()
        if moment.focus and mode != "browser":
            page.locator(moment.focus).first.focus()
        page.wait_for_timeout(400)  # the wires are drawn after layout
        path = out / f"{moment.name}-{label}-{lang}.png"
        page.screenshot(path=str(path))
        shots.append(path)
    # an embed is a session of its own, started as a course page's iframe starts it
    page.set_viewport_size(EMBED)
    start(page, url, moment.lesson, lang, embed=True)
    moment.steps(page, moment.lesson)
    page.reload()
    if moment.focus:
        page.locator(moment.focus).first.focus()
    page.wait_for_timeout(400)
    path = out / f"{moment.name}-embed-1000x760-{lang}.png"
    page.screenshot(path=str(path))
    shots.append(path)
    if moving and moment.name == "saved-in-layer":
        shots.append(mid_flight(page, session, moment, lang, out))
    return shots


def mid_flight(page: Page, session: str, moment: Moment, lang: str, out: Path) -> Path:
    """The save of a second file, caught while it travels (speed Slow)."""
    page.set_viewport_size({"width": 1440, "height": 900})
    page.goto(session)
    page.locator("button[data-speed=slow]").click()
    save(page, "again", "A second one")
    page.locator(".travelling").wait_for(state="attached")
    page.wait_for_timeout(1500)
    path = out / f"{moment.name}-travelling-1440x900-{lang}.png"
    page.screenshot(path=str(path))
    page.locator("button[data-speed=off]").click()
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="docs/screenshots")
    ap.add_argument("--only", help="one moment's name")
    ap.add_argument("--lang", action="append", help="en or ko (both by default)")
    ap.add_argument("--moving", action="store_true", help="also catch a save mid-flight")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        server = Server(Path(tmp) / "shots.db")
        server.start()
        try:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for moment in MOMENTS:
                if args.only and moment.name != args.only:
                    continue
                for lang in args.lang or ["en", "ko"]:
                    page = browser.new_page()
                    for path in shoot(page, server.url, moment, lang, out, args.moving):
                        print(path)
                    page.close()
            browser.close()
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
