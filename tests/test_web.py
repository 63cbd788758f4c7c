"""The web app in-process: sessions, commands, undo/redo, the app's browser window, languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import DOCUMENTED, Settings
from app.store.sessions import Store
from app.web.app import create_app


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    store = Store(f"sqlite:///{tmp_path}/t.db")
    return TestClient(create_app(Settings(), store), follow_redirects=False)


def new_session(client: TestClient) -> str:
    r = client.post("/sessions")
    assert r.status_code == 303
    return r.headers["location"].rsplit("/", 1)[1]


def run(client: TestClient, token: str, line: str, **extra: str) -> str:
    r = client.post(f"/s/{token}/run", data={"line": line, **extra}, headers={"HX-Request": "true"})
    assert r.status_code == 200
    return r.text


def test_healthz(client: TestClient) -> None:
    assert client.get("/healthz").text == "ok"


def test_livez_answers_without_the_database(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path}/gone.db")
    client = TestClient(create_app(Settings(), store), raise_server_exceptions=False)
    store.engine.dispose()
    (tmp_path / "gone.db").unlink()
    (tmp_path / "gone.db").mkdir()  # the database cannot be opened any more
    assert client.get("/healthz").status_code == 503
    assert client.get("/livez").text == "ok"


def test_home_offers_a_sandbox_and_lists_recent_sessions(client: TestClient) -> None:
    assert "Start a Sandbox" in client.get("/").text
    token = new_session(client)
    assert f"/s/{token}" in client.get("/").text


def test_tokens_are_long_and_unknown_ones_are_404(client: TestClient) -> None:
    token = new_session(client)
    assert len(token) >= 32
    assert client.get("/s/" + "x" * 32).status_code == 404
    assert client.post("/s/nope/run", data={"line": "ls"}).status_code == 404


def test_a_command_is_persisted_and_drawn(client: TestClient) -> None:
    token = new_session(client)
    html = run(client, token, "docker build -q -t feedback-node .")
    assert 'id="images-panel"' in html and "feedback-node:latest" in html
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    page = client.get(f"/s/{token}").text
    assert 'aria-label="Container feedback-app"' in page
    assert "docker run -d -p 3000:80 --name feedback-app feedback-node" in page


def test_form_post_through_the_browser_window_is_recorded_as_curl(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    form = client.get(f"/s/{token}/app/3000/").text
    assert f'action="/s/{token}/app/3000/create"' in form
    r = client.post(f"/s/{token}/app/3000/create", data={"title": "Awesome", "text": "hi <b>there</b>"})
    assert r.status_code == 302 and r.headers["location"] == f"/s/{token}/app/3000/"
    page = client.get(f"/s/{token}").text
    assert "curl -s -X POST --data-urlencode title=Awesome" in page
    assert "awesome.txt" in page
    assert "<b>there</b>" not in page  # shown as text, never markup
    assert client.get(f"/s/{token}/app/3000/feedback/awesome.txt").text == "hi <b>there</b>"


def test_browser_window_when_nothing_listens(client: TestClient) -> None:
    token = new_session(client)
    assert "ERR_CONNECTION_REFUSED" in client.get(f"/s/{token}/app/3000/").text


def test_undo_redo_reset_are_events_and_keep_history(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "mkdir one")
    run(client, token, "mkdir two")
    client.post(f"/s/{token}/undo", headers={"HX-Request": "true"})
    assert "two/" not in client.get(f"/s/{token}").text.split('id="host-panel"')[1].split("</div>")[0]
    client.post(f"/s/{token}/redo", headers={"HX-Request": "true"})
    host = client.get(f"/s/{token}").text.split('id="host-panel"')[1]
    assert "two/" in host
    client.post(f"/s/{token}/reset", headers={"HX-Request": "true"})
    page = client.get(f"/s/{token}").text
    assert "one/" not in page.split('id="host-panel"')[1].split("/var/lib/docker")[0]
    # the timeline still offers every command
    assert page.count("mkdir") >= 2


def test_prompt_is_answered_in_place(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker volume create keep1")
    html = run(client, token, "docker volume prune -a")
    assert 'id="answer-input"' in html and "Are you sure you want to continue? [y/N]" in html
    html = run(client, token, "", answer="y")
    assert "Deleted Volumes:" in html and "keep1" in html.split("Deleted Volumes:")[1]


def test_korean_by_query_cookie_and_accept_language(client: TestClient) -> None:
    token = new_session(client)
    r = client.get(f"/s/{token}?lang=ko")
    assert '<html lang="ko">' in r.text and "호스트" in r.text
    assert "layerlab_lang=ko" in r.headers.get("set-cookie", "")
    assert '<html lang="ko">' in client.get(f"/s/{token}").text  # cookie
    client.cookies.clear()
    assert '<html lang="ko">' in client.get("/", headers={"Accept-Language": "ko-KR,ko;q=0.9,en;q=0.5"}).text
    assert '<html lang="en">' in client.get("/", headers={"Accept-Language": "fr,en;q=0.5"}).text


def test_session_survives_a_new_app_on_the_same_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/restart.db"
    first = TestClient(create_app(Settings(), Store(url)), follow_redirects=False)
    token = new_session(first)
    run(first, token, "docker volume create data1")
    second = TestClient(create_app(Settings(), Store(url)))
    assert "data1" in second.get(f"/s/{token}").text


def test_security_headers(client: TestClient) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    for name in DOCUMENTED:
        assert f"`{name}`" in readme, name


def test_every_ui_text_has_a_korean_translation() -> None:
    from babel.messages.pofile import read_po
    po = Path(__file__).parents[1] / "app/web/locales/ko/LC_MESSAGES/messages.po"
    with po.open("rb") as f:
        catalog = read_po(f, locale="ko")
    untranslated = [m.id for m in catalog if m.id and not (m.string if isinstance(m.string, str) else all(m.string))]
    assert not untranslated


def test_templates_use_only_known_messages() -> None:
    """Every _() in the templates is in the Korean catalog (re-run tools/ko.py after adding text)."""
    from babel.messages.pofile import read_po
    po = Path(__file__).parents[1] / "app/web/locales/ko/LC_MESSAGES/messages.po"
    with po.open("rb") as f:
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(f, locale="ko") if m.id}
    for tmpl in (Path(__file__).parents[1] / "templates").glob("*.html"):
        for text in re.findall(r'_\("([^"]+)"', tmpl.read_text()):
            assert text in ids, (tmpl.name, text)


def test_watch_link_is_read_only_and_never_shows_the_owner_token(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker volume create notes")
    page = client.get(f"/s/{token}").text
    viewer_token = page.split('href="/w/')[1].split('"')[0]
    watch = client.get(f"/w/{viewer_token}")
    assert watch.status_code == 200 and "notes" in watch.text
    assert token not in watch.text
    assert 'id="command-input"' not in watch.text and "Watching live" in watch.text
    for path in ("run", "undo", "reset", "recreate", "hint"):
        assert client.post(f"/w/{viewer_token}/{path}", data={"line": "docker volume rm notes"}).status_code == 403
    assert client.post(f"/w/{viewer_token}/app/3000/create", data={"title": "x"}).status_code == 403
    assert client.post("/w/" + "y" * 32 + "/app/3000/create", data={"title": "x"}).status_code == 404
    assert "notes" in client.get(f"/s/{token}").text
    assert client.get("/w/" + "y" * 32).status_code == 404
    # nor does the watch token open the owner's routes
    assert client.get(f"/s/{viewer_token}").status_code == 404
    assert client.get(f"/e/{viewer_token}").status_code == 404
    assert client.get(f"/s/{viewer_token}/app/3000/").status_code == 404
    for path in ("run", "undo", "reset", "hint", "app/3000/create"):
        assert client.post(f"/s/{viewer_token}/{path}", data={"line": "docker volume rm notes"},
                           headers={"HX-Request": "true"}).status_code == 404, path


def test_fork_copies_the_state_into_a_new_session(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker volume create notes")
    viewer_token = client.get(f"/s/{token}").text.split('href="/w/')[1].split('"')[0]
    r = client.post(f"/w/{viewer_token}/fork/copy")
    assert r.status_code == 303
    fork_token = r.headers["location"].rsplit("/", 1)[1]
    assert fork_token != token
    run(client, fork_token, "docker volume rm notes")
    assert "notes" not in client.get(f"/s/{fork_token}").text.split('id="host-panel"')[1].split("</section>")[0]
    assert 'aria-label="Volume notes"' in client.get(f"/s/{token}").text


def test_scripted_demo_steps_run_for_real_with_captions(client: TestClient) -> None:
    token = new_session(client)
    script = "# Make a volume\ndocker volume create demo-vol\n\n# And look at it\ndocker volume ls -q\n"
    client.post(f"/s/{token}/script", data={"script": script}, headers={"HX-Request": "true"})
    page = client.get(f"/s/{token}").text
    assert "Next step (1/2)" in page and "docker volume create demo-vol" in page
    html = client.post(f"/s/{token}/step", headers={"HX-Request": "true"}).text
    assert "Make a volume" in html
    assert 'aria-label="Volume demo-vol"' in client.get(f"/s/{token}").text
    client.post(f"/s/{token}/step", headers={"HX-Request": "true"})
    page = client.get(f"/s/{token}").text
    assert "End of the script." in page and "And look at it" in page


def test_demo_from_a_lesson_solution_starts_the_lesson_in_presenter_mode(client: TestClient) -> None:
    r = client.post("/demo", data={"lesson": "demo-app"})
    assert r.status_code == 303 and r.headers["location"].endswith("?present=1")
    page = client.get(r.headers["location"]).text
    assert 'class="session present"' in page and 'aria-label="Lesson"' in page
    assert "Next step (1/6)" in page


def test_share_link_opens_a_copy_at_that_moment(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker volume create first")
    page = client.get(f"/s/{token}").text
    link = re.search(r">[^<]*/copy/([^<]+)</code>", page)[1]  # type: ignore[index]  # the link as shown
    run(client, token, "docker volume create second")
    before = client.get("/copy/" + link)  # a GET only asks: link previewers open links too
    assert before.status_code == 200 and 'method="post"' in before.text and "after 1 command" in before.text
    r = client.post("/copy/" + link)
    assert r.status_code == 303
    copy = client.get(r.headers["location"]).text
    assert 'aria-label="Volume first"' in copy and 'aria-label="Volume second"' not in copy
    assert client.get("/copy/" + link.split("/")[0] + "/999").status_code == 404


def test_watch_qr_code_is_an_svg_of_the_watch_link(client: TestClient) -> None:
    token = new_session(client)
    r = client.get(f"/s/{token}/watch-qr.svg")
    assert r.headers["content-type"].startswith("image/svg+xml") and "<svg" in r.text and "/w/" in r.text


def test_short_watch_link_leads_to_the_read_only_page(client: TestClient) -> None:
    token = new_session(client)
    page = client.get(f"/s/{token}").text
    code = page.split('href="/v/')[1].split('"')[0]
    assert re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", code)  # 12 characters, read in groups
    r = client.get(f"/v/{code}")
    assert r.status_code == 303 and r.headers["location"].startswith("/w/")
    assert client.get(f"/v/{code.replace('-', '').upper()}").headers["location"] == r.headers["location"]
    assert "Watching live" in client.get(r.headers["location"]).text
    assert client.get("/v/aaaaaaaaaa").status_code == 404


def test_a_dropped_stream_resumes_from_last_event_id_without_missing_or_doubling(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "docker volume create one")
    web = client.app.state.web
    session = web.store.by_token(token)
    at_one = session.version
    web.renderer.fragments(session, "en", "owner")  # the version the client saw before its stream dropped
    run(client, token, "docker volume create two")
    session = web.store.by_token(token)
    resumed = web.renderer.fragments(session, "en", "owner", since=at_one)
    assert 'aria-label="Volume two"' in resumed  # what it missed
    assert resumed.count('class="entry"') == 1 and "docker volume create two" in resumed  # and only that
    assert f'data-version="{session.version}"' in resumed


def test_streams_reuse_the_newest_written_row_but_never_an_older_one() -> None:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from app.web.live import CLOSING, Update, Watch

    async def drain() -> list[Update | None]:
        watch = Watch()
        for update in [(5, "row 5"), (4, "row 4"), (6, None)]:  # 4 came late from a slower thread
            watch.offer(update)
        taken = [await watch.next(1)]
        watch.offer((7, "row 7"))
        watch.offer((6, "row 6"))
        taken.append(await watch.next(1))
        taken.append(await watch.next(0.01))  # nothing new: time for a ping
        watch.offer(CLOSING)
        watch.offer((8, "row 8"))
        taken.append(await watch.next(1))
        return taken

    with ThreadPoolExecutor(1) as pool:  # its own loop, whatever loop the browser tests left running
        from_elsewhere, written_here, quiet, closing = pool.submit(asyncio.run, drain()).result()
    assert from_elsewhere == (6, None)  # newest came from another process: read it from the database
    assert written_here == (7, "row 7")  # never rolled back to the older row that came after it
    assert quiet is None
    assert closing == CLOSING  # once the server stops, nothing newer keeps a stream open


def test_a_change_wakes_a_big_room_a_chunk_at_a_time_and_everyone_gets_the_newest() -> None:
    """A room of hundreds on one session is woken FANOUT_CHUNK streams per turn of the event loop:
    woken at once, 500 held the loop for 40 ms, and every command arriving meanwhile waited. A
    newer version that comes while the room is being woken reaches everyone, and nobody is sent
    back to the older one."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from app.web.live import FANOUT_CHUNK, Hub

    async def room() -> tuple[list[int], list[object], list[object]]:
        hub = Hub()
        hub.loop = asyncio.get_running_loop()
        watches = [hub.subscribe(1) for _ in range(500)]
        hub.publish(1, 4)
        woken = [sum(w.update is not None for w in watches)]
        for _ in range(2):
            await asyncio.sleep(0)  # a turn of the loop
            woken.append(sum(w.update is not None for w in watches))
        first = [w.update for w in watches if w.update is not None]
        hub.publish(1, 5)  # a newer version, while the room is still being woken for 4
        for _ in range(20):
            await asyncio.sleep(0)
        return woken, first, [w.update for w in watches]

    with ThreadPoolExecutor(1) as pool:  # its own loop, whatever loop the browser tests left running
        woken, first, last = pool.submit(asyncio.run, room()).result()
    assert woken == [FANOUT_CHUNK, 2 * FANOUT_CHUNK, 3 * FANOUT_CHUNK] and woken[-1] < 500
    assert first == [(4, None)] * (3 * FANOUT_CHUNK)
    assert last == [(5, None)] * 500


def test_a_stream_resumes_where_its_reader_is() -> None:
    from app.web.stream import resume_point

    assert resume_point("7", "5", 9) == 7  # after a drop, the last event it received
    assert resume_point(None, "5", 9) == 5  # a fresh page: the version it was drawn at, nothing to resend
    assert resume_point(None, None, 9) is None  # unknown: send everything
    assert resume_point(None, "12", 9) is None  # from the future (a reset database): send everything
    assert resume_point("x", "abc", 9) is None
    # hostile ones: "²" passes str.isdigit() and int() refuses it, and more than 4,300 digits too
    assert resume_point("²", "5", 9) == 5
    assert resume_point("9" * 5000, "4", 9) == 4
    assert resume_point("0" * 5000 + "7", None, 9) is None


def test_lines_that_may_take_long_are_told_apart_from_quick_ones(client: TestClient) -> None:
    from app.tutor import quick_line

    for line in ("ls", "docker ps -a", "docker run -d -v feedback:/app/feedback feedback-node", "docker builder prune",
                 "curl -s localhost:3000/", "docker build -t x .", "docker buildx build ."):
        assert quick_line(line), line
    for line in ("ls; ls", "a && b", "cat a | grep b", "echo $(pwd)", "echo `pwd`", "ls\nls", "echo " + "x" * 600):
        assert not quick_line(line), line
    token = new_session(client)  # both kinds still run, the long ones on a worker thread
    assert "feedback-node" in run(client, token, "docker build -t feedback-node . && docker images")


def test_a_region_is_sent_only_when_what_it_draws_changed(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, "ls")
    again = run(client, token, "ls")
    assert 'id="stage-panel"' not in again  # it shows the last command: the same one
    then = run(client, token, "pwd")
    assert 'id="stage-panel"' in then and "<code>pwd</code>" in then
    assert 'id="term-prompt"' not in then  # same directory, no question: the prompt stays as it is
    assert 'id="narration-text"' not in then  # "nothing changed", as before
    moved = run(client, token, "cd /tmp")
    assert 'id="term-prompt"' in moved and "learner@layerlab:/tmp$" in moved
    built = run(client, token, "docker volume create notes")
    assert 'id="narration-text"' in built and "notes" in built
    asked = run(client, token, "docker volume prune -a")
    assert 'id="term-prompt"' in asked and 'name="answer"' in asked  # the question takes the prompt's place
    answered = run(client, token, "", answer="y")
    assert 'id="term-prompt"' in answered and 'data-command' in answered


def test_the_first_change_after_a_page_load_is_sent_as_a_change(client: TestClient, tmp_path: Path) -> None:
    token = new_session(client)
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "ls")  # (the build's "new" marks are gone after the next command)
    # A server that has drawn nothing of this session yet (just restarted, say) draws its page:
    later = TestClient(create_app(Settings(), Store(f"sqlite:///{tmp_path}/t.db")), follow_redirects=False)
    page = later.get(f"/s/{token}").text  # drawn at version 2
    assert 'id="images-panel"' in page
    web = later.app.state.web  # type: ignore[attr-defined]
    session = web.store.run_command(web.store.by_token(token).id, "pwd").session
    frame = web.renderer.fragments(session, "en", "owner", since=2)
    assert "/home/learner" in frame  # the new terminal entry
    assert 'id="images-panel"' not in frame  # the images did not change: not sent again
    assert len(frame) < len(page) / 4


def test_kept_translations_draw_what_jinjas_own_would() -> None:
    import jinja2.ext

    from app.web.i18n import translations
    from app.web.render import make_env

    source = ('{{ _("Undo") }}|{{ _("Undo") }}|{{ _("No running container publishes port %(port)s.", port=p) }}'
              '|{{ ngettext("… %(num)d earlier command", "… %(num)d earlier commands", 3) }}'
              '|{{ _("100%% <b>sure</b>") }}|{{ gettext("Stop") }}|{{ f(_("Remove")) }}|{{ _("50% off") if p == 1 }}')
    for lang in ("en", "ko"):
        kept = make_env(lang)
        plain = make_env(lang, fold=False)
        plain.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
        plain.globals["_"] = jinja2.ext._gettext_alias
        drawn = kept.from_string(source).render(p="<b>80</b>", f=lambda text: f"[{text}]")
        assert drawn == plain.from_string(source).render(p="<b>80</b>", f=lambda text: f"[{text}]")
        assert "&lt;b&gt;80&lt;/b&gt;" in drawn  # a variable is escaped, kept or not
        assert "100% <b>sure</b>" in drawn  # a translation is markup, formatted as gettext formats it
    # a plain text is translated once, as the template is compiled: no call is left in its code
    code = make_env("ko").compile('{{ _("Undo") }} {{ _("Port %(port)s", port=p) }} {{ _("50% off") }}', raw=True)
    assert "실행 취소" in code and code.count("context.call(") == 2
    assert "context.call(" in make_env("ko", fold=False).compile('{{ _("Undo") }}', raw=True)
    assert "실행 취소" in make_env("ko").from_string('{{ _("Undo") }}').render()


def test_a_template_takes_its_environments_globals_as_a_plain_dict() -> None:
    from app.web.render import make_env

    env = make_env("ko")
    template = env.from_string("{{ L.where.volume }}|{{ range(2)|list }}|{{ x }}", {"x": "own"})
    # (copied at every draw into the draw's context: a ChainMap was copied through its lookups)
    assert type(template.globals) is dict
    assert template.globals.keys() == env.globals.keys() | {"x"}
    assert template.render() == f"{env.globals['L']['where']['volume']}|[0, 1]|own"


def test_the_timeline_marks_undone_commands_and_shows_lines_as_text(client: TestClient) -> None:
    token = new_session(client)
    run(client, token, 'echo "<b>bold</b>" > note.txt')
    run(client, token, "docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback feedback-node")
    client.post(f"/s/{token}/undo", headers={"HX-Request": "true"})
    menu = client.get(f"/s/{token}").text.split('id="timeline-select"', 1)[1].split("</select>", 1)[0]
    assert '1 · echo &#34;&lt;b&gt;bold&lt;/b&gt;&#34; &gt; note.txt</option>' in menu  # text, never markup
    assert '<option value="1" selected>' in menu  # the undo went back to it
    assert "2 · docker run -d -p 3000:80 --name feedback-app... (undone)</option>" in menu  # cut at a word
    ko = client.get(f"/s/{token}?lang=ko").text.split('id="timeline-select"', 1)[1].split("</select>", 1)[0]
    assert "(undone)" not in ko and "feedback-app... (" in ko


def test_a_long_sessions_timeline_lists_its_newest_commands(client: TestClient) -> None:
    from app.web.page import TIMELINE_STEPS

    token = new_session(client)
    web = client.app.state.web  # type: ignore[attr-defined]
    sid = web.store.by_token(token).id
    for i in range(TIMELINE_STEPS + 5):
        web.store.run_command(sid, f"touch f{i}")
    page = client.get(f"/s/{token}").text
    menu = page.split('id="timeline-select"', 1)[1].split("</select>", 1)[0]
    assert menu.count("<option") == TIMELINE_STEPS + 2  # the start, the earlier ones, the newest
    assert "… 5 earlier commands" in menu and "touch f4<" not in menu
    assert f">{TIMELINE_STEPS + 5} · touch f{TIMELINE_STEPS + 4}<" in menu  # numbered from the start
    ko = client.get(f"/s/{token}?lang=ko").text
    assert "… 이전 명령 5개" in ko


def test_a_command_is_answered_the_same_past_the_framework_as_through_it(tmp_path: Path) -> None:
    """POST /s/{token}/run is answered before FastAPI's routing (LayerlabApp.command): the same
    status, headers and body as the route answers through the framework, errors included (an
    unknown session, a full log, a form too big, a non-htmx post)."""
    answers = []
    for lean in (True, False):
        store = Store(f"sqlite:///{tmp_path}/{lean}.db")
        app = create_app(Settings(max_events=3), store)
        if not lean:
            app.command = None
        client = TestClient(app, follow_redirects=False)
        token = store.create_session("sandbox", seed=7).token  # the same session in both
        got = []
        for path, data, headers in [
            (f"/s/{token}/run", {"line": "echo hi > x.txt"}, {"HX-Request": "true"}),
            (f"/s/{token}/run", {"line": "ls"}, {}),
            ("/s/" + "x" * 32 + "/run", {"line": "ls"}, {"HX-Request": "true"}),
            (f"/s/{token}/run", {"line": "x" * 300_000}, {"HX-Request": "true"}),
            (f"/s/{token}/run", {"line": "ls"}, {"HX-Request": "true"}),
            (f"/s/{token}/run", {"line": "ls"}, {"HX-Request": "true"}),  # past max_events: the log is full
        ]:
            r = client.post(path, data=data, headers=headers)
            body = re.sub(r"/(w|v)/[\w-]+", r"/\1/-", r.text.replace(token, "T"))  # the sessions' other links
            got.append((r.status_code, r.headers.get("content-security-policy"),
                        r.headers.get("location", "").replace(token, "T"), r.headers.get("content-type"), body))
        answers.append(got)
    lean_answers, framework_answers = answers
    assert [a[0] for a in lean_answers] == [200, 303, 404, 413, 200, 200]
    assert "log is full" in lean_answers[-1][-1]  # answered by the LogFull handler, as a notice
    assert lean_answers == framework_answers


# --- where a saved file went, in words and in the picture ------------------------------------------


def _narration_of(page: str) -> str:
    found = re.search(r'id="narration-text".*?</div>', page, re.S)
    assert found, "no narration"
    return found.group(0)


@pytest.mark.parametrize(("lang", "layer", "volume"), [
    ("en", "/app/temp/awesome.txt was written to the read-write layer of feedback-app — it will be lost",
     "/app/feedback/awesome.txt was written to the volume feedback — it stays when the container is removed"),
    ("ko", "/app/temp/awesome.txt 파일이 feedback-app 컨테이너의 읽기-쓰기 레이어에 저장되었습니다",
     "/app/feedback/awesome.txt 파일이 feedback 볼륨에 저장되었습니다 — 컨테이너를 삭제해도 남습니다"),
])
def test_a_save_names_each_files_path_and_place_and_the_picture_marks_both(
        client: TestClient, lang: str, layer: str, volume: str) -> None:
    """Lesson 5's save writes awesome.txt twice: the draft copyFile leaves in the container's layer
    (/app/temp) and the saved copy in the volume (/app/feedback). Each sentence says which one and
    where it lives; the picture marks each row where it landed."""
    token = client.post(f"/lessons/named-volumes?lang={lang}").headers["location"].rsplit("/", 1)[1]
    run(client, token, "docker run -d -p 3000:80 --rm --name feedback-app -v feedback:/app/feedback "
                       "feedback-node:volumes")
    assert client.post(f"/s/{token}/app/3000/create", data={"title": "awesome", "text": "great"}).status_code == 302
    page = client.get(f"/s/{token}?lang={lang}").text
    said = _narration_of(page)
    assert layer in said and volume in said
    assert 'data-path="app/temp/awesome.txt" data-draft="feedback-app"' in page  # lit with the saved copy
    volume_card = page.split('id="host-vol-feedback"')[1].split("</article>")[0]
    assert re.search(r'data-path="awesome.txt" data-move="app"', volume_card)


@pytest.mark.parametrize(("lang", "text", "untrue"), [
    ("en", "No container publishes a port now.", "yet"),
    ("ko", "지금은 포트를 공개한 컨테이너가 없습니다.", "아직"),
])
def test_the_empty_app_window_is_true_before_any_port_and_after_the_container_went(
        client: TestClient, lang: str, text: str, untrue: str) -> None:
    def window() -> str:
        page = client.get(f"/s/{token}?lang={lang}").text
        return page.split('id="browser-panel"')[1].split("</div>\n</div>")[0]

    token = new_session(client)
    assert text in window() and untrue not in window()  # never published
    run(client, token, "docker build -q -t feedback-node .")
    run(client, token, "docker run -d -p 3000:80 --name feedback-app feedback-node")
    assert text not in window()
    run(client, token, "docker rm -f feedback-app")
    assert text in window() and untrue not in window()  # one did, and nothing publishes now


def test_the_short_watch_link_keeps_the_language_it_was_given(client: TestClient) -> None:
    token = new_session(client)
    page = client.get(f"/s/{token}").text
    code = page.split('href="/v/')[1].split('"')[0].split("?")[0]
    assert client.get(f"/v/{code}?lang=ko").headers["location"].endswith("?lang=ko")
    assert "?" not in client.get(f"/v/{code}").headers["location"]
    assert "?" not in client.get(f"/v/{code}?lang=xx").headers["location"]  # only a language the page has
