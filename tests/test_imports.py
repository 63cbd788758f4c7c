"""The packages import one way (issue 14): no cycle among app's modules' top-level imports, the engine
imports nothing outside itself, and the tutor never imports the web layer."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).parents[1] / "app"
# Edges of a cycle still to be cut, each with why (none today: the tools' common parts moved to
# toolkit.py, below the shell and the tools alike).
KNOWN: dict[tuple[str, str], str] = {}


def _module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The app modules a module imports when it is loaded (top level only; not under TYPE_CHECKING,
    not inside functions)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found |= {f"{module}.{a.name}" for a in node.names}  # `from . import x` names a module
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in APP.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for imported in _imports(path):
            if imported in modules and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            # `from . import x` names the module's own package, whose __init__ is already being loaded
            # when one of its modules is: that is how packages are made, not a cycle
            if node.startswith(nxt + ".") or (node, nxt) in KNOWN:
                continue
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_app_modules_import_without_a_cycle() -> None:
    cycle = _cycle(_graph())
    assert cycle is None, " -> ".join(cycle or [])


def test_the_cycle_finder_finds_one() -> None:
    assert _cycle({"a.x": {"a.y"}, "a.y": {"a.z"}, "a.z": {"a.x"}}) == ["a.x", "a.y", "a.z", "a.x"]
    assert _cycle({"a.x": {"a.y"}, "a.y": set()}) is None


def test_the_engine_and_the_tutor_import_one_way() -> None:
    graph = _graph()
    for name, targets in graph.items():
        if name.startswith("app.engine"):
            assert all(t.startswith("app.engine") for t in targets), (name, targets)
        if name.startswith("app.tutor"):
            assert not any(t.startswith("app.web") for t in targets), (name, targets)


def test_the_readme_layout_names_every_module() -> None:
    """README's Layout has a line for every module (issue 14), so a newcomer can find each one."""
    readme = (APP.parent / "README.md").read_text()
    layout = readme[readme.index("## Layout"):]
    unnamed = [str(p.relative_to(APP)) for p in sorted(APP.rglob("*.py"))
               if p.name != "__init__.py" and p.parent.name != "tools" and p.name not in layout]
    assert unnamed == []
