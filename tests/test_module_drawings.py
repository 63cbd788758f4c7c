"""The board draws the points of lessons 12-14 (issue 19): a container's environment and where each
value came from, the build context before and after .dockerignore, and which layers the newest
build took from BuildKit's cache. Each fact is in the drawing, the screen-reader table and the
narration, in English and Korean."""

from __future__ import annotations

import pickle
import re
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.engine import initial_world
from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app
from tests.helpers import run as engine_run

ENV_IMAGE = ["echo 'ENV PORT=80' >> Dockerfile", "docker build -t feedback-node ."]
RUN_E = "docker run -d -p 3000:8000 -e PORT=8000 --name feedback-app feedback-node"
ARG_FIRST = "sed -i 's/^FROM node:14$/&\\nARG DEFAULT_PORT=80\\nENV PORT=$DEFAULT_PORT/' Dockerfile"


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(Settings(), Store(f"sqlite:///{tmp_path}/t.db")), follow_redirects=False)


def _page(client: TestClient, lines: list[str], lang: str = "en") -> str:
    token = client.post("/sessions").headers["location"].rsplit("/", 1)[1]
    for line in lines:
        assert client.post(f"/s/{token}/run", data={"line": line}, headers={"HX-Request": "true"}).status_code == 200
    return client.get(f"/s/{token}?lang={lang}").text


def _part(page: str, pattern: str) -> str:
    found = re.search(pattern, page, re.S)
    assert found, pattern
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", found.group(0))))


def _card_env(page: str) -> str:
    return _part(page, r'<details class="env".*?</details>')


def _narration(page: str) -> str:
    return _part(page, r'id="narration-text".*?</div>')


def _table(page: str, cls: str) -> str:
    return _part(page, rf'<table class="{cls}">.*?</table>')


# --- the environment of a container -------------------------------------------------------------


def test_the_card_shows_the_environment_and_marks_what_the_run_overrode(client: TestClient) -> None:
    page = _page(client, [*ENV_IMAGE, RUN_E])
    env = _card_env(page)
    assert "set at run: PORT" in env  # named in the summary, so a folded list still says it
    assert "PORT=8000 set at run overrides the image's 80" in env
    assert "NODE_VERSION=14.21.3 from the image" in env
    assert "PORT=80 " not in env  # the image's value is replaced, not listed beside it
    table = _table(page, "env-table")
    assert "feedback-app PORT=8000 set at run (overrides the image's 80)" in table
    assert "feedback-app PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin from the image" in table
    assert "Set at run in feedback-app: PORT=8000 (overrides the image's 80)" in _narration(page)


def test_a_variable_only_the_image_sets_is_marked_as_the_images(client: TestClient) -> None:
    page = _page(client, [*ENV_IMAGE, "docker run -d -p 3000:80 --name feedback-app feedback-node"])
    env = _card_env(page)
    assert "PORT=80 from the image" in env and "set at run" not in env
    assert "Set at run" not in _narration(page)


def test_an_env_file_value_the_image_lacks_is_set_at_run(client: TestClient) -> None:
    page = _page(client, ["echo MODE=dev > .env", "docker build -t feedback-node .",
                          "docker run -d --env-file ./.env --name feedback-app feedback-node"])
    env = _card_env(page)
    assert "MODE=dev set at run" in env and "overrides" not in env
    assert "Set at run in feedback-app: MODE=dev" in _narration(page)


def test_a_long_environment_is_folded_and_a_short_one_set_at_run_open(client: TestClient) -> None:
    page = _page(client, [*ENV_IMAGE, RUN_E])
    assert '<details class="env" open>' in page
    page = _page(client, [*ENV_IMAGE, "docker run -d -e A=1 -e B=2 --name feedback-app feedback-node"])
    assert '<details class="env">' in page
    assert "set at run: A, B" in _card_env(page)


def test_the_environment_in_korean(client: TestClient) -> None:
    page = _page(client, [*ENV_IMAGE, RUN_E], "ko")
    env = _card_env(page)
    assert "실행할 때 설정: PORT" in env and "이미지의 값 80 덮어씀" in env and "이미지에서" in env
    assert "feedback-app 컨테이너에 실행할 때 설정한 변수: PORT=8000 (이미지의 값 80 덮어씀)" in _narration(page)
    assert "컨테이너마다의 환경 변수(Config.Env)" in _table(page, "env-table")


# --- the build context before and after .dockerignore -------------------------------------------


DOCKERIGNORE = ["npm install", "docker build -t feedback-node .", "echo node_modules > .dockerignore",
                "docker build -t feedback-node ."]


def test_the_context_sent_before_and_after_a_dockerignore_is_on_the_image_the_table_and_in_words(
        client: TestClient) -> None:
    world, results = engine_run(*DOCKERIGNORE)
    sent = [ln for r in results[1::2] for _, ln in r.lines if "transferring context:" in ln][1::2]
    assert len(sent) == 2  # the figures the two builds print for their build context
    before, after = (ln.split("transferring context: ")[1].split()[0] for ln in sent)
    assert before != after
    page = _page(client, DOCKERIGNORE)
    facts = _part(page, r'<p class="build-facts">.*?</p>')
    assert f"context sent: {before} → {after}" in facts
    assert f"context sent: {before} → {after}" in _table(page, "build-table")
    assert f"The build sent a context of {after}; the build of this tag before sent {before}" in _narration(page)
    ko = _page(client, DOCKERIGNORE, "ko")
    assert f"보낸 빌드 컨텍스트: {before} → {after}" in _part(ko, r'<p class="build-facts">.*?</p>')
    assert f"이번 빌드가 보낸 빌드 컨텍스트: {after} (같은 태그의 이전 빌드: {before})" in _narration(ko)


def test_a_first_build_shows_one_figure(client: TestClient) -> None:
    page = _page(client, ["docker build -t feedback-node ."])
    facts = _part(page, r'<p class="build-facts">.*?</p>')
    assert re.search(r"context sent: [0-9.]+k?B ·", facts) and "→" not in facts


# --- which layers a changed --build-arg rebuilt --------------------------------------------------


BUILD_ARGS = [ARG_FIRST, "docker build -t feedback-node:dev --build-arg DEFAULT_PORT=8000 .",
              "docker build -t feedback-node:dev --build-arg DEFAULT_PORT=8080 ."]


def _layer_marks(page: str) -> dict[str, str]:
    """Each layer of the newest build's image card: its step and its cache mark."""
    card = re.search(r'<article class="image[^"]*" aria-label="Image feedback-node:dev".*?</article>', page, re.S)
    assert card
    marks = {}
    for head in re.findall(r'<div class="lhead">(.*?)</div>', card.group(0), re.S):
        step = unescape(re.search(r"<code>(.*?)</code>", head).group(1))  # type: ignore[union-attr]
        mark = re.search(r'class="tag t-(cached|rebuilt)"', head)
        marks[step] = mark.group(1) if mark else ""
    return marks


def test_the_layers_a_changed_build_arg_rebuilt_are_marked_as_buildkit_decided(client: TestClient) -> None:
    page = _page(client, BUILD_ARGS)
    marks = _layer_marks(page)
    # the steps BuildKit printed CACHED are the ones marked cached, and no others
    _, results = engine_run(*BUILD_ARGS)
    printed = {ln.split("] ", 1)[1].strip().rsplit(" ", 1)[0].strip()
               for _, ln in results[-1].lines if " => CACHED [" in ln}
    assert printed == {"WORKDIR /app", "COPY package.json ."}
    assert marks == {"node:14": "", "WORKDIR /app": "cached", "COPY package.json .": "cached",
                     "RUN |1 DEFAULT_PORT=8080 npm install": "rebuilt", "COPY . .": "rebuilt"}
    assert "2 steps rebuilt, 2 from the cache" in _part(page, r'<p class="build-facts">.*?</p>')
    table = _table(page, "build-table")
    assert "WORKDIR /app CACHED" in table and "RUN |1 DEFAULT_PORT=8080 npm install rebuilt" in table
    said = _narration(page)
    assert "Rebuilt: RUN |1 DEFAULT_PORT=8080 npm install, COPY . ." in said
    assert "Taken from the cache (CACHED): WORKDIR /app, COPY package.json ." in said
    ko = _page(client, BUILD_ARGS, "ko")
    assert "새로 빌드한 단계: RUN |1 DEFAULT_PORT=8080 npm install, COPY . ." in _narration(ko)
    assert "새로 빌드한 단계 2개, 캐시에서 가져온 단계 2개" in _part(ko, r'<p class="build-facts">.*?</p>')


def test_only_the_newest_builds_image_is_marked(client: TestClient) -> None:
    page = _page(client, [*BUILD_ARGS, "docker build -t other ."])
    assert set(_layer_marks(page).values()) == {""}
    assert 'aria-label="Image other:latest"' in page and "t-cached" in page


def test_a_fully_cached_rebuild_is_told_again() -> None:
    from app.engine.changes import diff_worlds
    from app.web.i18n import translations
    from app.web.narrate import narrate

    world, _ = engine_run("docker build -t feedback-node .")
    again, _ = engine_run("docker build -t feedback-node .", world=world)
    said = narrate(diff_worlds(world, again), translations("en"), before=world, after=again)
    assert "Taken from the cache (CACHED): WORKDIR /app, COPY package.json ., RUN npm install, COPY . ." in said
    assert not [s for s in said if s.startswith("Rebuilt")]


def test_a_world_pickled_before_builds_were_recorded_still_loads() -> None:
    world = initial_world()
    del world.__dict__["last_build"]  # as a snapshot written before the field existed
    loaded = pickle.loads(pickle.dumps(world))
    assert loaded.last_build is None
    built, _ = engine_run("docker build -t feedback-node .", world=loaded)
    assert built.last_build is not None and built.last_build.tags == ("feedback-node:latest",)


def test_a_file_written_through_a_volume_subpath_is_told_where_the_container_sees_it() -> None:
    from app.engine.changes import diff_worlds
    from app.web.i18n import translations
    from app.web.narrate import narrate

    world = initial_world()
    for line in ("docker volume create vv", "docker run --rm -v vv:/d busybox mkdir /d/sub",
                 "docker run -d --name web --mount type=volume,src=vv,dst=/data,volume-subpath=sub busybox sleep 1000"):
        world, _ = engine_run(line, world=world)
    after, _ = engine_run("docker exec web sh -c 'echo hi > /data/x'", world=world)
    said = narrate(diff_worlds(world, after), translations("en"), before=world, after=after)
    assert any(s.startswith("/data/x was written to the volume vv") for s in said), said


def test_names_given_to_and_taken_off_an_image_are_narrated() -> None:
    """docker tag gives a name, no layer; docker rmi of a name whose image a container uses takes
    the name off and the image stays: both used to read "Nothing in images, containers or volumes
    changed". A rebuild that moves a name to a new image is told by the new image's sentence alone."""
    from app.engine.changes import diff_worlds
    from app.web.i18n import translations
    from app.web.narrate import narrate

    world, _ = engine_run("docker build -t feedback-node .")
    world, _ = engine_run("docker run -d --name web feedback-node", world=world)
    tagged, _ = engine_run("docker tag feedback-node notes:v1", world=world)
    said = narrate(diff_worlds(world, tagged), translations("en"), before=world, after=tagged)
    assert any(s.startswith("notes:v1 is now a name of the image ") for s in said), said
    korean = narrate(diff_worlds(world, tagged), translations("ko"), before=world, after=tagged)
    assert any("notes:v1: 이제 이미지" in s for s in korean), korean
    untagged, _ = engine_run("docker rmi -f notes:v1 feedback-node", world=tagged)
    said = narrate(diff_worlds(tagged, untagged), translations("en"), before=tagged, after=untagged)
    taken = sorted(s.split(" was taken off")[0] for s in said if "was taken off the image" in s)
    assert taken == ["The name feedback-node:latest", "The name notes:v1"], said
    assert not [s for s in said if s.startswith("Image ")], said  # the container's image stays
    edited, _ = engine_run("echo '// more' >> server.js", world=tagged)
    rebuilt, _ = engine_run("docker build -t feedback-node .", world=edited)
    said = narrate(diff_worlds(edited, rebuilt), translations("en"), before=edited, after=rebuilt)
    assert not [s for s in said if "was taken off" in s], said


def test_many_files_in_one_layer_are_told_as_their_count() -> None:
    """A docker cp of a folder or an rm -rf of the image's files wrote one sentence per file, which
    pushed the picture down; more than three of a kind are told as their count, as a volume's are."""
    from app.engine.changes import diff_worlds
    from app.web.i18n import translations
    from app.web.narrate import narrate

    world, _ = engine_run("docker build -t feedback-node .")
    world, _ = engine_run("docker run -d --name web feedback-node", world=world)
    after, _ = engine_run("docker exec web sh -c 'for i in 1 2 3 4 5; do echo $i > /app/temp/n$i; done; "
                          "rm -rf /app/pages; touch /app/server.js'", world=world)
    said = narrate(diff_worlds(world, after), translations("en"), before=world, after=after, limit=8)
    assert "5 files were written to the read-write layer of web — they will be lost when the container is removed" in said
    assert any(s.startswith("server.js was copied up") or s.startswith("/app/server.js was copied up") for s in said), said
    deleted = [s for s in said if "deleted in web" in s]
    assert [s.split(":")[0] for s in deleted] == ["/app/pages was deleted in web"], said  # one whiteout for the folder
    korean = narrate(diff_worlds(world, after), translations("ko"), before=world, after=after, limit=8)
    assert any(s.startswith("파일 5개가 web 컨테이너의 읽기-쓰기 레이어에 저장되었습니다") for s in korean), korean
