"""Whiteouts per container in the drawing (issue 15): a container's whiteout is drawn as a deleted entry
that says it hides the image's file, and the image layer's file it hides says in which container it
is hidden, in words; the two share a key, so pointing at one lights the other (static/layerlab.js)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.settings import Settings
from app.store.sessions import Store
from app.web.app import create_app
from tests.helpers import BUILD

RUN = "docker run -d -p 3000:80 --name feedback-app feedback-node"
KEY = "wh:feedback-app:/app/package.json"


class Rows(HTMLParser):
    """Each file row (li.f) of a page with its attributes, its text and the panel it is drawn in."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str]] = []
        self.panel = ""
        self.open: list[dict[str, str]] = []  # the rows being read (a row holds no row)
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if a.get("id", "").endswith("-panel"):
            self.panel = a["id"]
        if tag == "li" and "f" in a.get("class", "").split():
            self.open.append({**a, "panel": self.panel, "text": ""})

    def handle_endtag(self, tag: str) -> None:
        if tag == "li" and self.open:
            row = self.open.pop()
            row["text"] = " ".join(row["text"].split())
            self.rows.append(row)

    def handle_data(self, data: str) -> None:
        if self.open:
            self.open[-1]["text"] += data


def rows(html: str, panel: str, path: str) -> list[dict[str, str]]:
    parser = Rows()
    parser.feed(html)
    return [r for r in parser.rows if r["panel"] == panel and r.get("data-path") == path]


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(Settings(), Store(f"sqlite:///{tmp_path}/t.db")), follow_redirects=False)


def session(client: TestClient, *lines: str) -> tuple[str, str]:
    """A new session after lines: its address and the answer to the last line."""
    url = client.post("/sessions").headers["location"]
    answer = ""
    for line in lines:
        r = client.post(url + "/run", data={"line": line}, headers={"HX-Request": "true"})
        assert r.status_code == 200
        answer = r.text
    return url, answer


@pytest.mark.parametrize(("lang", "hides"), [("en", "whiteout hides the image’s file"),
                                             ("ko", "whiteout 이미지의 파일을 가림")])
def test_a_containers_whiteout_is_a_deleted_entry_that_says_it_hides_the_images_file(
        client: TestClient, lang: str, hides: str) -> None:
    url, _ = session(client, BUILD, RUN, "docker exec feedback-app rm /app/package.json")
    page = client.get(f"{url}?lang={lang}").text
    (row,) = rows(page, "containers-panel", "app/package.json")
    assert "k-whiteout" in row["class"].split()  # struck through (layerlab.css)
    assert row["text"] == f"package.json {hides}"
    # focusable, and keyed to the image file it hides
    assert row["tabindex"] == "0" and row["data-place"] == KEY


@pytest.mark.parametrize(("lang", "mark"), [("en", "hidden in feedback-app"),
                                            ("ko", "feedback-app 컨테이너에서 가려짐")])
def test_the_image_file_a_whiteout_hides_says_in_which_container(client: TestClient, lang: str, mark: str) -> None:
    url, _ = session(client, BUILD, RUN)
    before = client.get(f"{url}?lang={lang}").text
    (top, lower) = rows(before, "images-panel", "/app/package.json")  # COPY . . above COPY package.json .
    assert mark not in top["text"] and "data-place" not in top
    client.post(url + "/run", data={"line": "docker exec feedback-app rm /app/package.json"},
                headers={"HX-Request": "true"})
    page = client.get(f"{url}?lang={lang}").text
    (top, lower) = rows(page, "images-panel", "/app/package.json")
    assert top["text"].endswith(mark) and top["data-place"] == KEY and top["tabindex"] == "0"
    # the copy below it was hidden by the image's own upper layer already: not by the container
    assert mark not in lower["text"] and "data-place" not in lower
    # the container's whiteout and the image's file: one key, so pointing at one lights the other
    (whiteout,) = rows(page, "containers-panel", "app/package.json")
    assert set(whiteout["data-place"].split()) & set(top["data-place"].split()) == {KEY}


def test_each_container_that_hides_the_file_is_named_and_a_removed_one_no_longer(client: TestClient) -> None:
    url, _ = session(client, BUILD, RUN, "docker run -d --name other feedback-node",
                     "docker run -d --name keeps feedback-node",
                     "docker exec feedback-app rm /app/package.json", "docker exec other rm /app/package.json")
    (top, _) = rows(client.get(url).text, "images-panel", "/app/package.json")
    assert "hidden in feedback-app" in top["text"] and "hidden in other" in top["text"]
    assert "keeps" not in top["text"]
    assert top["data-place"].split() == [KEY, "wh:other:/app/package.json"]
    client.post(url + "/run", data={"line": "docker rm -f other"}, headers={"HX-Request": "true"})
    (top, _) = rows(client.get(url).text, "images-panel", "/app/package.json")
    assert "hidden in feedback-app" in top["text"] and "hidden in other" not in top["text"]


def test_a_deleted_folder_hides_every_image_file_below_it(client: TestClient) -> None:
    url, _ = session(client, BUILD, RUN, "docker exec feedback-app rm -r /app/pages")
    page = client.get(url).text
    key = "wh:feedback-app:/app/pages"
    (whiteout,) = rows(page, "containers-panel", "app/pages")
    assert whiteout["data-place"] == key
    for path in ("/app/pages", "/app/pages/exists.html", "/app/pages/feedback.html"):
        (row,) = rows(page, "images-panel", path)
        assert row["data-place"] == key and "hidden in feedback-app" in row["text"], path
    (kept,) = rows(page, "images-panel", "/app/server.js")
    assert "data-place" not in kept and "hidden in" not in kept["text"]


def test_a_folder_deleted_and_made_again_is_opaque_and_hides_what_the_image_held_in_it(client: TestClient) -> None:
    url, _ = session(client, BUILD, RUN, "docker exec feedback-app sh -c 'rm -r /app/pages && mkdir /app/pages'")
    page = client.get(url).text
    key = "wh:feedback-app:/app/pages"
    (folder,) = rows(page, "containers-panel", "app/pages")
    assert folder["data-place"] == key and folder["text"] == "pages/ opaque"
    for path in ("/app/pages/exists.html", "/app/pages/feedback.html"):
        (row,) = rows(page, "images-panel", path)
        assert row["data-place"] == key and "hidden in feedback-app" in row["text"], path
    (same,) = rows(page, "images-panel", "/app/pages")  # the folder itself is there again
    assert "data-place" not in same


def test_a_whiteout_inside_a_folded_node_modules_joins_the_folded_rows(client: TestClient) -> None:
    url, _ = session(client, BUILD, RUN, "docker exec feedback-app rm -r /app/node_modules/express")
    page = client.get(url).text
    key = "wh:feedback-app:/app/node_modules/express"
    (mine,) = rows(page, "containers-panel", "app/node_modules")
    (image,) = rows(page, "images-panel", "/app/node_modules")
    assert mine["data-place"] == image["data-place"] == key
    assert "hidden in" not in image["text"]  # only one package of it is


def test_the_images_column_is_sent_again_when_a_container_deletes_an_image_file(client: TestClient) -> None:
    _, answer = session(client, BUILD, RUN, "docker exec feedback-app rm /app/package.json")
    (top, _) = rows(answer, "images-panel", "/app/package.json")
    assert "hidden in feedback-app" in top["text"]
    # and not when it writes a file of its own
    _, answer = session(client, BUILD, RUN, "docker exec feedback-app touch /app/new.txt")
    assert 'id="images-panel"' not in answer


class BaseRows(HTMLParser):
    """The text and attributes of each image's base-layers row (li.layer.base), by image card id."""

    def __init__(self) -> None:
        super().__init__()
        self.card = ""
        self.rows: dict[str, dict[str, str]] = {}
        self.open: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "article" and a.get("id", "").startswith("img-"):
            self.card = a["id"]
        if tag == "li" and "base" in a.get("class", "").split():
            self.open = {**a, "text": ""}

    def handle_endtag(self, tag: str) -> None:
        if tag == "li" and self.open is not None:
            self.open["text"] = " ".join(self.open["text"].split())
            self.rows[self.card], self.open = self.open, None

    def handle_data(self, data: str) -> None:
        if self.open is not None:
            self.open["text"] += data


@pytest.mark.parametrize(("lang", "mark"), [("en", "/etc/passwd hidden in feedback-app"),
                                            ("ko", "/etc/passwd: feedback-app 컨테이너에서 가려짐")])
def test_a_file_of_the_base_image_a_whiteout_hides_is_named_on_the_base_layers_row(
        client: TestClient, lang: str, mark: str) -> None:
    url, _ = session(client, BUILD, RUN, "docker exec feedback-app rm /etc/passwd")
    parser = BaseRows()
    parser.feed(client.get(f"{url}?lang={lang}").text)
    key = "wh:feedback-app:/etc/passwd"
    # the base layers of feedback-node, and node:14's own card: they hold the file
    assert len(parser.rows) == 2
    for row in parser.rows.values():
        assert row["text"].endswith(mark) and row["data-place"] == key and row["tabindex"] == "0"
    (whiteout,) = rows(client.get(url).text, "containers-panel", "etc/passwd")
    assert whiteout["data-place"] == key
    # a whiteout of a file the image's own steps made is not the base image's
    url, _ = session(client, BUILD, RUN, "docker exec feedback-app rm /app/package.json")
    parser = BaseRows()
    parser.feed(client.get(url).text)
    assert all("data-place" not in row and "hidden in" not in row["text"] for row in parser.rows.values())


def table_rows(html: str) -> list[list[str]]:
    """The cells of each row of the table of where every file lives (the first table of #table-panel)."""
    panel = html[html.index('id="table-panel"'):]
    body = panel[panel.index("<tbody>"):panel.index("</tbody>")]
    rows = []
    for row in body.split("<tr")[1:]:
        cells = [c.split("</td>")[0] for c in row.split("<td>")[1:]]
        rows.append([" ".join(c.split()) for c in cells])
    return rows


@pytest.mark.parametrize(("lang", "whiteout", "opaque"), [
    ("en", "read-write layer (whiteout): hides the image’s file",
     "read-write layer (opaque): hides what the image holds in this folder"),
    ("ko", "읽기-쓰기 레이어 (whiteout): 이미지의 파일을 가림", "읽기-쓰기 레이어 (불투명 폴더): 이미지가 이 폴더에 가진 것을 가림")])
def test_the_table_names_what_a_container_deleted_from_its_image(client: TestClient, lang: str, whiteout: str,
                                                                 opaque: str) -> None:
    """A screen reader reads the drawing as a table: a deleted image file is a row there too, not only a
    struck-through entry, or the table says nothing of where the deletion lives."""
    url, _ = session(client, BUILD, RUN, "docker exec feedback-app rm /app/package.json",
                     "docker exec feedback-app sh -c 'rm -r /app/pages && mkdir /app/pages'")
    rows = table_rows(client.get(f"{url}?lang={lang}").text)
    assert ["/app/package.json", "feedback-app", whiteout] in rows
    assert ["/app/pages", "feedback-app", opaque] in rows
    # the file itself is gone from what the container sees
    assert not any(r[0] == "/app/package.json" and r[2] != whiteout for r in rows)


def test_a_base_folder_deleted_and_made_again_is_named_on_the_base_layers_row(client: TestClient) -> None:
    """An opaque folder hides what the base layers hold in it, as a whiteout hides a file."""
    url, _ = session(client, BUILD, RUN, "docker exec feedback-app sh -c 'rm -rf /usr/local && mkdir /usr/local'")
    parser = BaseRows()
    parser.feed(client.get(url).text)
    key = "wh:feedback-app:/usr/local"
    assert len(parser.rows) == 2
    for row in parser.rows.values():
        assert row["text"].endswith("/usr/local/ hidden in feedback-app") and row["data-place"] == key
    (folder,) = rows(client.get(url).text, "containers-panel", "usr/local")
    assert folder["data-place"] == key and folder["text"] == "local/ opaque"
    # a folder made again that held nothing of the base's hides nothing there
    url, _ = session(client, BUILD, RUN, "docker exec feedback-app sh -c 'rm -r /app/pages && mkdir /app/pages'")
    parser = BaseRows()
    parser.feed(client.get(url).text)
    assert all("data-place" not in row and "hidden in" not in row["text"] for row in parser.rows.values())
