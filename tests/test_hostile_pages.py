"""Pages a hostile session asks the server to draw: each stays small and quick whatever the world
holds (tests/test_hostile_lines.py holds the engine's side)."""

from __future__ import annotations

import re
import time
from pathlib import Path

from markupsafe import escape

from app.web.narrate import TOLD_CONTAINERS
from app.web.viewmodel import (
    MAX_BROWSER_PORTS,
    MAX_CONTAINERS_DRAWN,
    MAX_ENV_DRAWN,
    MAX_MOUNTS_DRAWN,
    MAX_VOLUMES_DRAWN,
    RECREATE_TITLE,
)
from tests.test_limits import make, new_session, run


def test_a_container_publishing_a_thousand_ports_draws_a_small_page(tmp_path: Path) -> None:
    client = make(tmp_path, rate_session=1000)
    token = new_session(client)
    for line in ("docker pull busybox", "docker run -d --name many -p 3000-3999:3000-3999 busybox sleep inf"):
        assert run(client, token, line).status_code == 200
    started = time.process_time()
    page = client.get(f"/s/{token}")
    took = time.process_time() - started
    assert page.status_code == 200 and took < 1
    html = page.text
    # the container's card says them as docker ps does, in one group; the app's window offers the
    # lowest; with -p 1-65535:1-65535 the page was 8 MB, each of its ports an <option> and twice an entry
    assert "0.0.0.0:3000-3999-&gt;3000-3999/tcp" in html
    assert html.count('">localhost:') == MAX_BROWSER_PORTS
    assert 'data-ports="3000,3001,' in html and f"{3000 + MAX_BROWSER_PORTS}," not in html
    assert len(html) < 200_000


def test_a_container_of_many_mounts_draws_the_first_and_counts_the_rest(tmp_path: Path) -> None:
    """40 containers of 100 mounts each made a 2.2 MB page and a 2 MB answer to every command."""
    client = make(tmp_path, rate_session=1000)
    token = new_session(client)
    binds = " ".join(f"-v $(pwd)/d{j}:/m{j:02}" for j in range(30))
    volumes = " ".join(f"-v v{j}:/v{j:02}" for j in range(30))
    for line in ("docker pull busybox", "mkdir " + " ".join(f"d{j}" for j in range(30)),
                 f"docker run -d --name many {binds} {volumes} busybox sleep inf",
                 f"docker run -d --name more {binds} busybox sleep inf"):
        assert run(client, token, line).status_code == 200
    started = time.process_time()
    answer = run(client, token, "pwd")
    took = time.process_time() - started
    assert answer.status_code == 200 and took < 1
    html = client.get(f"/s/{token}").text
    assert html.count('class="mount m-') == 2 * MAX_MOUNTS_DRAWN
    assert f"… and {60 - MAX_MOUNTS_DRAWN} more mounts: docker inspect many lists them all" in html
    assert f"… and {30 - MAX_MOUNTS_DRAWN} more mounts: docker inspect more lists them all" in html
    # the first by destination: the binds /m00... come before the volumes /v00...
    assert 'data-dest="/m15"' in html and 'data-dest="/m16"' not in html and 'data-dest="/v00"' not in html
    # the Host's notes of the project's binds alike, and Re-create's tooltip cut
    assert html.count("bind-mounted into") == MAX_MOUNTS_DRAWN and f"and {60 - MAX_MOUNTS_DRAWN} more bind mounts" in html
    titles = re.findall(r'title="(docker rm -f [^"]* ; docker run [^"]*)"', html)
    assert titles and all(len(t) <= RECREATE_TITLE for t in titles) and titles[0].endswith("…")
    korean = client.get(f"/s/{token}?lang=ko").text
    assert f"… 마운트 {60 - MAX_MOUNTS_DRAWN}개 더: docker inspect many 에서 모두 볼 수 있습니다" in korean


def test_a_world_of_many_containers_draws_the_newest_and_counts_the_rest(tmp_path: Path) -> None:
    """40 containers' cards made an answer of 650 kB to every command (the column is sent again as
    each status moves on with the clock)."""
    client = make(tmp_path, rate_session=1000)
    token = new_session(client)
    for line in ("docker pull busybox",
                 f"for i in $(seq 1 {MAX_CONTAINERS_DRAWN + 3}); do docker run -d --name c$i busybox sleep inf; done"):
        assert run(client, token, line).status_code == 200
    html = client.get(f"/s/{token}").text
    cards = re.findall(r'data-container="(c\d+)"', html)
    assert cards == [f"c{i}" for i in range(MAX_CONTAINERS_DRAWN + 3, 3, -1)]
    assert "… and 3 more containers: docker ps -a lists them all" in html
    # the one the terminal is in is drawn wherever it is
    assert run(client, token, "docker exec -it c1 sh").status_code == 200
    html = client.get(f"/s/{token}").text
    cards = re.findall(r'data-container="(c\d+)"', html)
    assert len(cards) == MAX_CONTAINERS_DRAWN and cards[-1] == "c1" and "c4" not in cards
    assert 'aria-current="true" aria-label="Container c1"' in html
    korean = client.get(f"/s/{token}?lang=ko").text
    assert "… 컨테이너 3개 더: docker ps -a 에서 모두 볼 수 있습니다" in korean


def test_containers_of_thousands_of_variables_draw_the_first_and_count_the_rest(tmp_path: Path) -> None:
    """Twelve containers run with an --env-file of 5,000 lines: drawing their cards looked for the
    image's part of each environment again from each start (43 s for one command after them), and
    the cards, the table and the narration drew every variable (an 11 MB answer)."""
    client = make(tmp_path, rate_session=1000)
    token = new_session(client)
    for line in ("docker pull busybox", "for i in $(seq 1 4000); do echo VAR$i=value$i; done > big.env"):
        assert run(client, token, line).status_code == 200
    started = time.process_time()
    ran = run(client, token, "for i in 1 2 3 4 5 6; do docker run -d --name c$i --env-file big.env busybox sleep inf; done")
    page = client.get(f"/s/{token}")
    took = time.process_time() - started
    assert ran.status_code == 200 and page.status_code == 200 and took < 5
    assert len(ran.text) < 300_000 and len(page.text) < 300_000
    html = page.text
    assert html.count('<li class="env-run">') == 6 * MAX_ENV_DRAWN
    assert html.count("… and 3,977 more variables: docker inspect c1 lists them all") == 2  # the card and the table
    assert "(4,001) · set at run: VAR1, VAR2," in html and f"VAR{MAX_ENV_DRAWN}, …</span>" in html
    told = ran.text[ran.text.index('id="narration-text"'):]
    assert told.count("Set at run in c") == TOLD_CONTAINERS and f"VAR{MAX_ENV_DRAWN + 1}=" not in told
    korean = client.get(f"/s/{token}?lang=ko").text
    assert "… 변수 3,977개 더: docker inspect c1 에서 모두 볼 수 있습니다" in korean


def test_many_volumes_bound_folders_and_tmpfs_mounts_draw_the_first_and_count_the_rest(tmp_path: Path) -> None:
    """60 volumes of 60 files each made an 836 kB page (the table lists their files too); 100 folders
    bound from outside the project a 1 MB page and a 979 kB answer to a command that touched one."""
    client = make(tmp_path, rate_session=1000)
    token = new_session(client)
    extra = MAX_VOLUMES_DRAWN + 4
    lines = ["docker pull busybox", f"for i in $(seq 1 {extra}); do docker volume create v$i; mkdir -p /tmp/b/s$i; done",
             "docker run -d --name user -v v20:/data " + " ".join(f"-v /tmp/b/s{i}:/m{i}" for i in range(1, extra + 1))
             + " " + " ".join(f"--tmpfs /t{i}" for i in range(extra)) + " busybox sleep inf"]
    for line in lines:
        assert run(client, token, line).status_code == 200
    html = client.get(f"/s/{token}").text
    volumes = re.findall(r'data-volume="(v\d+)"', html)
    # the one a container uses is drawn before the 16th of the others, each in its place
    assert volumes == [f"v{i}" for i in range(1, MAX_VOLUMES_DRAWN)] + ["v20"]
    assert "… and 4 more volumes: docker volume ls lists them all" in html
    assert html.count('class="folder elsewhere"') == MAX_MOUNTS_DRAWN
    assert "… and 4 more bind-mounted folders: docker inspect lists each container's mounts" in html
    assert html.count('<li class="f w-tmpfs">') == MAX_MOUNTS_DRAWN and "… and 4 more tmpfs mounts" in html
    korean = client.get(f"/s/{token}?lang=ko").text
    assert "… 볼륨 4개 더: docker volume ls 에서 모두 볼 수 있습니다" in korean


def test_the_timeline_keeps_no_whole_command_line_it_drew() -> None:
    """Its entries' cache was keyed by the whole line: 16,384 lines of 8,192 characters held 134 MB."""
    import gc
    import tracemalloc
    from types import SimpleNamespace

    from jinja2.filters import do_truncate

    from app.web.page import PageState, TimelineStep

    for line in ("a" * 53, "a" * 54, "echo " + "b" * 40 + " c d e f g", "x y " * 2000, "é" * 9000):
        html = PageState.timeline_html(SimpleNamespace(timeline=[TimelineStep(7, line, True, True, 3)]), "undone")  # type: ignore[arg-type]
        assert html == f'<option value="7" selected>3 · {escape(do_truncate(None, line, 48, leeway=5))}</option>'  # type: ignore[arg-type]
    tracemalloc.start()
    try:
        steps = [TimelineStep(v, f"{v} " + "x" * 8000, False, True, v) for v in range(1, 2001)]
        PageState.timeline_html(SimpleNamespace(timeline=steps), "undone")  # type: ignore[arg-type]
        del steps
        gc.collect()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 2_000_000  # (16 MB: the 2,000 lines)
