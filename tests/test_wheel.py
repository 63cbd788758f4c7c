"""The wheel carries everything `layerlab serve` needs: templates, static files, lessons, catalogs."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_the_wheel_alone_serves_pages(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True)
    wheel = next((tmp_path / "dist").glob("layerlab-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("app/templates/session.html", "app/static/layerlab.css",
                   "app/static/vendor/htmx.min.js", "app/web/locales/ko/LC_MESSAGES/messages.po",
                   "app/lessons/data/02-demo-app/lesson.toml", "app/engine/data/docker_cli.json",
                   "app/engine/project/server.js"):
        assert needed in names, needed
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "from fastapi.testclient import TestClient\n"
        "from app.settings import Settings\nfrom app.store.sessions import Store\nfrom app.web.app import create_app\n"
        f"c = TestClient(create_app(Settings(), Store('sqlite:///{tmp_path}/w.db')), follow_redirects=False)\n"
        "token = c.post('/lessons/demo-app').headers['location'].rsplit('/', 1)[1]\n"
        "page = c.get(f'/s/{token}?lang=ko').text\n"
        "assert '호스트' in page and 'class=\"goal\"' in page, page[:500]\n"
        "assert c.get('/static/vendor/htmx.min.js').status_code == 200\n"
        "import app.web.render as m; assert str(m.TEMPLATES).startswith(" + repr(str(site)) + ")\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env={"PYTHONPATH": str(site), "PATH": "/usr/bin"},
                         capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr[-2000:]
