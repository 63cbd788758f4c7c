"""The marks the drawing's movement is driven by (app/web/viewmodel.py; static/motion.js flies them):
a file the app saved, with the container and its draft folder; a copy-up and a whiteout; a volume
that outlived its container. Only the change that made them is marked."""

from __future__ import annotations

from app.web.viewmodel import FileEntry, LazyView
from tests.helpers import BUILD, COPY_FIX, run

SAVE = "curl -s -X POST --data-urlencode title=awesome --data-urlencode 'text=Docker is great' localhost:3000/create"
RUN = "docker run -d -p 3000:80 --name feedback-app"


def marked(entries: list[FileEntry]) -> list[tuple[str, str, str, str]]:
    return [(f.path, f.move, f.actor, f.via) for f in entries if f.move]


def test_a_save_into_the_container_layer_is_marked_from_the_app_through_temp() -> None:
    before, _ = run(BUILD, f"{RUN} feedback-node")
    after, _ = run(SAVE, world=before)
    card = LazyView(after, before, SAVE).containers[0]
    assert marked(card.rw_files) == [("app/feedback/awesome.txt", "app", "feedback-app", "/app/temp")]
    # the next change (a look with ls) marks nothing: the file is no longer new
    later, _ = run("ls", world=after)
    assert marked(LazyView(later, after, "ls").containers[0].rw_files) == []
    # the same change written otherwise (not through the app) does not travel from the app's window
    other = LazyView(after, before, "docker exec feedback-app touch /app/feedback/awesome.txt")
    assert marked(other.containers[0].rw_files) == []


def test_a_save_into_a_named_volume_is_marked_in_the_volume_and_not_in_the_layer() -> None:
    # (fs.rename cannot move the draft into another file system: the lessons switch to copyFile)
    before, _ = run(COPY_FIX, BUILD, f"{RUN} -v feedback:/app/feedback feedback-node")
    after, _ = run(SAVE, world=before)
    view = LazyView(after, before, SAVE)
    (volume,) = view.volumes
    assert marked(volume.files) == [("awesome.txt", "app", "feedback-app", "/app/temp")]
    # the draft copyFile leaves in temp/ is in the layer, new and not travelling, but marked as the
    # save's draft: it is lit with the saved copy (the narration names both)
    assert marked(view.containers[0].rw_files) == []
    assert [f.path for f in view.containers[0].rw_files if f.new and f.kind == "file"] == ["app/temp/awesome.txt"]
    assert [(f.path, f.draft) for f in view.containers[0].rw_files if f.draft] == [
        ("app/temp/awesome.txt", "feedback-app")]
    # a file written otherwise into temp/ is no draft of a save
    other = LazyView(after, before, "docker exec feedback-app touch /app/temp/awesome.txt")
    assert [f.path for f in other.containers[0].rw_files if f.draft] == []


def test_a_save_into_a_bind_mounted_folder_is_marked_in_the_project_on_the_host() -> None:
    before, _ = run(COPY_FIX, BUILD, f'{RUN} -v "$(pwd)/feedback:/app/feedback" feedback-node')
    after, _ = run(SAVE, world=before)
    view = LazyView(after, before, SAVE)
    assert marked(view.host.project) == [("feedback/awesome.txt", "app", "feedback-app", "/app/temp")]


def test_copy_up_and_whiteout_are_marked_in_the_container_layer() -> None:
    before, _ = run(BUILD, f"{RUN} feedback-node")
    line = "docker exec feedback-app sh -c 'echo x >> /app/server.js; rm /app/pages/exists.html'"
    after, _ = run(line, world=before)
    rows = marked(LazyView(after, before, line).containers[0].rw_files)
    assert ("app/server.js", "up", "feedback-app", "") in rows
    assert ("app/pages/exists.html", "hide", "feedback-app", "") in rows


def test_a_removed_container_leaves_its_volume_kept_and_its_card_leaving() -> None:
    before, _ = run(COPY_FIX, BUILD, f"{RUN} -v feedback:/app/feedback feedback-node", SAVE)
    after, _ = run("docker rm -f feedback-app", world=before)
    view = LazyView(after, before, "docker rm -f feedback-app")
    assert [(v.name, v.kept) for v in view.volumes] == [("feedback", True)]
    assert [(c.name, c.leaving) for c in view.containers] == [("feedback-app", True)]
    # a volume nobody removed a container of is not
    again, _ = run("docker volume create other", world=after)
    assert [(v.name, v.kept) for v in LazyView(again, after, "docker volume create other").volumes] == [
        ("feedback", False), ("other", False)]
