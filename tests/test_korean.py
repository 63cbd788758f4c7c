"""Korean as it reaches the screen: particles that agree with the name before them, lesson Markdown
without stray emphasis markers, pages with no untranslated labels, and narration that says only what
is true."""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.lessons.model import all_lessons

PO = Path(__file__).parents[1] / "app/web/locales/ko/LC_MESSAGES/messages.po"

# --- a small particle checker -------------------------------------------------------------------
#
# Korean particles come in pairs chosen by the sound the word before them ends in: 이/가, 을/를,
# 은/는, 과/와, (이)라는; 으로/로 also takes 로 after ㄹ. What a name ends in is judged as a Korean
# reader says it: Hangul by its final consonant, digits as Korean numbers (3000 삼천, 3001 삼천일),
# Latin letters as English (app 앱, node 노드, file 파일), letter by letter when there is no vowel
# (js 제이에스, txt 티).

VOWEL, RIEUL, CONSONANT = "vowel", "rieul", "consonant"

# English words whose Korean reading the spelling rules below get wrong or that matter here
WORDS = {
    "app": CONSONANT, "keep": CONSONANT, "awesome": CONSONANT, "feedback": CONSONANT, "snapshot": CONSONANT,
    "commit": CONSONANT, "exec": CONSONANT, "json": CONSONANT, "type": CONSONANT, "web": CONSONANT,
    "node": VOWEL, "first": VOWEL, "second": VOWEL, "notes": VOWEL, "volumes": VOWEL, "express": VOWEL,
    "modules": VOWEL, "temp": VOWEL, "data": VOWEL, "latest": VOWEL, "start": VOWEL, "build": VOWEL,
    "inspect": VOWEL, "docker": VOWEL, "dockerfile": RIEUL, "root": VOWEL, "sudo": VOWEL, "host": VOWEL,
    "localhost": VOWEL, "site": VOWEL, "postgres": VOWEL, "mountpoint": VOWEL, "exited": VOWEL,
    "rm": CONSONANT, "ps": VOWEL, "ls": VOWEL, "sh": VOWEL, "ro": VOWEL, "id": VOWEL,
}
# letter names: 엘, 알 end in ㄹ; 엠, 엔 in a consonant; every other letter's name in a vowel
LETTERS = {"l": RIEUL, "r": RIEUL, "m": CONSONANT, "n": CONSONANT}
# the last nonzero digit of a number, read in Korean (일 이 삼 사 오 육 칠 팔 구)
DIGITS = {"1": RIEUL, "2": VOWEL, "3": CONSONANT, "4": VOWEL, "5": VOWEL, "6": CONSONANT, "7": RIEUL,
          "8": RIEUL, "9": VOWEL}

# particle → the endings it may follow
PARTICLES = {
    "으로": {CONSONANT}, "로": {VOWEL, RIEUL},
    "이": {CONSONANT, RIEUL}, "가": {VOWEL},
    "을": {CONSONANT, RIEUL}, "를": {VOWEL},
    "은": {CONSONANT, RIEUL}, "는": {VOWEL},
    "과": {CONSONANT, RIEUL}, "와": {VOWEL},
    "라": {VOWEL},  # 라는, 라고: 이라는 after a consonant
}
PARTICLE = re.compile("|".join(sorted(PARTICLES, key=len, reverse=True)))
CLOSERS = "`'\"”’*_/.:"  # marks between a name and its particle, read through


def hangul_ending(char: str) -> str:
    final = (ord(char) - 0xAC00) % 28
    return VOWEL if final == 0 else RIEUL if final == 8 else CONSONANT


def number_ending(digits: str) -> str:
    stripped = digits.rstrip("0")
    if not stripped:
        return CONSONANT  # 영
    if stripped != digits:
        return CONSONANT  # 십, 백, 천, 만
    return DIGITS[stripped[-1]]


def english_ending(word: str) -> str:
    w = word.lower()
    if w in WORDS:
        return WORDS[w]
    if not re.search("[aeiouy]", w):
        return LETTERS.get(w[-1], VOWEL)  # read letter by letter
    if w.endswith(("l", "le")):
        return RIEUL
    if w.endswith(("m", "me", "n", "ne", "ng", "ck", "out")):
        return CONSONANT
    if re.search("(^|[^aeiou])[aeiou][ptkbc]$", w):
        return CONSONANT  # a short vowel, then a stop: 앱, 셋, 웹
    return VOWEL  # 드, 그, 스, 트, 프, 커 ...


def ending(text: str) -> str | None:
    """How text (what precedes a particle) ends when read aloud, or None if it isn't a word."""
    text = text.rstrip(CLOSERS)
    if text.endswith(")"):
        inner = text[text.rfind("(") + 1:-1]
        before = text[:text.rfind("(")]
        # 볼륨(volume)을: a gloss right after a word; the particle belongs to the word
        text = before if before and not before[-1].isspace() else inner
        text = text.rstrip(CLOSERS)
    if not text:
        return None
    last = text[-1]
    if "\uac00" <= last <= "\ud7a3":
        return hangul_ending(last)
    m = re.search(r"([0-9]+)$", text)
    if m:
        return number_ending(m.group(1))
    m = re.search(r"([A-Za-z]+)$", text)
    if m:
        return english_ending(m.group(1))
    return None


def particle_errors(text: str, after: list[int] | None = None) -> list[str]:
    """Particles in text that disagree with the name before them. Checked right after Latin letters
    and digits (Korean words are written by people who hear them); with `after`, at those offsets too."""
    errors = []
    spots = [m.end() for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9" + re.escape(CLOSERS) + r")]*", text)]
    for end in sorted(set(spots + (after or []))):
        found = PARTICLE.match(text, end)
        if not found:
            continue
        sound = ending(text[:end][-40:])
        if sound is not None and sound not in PARTICLES[found.group()]:
            errors.append(f"…{text[max(0, end - 40):end]}[{found.group()}]{text[found.end():found.end() + 20]}… "
                          f"({found.group()} after a {sound})")
    return errors


@pytest.mark.parametrize("good", [
    "keep 볼륨이", "볼륨 keep이", "컨테이너 feedback-app이", "feedback-node가", "포트 3000을", "3001번 포트를",
    "3001로", "3000으로", "3002를", "server.js를", "awesome.txt가", "Dockerfile을", "Dockerfile로",
    "`feedback`이라는", "`docker diff`는", "`docker commit`은", "`:ro`를", "`$(pwd)`가", "“awesome”을",
    "볼륨(volume)을", "피드백과", "파일로", "feedback-app2가", "feedback-app1로",
])
def test_the_particle_checker_accepts_agreeing_particles(good: str) -> None:
    assert not particle_errors(good, [len(good.split()[0])] if " " in good else None)


@pytest.mark.parametrize("bad", [
    "볼륨 keep가", "컨테이너 feedback-app가", "포트 3000를", "3001으로", "feedback-node이", "keep라는",
    "server.js을", "Dockerfile를", "`docker diff`은", "“awesome”를", "feedback-app와", "3002을",
])
def test_the_particle_checker_finds_disagreeing_particles(bad: str) -> None:
    assert particle_errors(bad)


def test_hangul_endings_are_read_from_the_final_consonant() -> None:
    assert [hangul_ending(c) for c in "볼륨파일포트"] == [RIEUL, CONSONANT, VOWEL, RIEUL, VOWEL, VOWEL]
    assert particle_errors("볼륨가", [2]) and not particle_errors("볼륨이", [2])
    assert particle_errors("파일으로", [2]) and not particle_errors("파일로", [2])


# --- every catalog message with a placeholder, rendered with names of every ending ---------------

SAMPLES = {
    "file": ["awesome.txt", "Dockerfile", "config.json", "server.js"],
    "container": ["feedback-app", "my-site", "feedback-app2", "feedback-app1"],
    "volume": ["keep", "data", "feedback", "a" * 64],
    "volumes": ["keep", "data, feedback"],
    "image": ["feedback-node", "postgres:16", "mysql", "node:14"],
    "port": ["3000", "3001", "3002"],
    "folder": ["~/feedback-app", "~/feedback-app/temp"],
    "path": ["/app", "/app/temp", "/data"],
    "host": ["localhost"],
    "command": ["docker volume ls", "docker run -d -p 3000:80 --name web feedback-node"],
    "max": ["8192", "1000"],
}
NUMBERS = ["1", "2", "3", "10", "3000", "3001"]


def _catalog() -> list[tuple[str, str]]:
    from babel.messages.pofile import read_po

    with PO.open("rb") as f:
        catalog = read_po(f, locale="ko")
    out = []
    for msg in catalog:
        if not msg.id:
            continue
        ids = msg.id if isinstance(msg.id, tuple) else (msg.id,)
        strings = msg.string if isinstance(msg.string, tuple) else (msg.string,)
        out.extend((ids[0], s) for s in strings if s)
    return out


def _render(template: str, values: dict[str, str]) -> tuple[str, list[int]]:
    """template with values put in (both `{name}` and `%(name)s` forms), and where each value ends."""
    text, ends, pos = "", [], 0
    for m in re.finditer(r"\{(\w+)\}|%\((\w+)\)[sd]", template):
        text += template[pos:m.start()].replace("%%", "%") + values[m.group(1) or m.group(2)]
        ends.append(len(text))
        pos = m.end()
    return text + template[pos:].replace("%%", "%"), ends


def _values_for(name: str) -> list[str]:
    return SAMPLES.get(name, NUMBERS)


def test_every_korean_message_with_a_name_in_it_agrees_with_the_name() -> None:
    errors, checked = [], 0
    for msgid, template in _catalog():
        names = sorted(set(re.findall(r"\{(\w+)\}|%\((\w+)\)[sd]", template)))
        names = sorted({a or b for a, b in names})
        if not names:
            continue
        assert set(names) == {a or b for a, b in re.findall(r"\{(\w+)\}|%\((\w+)\)[sd]", msgid)}, msgid
        for combo in itertools.product(*(_values_for(n) for n in names)):
            text, ends = _render(template, dict(zip(names, combo, strict=True)))
            errors += particle_errors(text, ends)
            checked += 1
    assert checked > 100
    assert not errors, "\n".join(sorted(set(errors)))


# --- lessons --------------------------------------------------------------------------------------


def _lesson_texts(lang: str) -> list[tuple[str, str, str]]:
    """(lesson, field, text) for every text a lesson shows; field "md" is Markdown."""
    out = []
    for lesson in all_lessons():
        out.append((lesson.id, "md", lesson.text.get(lang)))
        out.append((lesson.id, "title", lesson.title.get(lang)))
        for g in lesson.goals:
            out += [(lesson.id, f"goal {g.id}", g.title.get(lang)), (lesson.id, f"why {g.id}", g.why.get(lang))]
        out += [(lesson.id, f"hint {i + 1}", h.get(lang)) for i, h in enumerate(lesson.hints)]
        for i, p in enumerate(lesson.predict):
            out += [(lesson.id, f"question {i + 1}", p.question.get(lang)),
                    (lesson.id, f"explain {i + 1}", p.explain.get(lang))]
            out += [(lesson.id, f"choice {i + 1}", c.get(lang)) for c in p.choices]
    return out


class _Prose(HTMLParser):
    """The text of rendered HTML outside <code> and <pre>."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.depth += tag in ("code", "pre")

    def handle_endtag(self, tag: str) -> None:
        self.depth -= tag in ("code", "pre")

    def handle_data(self, data: str) -> None:
        self.parts.append(" " if self.depth else data)


def _prose(html: str) -> str:
    p = _Prose()
    p.feed(html)
    return "".join(p.parts)


# `*` anywhere, or `_` at the edge of a word (node_modules and /_data are names, not emphasis)
EMPHASIS_MARK = re.compile(r"\*|(?<![\w/])_|_(?!\w)")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_lesson_text_renders_without_literal_emphasis_markers(lang: str) -> None:
    from app.lessons.markdown import render

    found = []
    for lesson, field, text in _lesson_texts(lang):
        shown = _prose(render(text)) if field == "md" else text  # the other fields are shown as text
        found += [f"{lesson} {field}: …{shown[max(0, m.start() - 20):m.end() + 20]}…"
                  for m in EMPHASIS_MARK.finditer(shown)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("source, html", [
    ("**`docker diff`**는 읽기-쓰기 레이어를", "<strong><code>docker diff</code></strong>는"),
    ("*Exited (1)*이 보이고", "<em>Exited (1)</em>이"),
    ("이름은**`feedback`**이다", "은<strong><code>feedback</code></strong>이"),
    ("a *b* c and 2 * 3 * 4", "a <em>b</em> c and 2 * 3 * 4"),  # CommonMark elsewhere
    ("node_modules와 _x_y", "node_modules와 _x_y"),
])
def test_emphasis_may_touch_korean_particles(source: str, html: str) -> None:
    from app.lessons.markdown import render

    assert html in render(source)


def test_lesson_pages_render_korean_emphasis_through_the_session_page(tmp_path: Path) -> None:
    client = _client(tmp_path)
    r = client.post("/lessons/under-the-hood", data={"lang": "ko"})
    page = client.get(r.headers["location"] + "?lang=ko").text
    # (the owner's page makes the command one to take into the terminal: its code, then its button)
    assert re.search(r'<strong><code class="take" data-take="docker diff">docker diff</code><button [^>]*>↵</button></strong>는', page)
    assert "**" not in _prose(page.split('class="lesson-text">', 1)[1].split("</div>", 1)[0])


def test_korean_lesson_texts_agree_with_the_names_before_their_particles() -> None:
    errors = []
    for lesson, field, text in _lesson_texts("ko"):
        shown = _text_with_code(text) if field == "md" else text
        errors += [f"{lesson} {field}: {e}" for e in particle_errors(shown)]
    assert not errors, "\n".join(errors)


def _text_with_code(markdown: str) -> str:
    """The text a lesson shows, code spans included (a particle after `code` must agree with it)."""
    import html

    from app.lessons.markdown import render

    rendered = re.sub(r"<pre>.*?</pre>", " ", render(markdown), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


def _client(tmp_path: Path) -> TestClient:
    from app.settings import Settings
    from app.store.sessions import Store
    from app.web.app import create_app

    store = Store(f"sqlite:///{tmp_path}/t.db")
    return TestClient(create_app(Settings(), store), follow_redirects=False)


# --- narration says only what is true -------------------------------------------------------------


def _narrate(lines: list[str], lang: str = "en") -> list[str]:
    """The narration of the last of lines, run from the start."""
    from app.engine import apply, initial_world
    from app.engine.changes import diff_worlds
    from app.web.i18n import translations
    from app.web.narrate import narrate

    world = initial_world()
    before = world
    for line in lines:
        before = world
        world = apply(world, line, answer="y").world
    return narrate(diff_worlds(before, world), translations(lang), limit=10, before=before, after=world)


BUILD = "docker build -t feedback-node ."
VOLUMES = ["echo 'VOLUME [ \"/app/feedback\" ]' >> Dockerfile", "docker build -t feedback-node:volumes ."]


def test_a_removed_container_without_volumes_is_not_said_to_keep_any() -> None:
    said = _narrate([BUILD, "docker run -d --name plain feedback-node", "docker rm -f plain"])
    assert "plain was removed together with its read-write layer" in said
    assert not [s for s in said if "volume" in s]
    ko = _narrate([BUILD, "docker run -d --name plain feedback-node", "docker rm -f plain"], "ko")
    assert "plain 컨테이너가 읽기-쓰기 레이어와 함께 삭제되었습니다" in ko


def test_rm_and_auto_remove_say_the_anonymous_volume_went_with_the_container() -> None:
    for lines in (["docker run -d --rm --name gone feedback-node:volumes", "docker stop gone"],
                  ["docker run -d --name gone feedback-node:volumes", "docker rm -f -v gone"]):
        said = _narrate(VOLUMES + lines)
        assert "gone was removed together with its read-write layer and its anonymous volumes" in said, said
        assert not [s for s in said if "stay" in s], said
        assert [s for s in said if s.startswith("Volume ") and s.endswith("was removed with its data")]


def test_a_plain_rm_keeps_the_volumes_and_names_them() -> None:
    said = _narrate(VOLUMES + ["docker run -d --name kept -v feedback:/app/feedback -v /app/node_modules "
                               "feedback-node:volumes", "docker rm -f kept"])
    line = next(s for s in said if s.startswith("kept was removed"))
    assert line.startswith("kept was removed together with its read-write layer; the volumes it used stay: ")
    assert "feedback" in line and "…" in line  # the named one and the anonymous one, shortened
    said = _narrate(VOLUMES + ["docker run -d --rm --name mixed -v feedback:/app/feedback feedback-node:volumes",
                               "docker volume create other", "docker stop mixed"])
    assert ("mixed was removed together with its read-write layer and its anonymous volumes; these volumes "
            "stay: feedback") not in said  # its only volume is the named one: nothing anonymous went
    assert "mixed was removed together with its read-write layer; the volumes it used stay: feedback" in said


def test_a_file_edited_on_the_host_changed_and_a_new_one_appeared() -> None:
    assert "server.js changed in the host folder ~/feedback-app" in _narrate(
        ["sed -i 's/fs.rename(/fs.copyFile(/' server.js"])
    assert "notes.txt appeared in the host folder ~/feedback-app" in _narrate(["echo hi > notes.txt"])
    assert "호스트 폴더 ~/feedback-app에 있는 server.js 파일이 바뀌었습니다" in _narrate(
        ["sed -i 's/fs.rename(/fs.copyFile(/' server.js"], "ko")


def test_a_file_saved_into_an_anonymous_volume_is_not_promised_to_stay() -> None:
    save = ("curl -s -X POST --data-urlencode title=awesome --data-urlencode 'text=hi' "
            "localhost:3000/create")
    fix = "sed -i 's/fs.rename(/fs.copyFile(/' server.js"
    said = _narrate([fix, *VOLUMES, "docker run -d --rm -p 3000:80 --name app feedback-node:volumes", save])
    line = next(s for s in said if s.startswith("/app/feedback/awesome.txt was written to the anonymous volume"))
    assert "anonymous volume" in line and "--rm" in line and "it stays" not in line
    said = _narrate([fix, *VOLUMES, "docker run -d -p 3000:80 --name app -v feedback:/app/feedback "
                                   "feedback-node:volumes", save])
    assert ("/app/feedback/awesome.txt was written to the volume feedback — it stays when the container is "
            "removed") in said


# --- Korean pages: no English labels, no particle glued to a space -------------------------------


def test_a_korean_page_names_mounts_and_places_in_korean(tmp_path: Path) -> None:
    client = _client(tmp_path)
    url = client.post("/sessions").headers["location"]
    for line in (BUILD, "docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback "
                        "-v \"$(pwd):/app:ro\" -v /app/node_modules --tmpfs /app/temp feedback-node",
                 "docker run -d --name other feedback-node",
                 "docker exec other sh -c 'echo x >> /app/server.js'"):
        client.post(url + "/run", data={"line": line}, headers={"HX-Request": "true"})
    page = client.get(url + "?lang=ko").text
    for english in ("volume feedback", "bind ~/feedback-app", "tmpfs (memory)", "container layer", "base image",
                    "(copied-up)", "# Build the image", 'aria-label="Command"', ">Command<", "bind-mounted"):
        assert english not in page, english
    assert "볼륨 feedback" in page and "바인드 마운트 ~/feedback-app" in page and "tmpfs (메모리)" in page
    assert "feedback-app 컨테이너의 /app에 바인드 마운트됨 (읽기 전용)" in page  # one colon, no "feedback-app: /app"
    assert 'aria-label="명령"' in page and "# 이미지 빌드하기" in page
    assert "읽기-쓰기 레이어 (copy-up)" in page  # the table's place of server.js in other
    assert "의 출처" not in page  # a particle after a space


def test_help_speaks_the_readers_language_and_the_log_keeps_english(tmp_path: Path) -> None:
    """`help` is layerlab's own guide, not a program's output: each reader sees it in their language
    (an English watcher of a Korean learner too), while the session's log keeps what the engine wrote."""
    client = _client(tmp_path)
    url = client.post("/sessions").headers["location"]
    client.post(url + "/run", data={"line": "help"}, headers={"HX-Request": "true"})
    client.post(url + "/run", data={"line": "echo 'Images:      docker build -t feedback-node .'"},
                headers={"HX-Request": "true"})
    ko, en = client.get(url + "?lang=ko").text, client.get(url + "?lang=en").text
    assert "이런 명령부터 해 보세요:" in ko and "Some to try:" not in ko
    assert "컨테이너:    docker run -d -p 3000:80" in ko and "docker ps -a, docker logs feedback-app" in ko
    assert "Some to try:" in en and "컨테이너:" not in en
    # the same words printed by a program stay as printed
    # (its class "cols": a line in columns, kept whole on a phone)
    assert ko.count("이미지:      docker build") == 1 and "<div class=\"out cols\">Images:      docker build" in ko
    log = client.app.state.web.store.events(client.app.state.web.store.by_token(url.split("/")[-1]).id)  # type: ignore[attr-defined]
    assert "Some to try:" in log[-2].output


def test_the_refused_page_glues_the_particle_to_localhost(tmp_path: Path) -> None:
    client = _client(tmp_path)
    url = client.post("/sessions").headers["location"]
    ko = client.get(url + "/app/3000/?lang=ko").text
    assert "<strong>localhost</strong>에서 연결을 거부했습니다." in ko
    assert "<strong>localhost</strong> refused to connect." in client.get(url + "/app/3000/?lang=en").text


def test_english_pages_call_the_read_write_layer_one_name_too(tmp_path: Path) -> None:
    client = _client(tmp_path)
    url = client.post("/sessions").headers["location"]
    for line in (BUILD, "docker run -d --name other feedback-node", "docker exec other sh -c 'echo x >> /app/server.js'"):
        client.post(url + "/run", data={"line": line}, headers={"HX-Request": "true"})
    page = client.get(url + "?lang=en").text
    assert "container layer" not in page and "read-write layer (gone on rm)" in page
    assert "read-write layer (copied up)" in page  # the table names the place and what happened, in words


LIVE_RELOAD = [
    "npm install --save-dev nodemon",
    "sed -i 's/\"main\": \"server.js\",/&\\n  \"scripts\": {\\n    \"start\": \"nodemon -L server.js\"\\n  },/' package.json",
    "sed -i 's/\"node\", \"server.js\"/\"npm\", \"start\"/' Dockerfile",
    "docker build -t feedback-node:dev .",
]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_restart_by_nodemon_is_told_only_when_the_container_saw_the_edit(lang: str) -> None:
    edit = "echo \"console.log('x');\" >> server.js"
    bound = _narrate([*LIVE_RELOAD, "docker run -d --name dev -v \"$(pwd):/app\" -v /app/node_modules "
                                    "feedback-node:dev", edit], lang)
    copied = _narrate([*LIVE_RELOAD, "docker run -d --name dev feedback-node:dev", edit], lang)
    restarted = {"en": "nodemon in dev saw a changed file and started the app again, without a rebuild",
                 "ko": "dev 안의 nodemon이 바뀐 파일을 보고, 다시 빌드하지 않고 앱을 새로 시작했습니다"}[lang]
    assert restarted in bound
    assert restarted not in copied and copied  # the edit itself is still told
