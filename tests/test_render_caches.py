"""The render caches never serve what is out of date: every region drawn through them is what a
renderer with nothing kept draws, version after version."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

import pytest

from app.engine import initial_world
from app.engine.views import ContainerView
from app.settings import Settings
from app.store.sessions import Store
from app.web import viewmodel
from app.web.page import build_state
from app.web.render import Renderer, kept_listing
from app.web.viewmodel import FileEntry
from tests.helpers import BUILD, run

# The course's mix and more: volumes, binds, tmpfs, writes inside containers, the clock moving on
# with nothing else changing, images retagged and removed, a container leaving, the terminal going
# inside a container's shell and out.
LINES = [
    BUILD,
    "docker run -d -p 3000:80 --name web -v notes:/app/feedback feedback-node",
    "curl -s -X POST --data-urlencode title=awesome --data-urlencode 'text=Docker is great' localhost:3000/create",
    "ls feedback",
    "curl -s -X POST --data-urlencode title=again --data-urlencode 'text=and again' localhost:3000/create",
    "docker ps",
    "docker ps",
    "docker exec web sh -c 'echo hi > /app/temp/x.txt'",
    "docker exec web sh -c 'echo hi > /app/feedback/n.txt'",
    "docker exec -it web sh",  # the terminal goes inside web: its card is marked
    "touch /app/inside.txt",
    "exit",
    "docker run -it --name bx busybox sh",
    "touch /x",
    "exit",
    "docker run -d --name bound -v \"$(pwd)\":/app -v /app/node_modules --tmpfs /app/temp feedback-node",
    "echo changed > server.js",
    "touch notes.txt",
    "docker ps",
    "docker exec bound sh -c 'echo t > /app/temp/t'",
    "docker tag feedback-node other:1",
    "docker rmi feedback-node",
    "docker tag other:1 feedback-node",
    "docker rmi node:14",
    "docker stop web",
    "docker start web",
    "docker rm -f bound",
    "docker stop web",
    "docker rm web",
    "docker volume ls",
    "docker rmi other:1",
    "docker volume rm notes",
    "docker images",
]


@pytest.mark.parametrize("still", [False, True])
def test_a_kept_container_card_is_the_card_built_afresh(still: bool) -> None:
    """`still`: the clock is held, so no status moves on and only what the command did tells one
    card from the one before."""
    world, before = initial_world(0), None
    for line in LINES:
        before, world = world, run(line, world=world)[1][0].world
        if still:
            world.clock = initial_world(0).clock
        kept = [viewmodel.build_container(world, c, before) for c in world.containers.values()]
        # a card built for the world before (a container leaving) is kept apart from this one's
        leaving = [viewmodel.build_container(before, c, None) for c in before.containers.values()]
        for cache in (viewmodel._CARDS, viewmodel._WALKS):
            cache.drop(lambda _: False)  # nothing kept
        assert kept == [viewmodel._build_container(world, c, before) for c in world.containers.values()], line
        for card, c in zip(kept, world.containers.values(), strict=True):  # the merged tree, walked as it was
            walked: list[FileEntry] = []
            image = world.images.get(c.image_id)
            viewmodel._walk_merged(world, c, ContainerView(world, c), c.workdir, 0,
                                   world.image_layers(image) if image else [], walked, before.containers.get(c.id))
            assert card.tree == walked, line
        assert leaving == [viewmodel._build_container(before, c, None) for c in before.containers.values()], line


def test_a_kept_listing_is_drawn_again_when_any_field_of_an_entry_changes(tmp_path: Path) -> None:
    renderer = Renderer(Store(f"sqlite:///{tmp_path}/l.db"))
    env = renderer.envs["en"]
    macro = env.get_template("_macros.html").module.files  # type: ignore[attr-defined]
    files = kept_listing(env)
    entry = FileEntry("app/a.txt", "a.txt", 1, "file", "volume", "notes", "1 B", "copied-up", False, "hi")
    other = {str: "x", int: 3, bool: True, tuple: ("x",)}
    for f in fields(FileEntry):
        changed = replace(entry, **{f.name: other[type(getattr(entry, f.name))]})
        for shown in (True, False):
            assert files([entry], "empty", shown) == macro([entry], "empty", shown), f.name
            assert files([changed], "empty", shown) == macro([changed], "empty", shown), f.name
    assert files([], "nothing here") == macro([], "nothing here")
    assert files([entry], "", False, "host-p-", "dir:/x/") == macro([entry], "", False, "host-p-", "dir:/x/")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_regions_drawn_through_the_caches_are_those_drawn_with_nothing_kept(tmp_path: Path, lang: str) -> None:
    store = Store(Settings(database_url=f"sqlite:///{tmp_path}/r.db").database_url)
    kept = Renderer(store)
    session = store.create_session("sandbox", seed=1)
    kept.draw(session, lang, "owner")
    for line in LINES:
        session = store.run_command(session.id or 0, line).session
        drawn = kept.regions(session, lang, "owner")
        for cache in (viewmodel._CARDS, viewmodel._WALKS):
            cache.drop(lambda _: False)  # nothing kept anywhere
        fresh = Renderer(store)._draw_regions(kept.render_key(session, lang, "owner"),
                                              build_state(store, session, lang, "owner"), lang)
        assert drawn == fresh, line


def test_a_kept_terminal_is_the_terminal_drawn_afresh() -> None:
    """page._terminal extends the terminal it kept for the chain's previous tip: whatever the chain
    (a `clear`, outputs that cross TERMINAL_LINES, branches after an undo), it gives what walking the
    chain from its tip gives."""
    import json as _json

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from app.store.models import Event
    from app.web import page

    def event(version: int, parent: int, line: str, lines: int) -> Event:
        output = _json.dumps([[1, f"{line} {k}"] for k in range(lines)])
        return Event(version, 1, version, "cmd", line, None, parent, version, 0, output, 0.0)

    # (sizes that sum to TERMINAL_LINES exactly, where an entry is kept or dropped)
    sizes = st.sampled_from([0, 1, 99, 199, 399, 400, 37])
    steps = st.lists(st.tuples(st.sampled_from(["ls", "ls", "clear", "cat big"]), sizes, st.integers(0, 3)),
                     min_size=1, max_size=25)

    @settings(max_examples=150, deadline=None)
    @given(steps)
    def check(script: list[tuple[str, int, int]]) -> None:
        events: list[Event] = []
        tips = [0]
        for line, lines, back in script:
            parent = tips[max(0, len(tips) - 1 - back)]  # sometimes on an older tip: a branch
            e = event(len(events) + 1, parent, line, lines)
            events.append(e)
            tips.append(e.version)
            chain = Store.chain(None, events, e.version)  # type: ignore[arg-type]
            kept = page._terminal(chain)
            page._TERMINALS._items.clear()  # the same chain, drawn with nothing kept
            fresh = page._terminal(chain)
            assert kept == fresh
            page._terminal(chain)  # kept again, for the next step to extend

    check()
