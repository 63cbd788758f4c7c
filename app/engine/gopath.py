"""Go's path/filepath functions on Linux, and go-archive's trailing '/' and '/.' rules
(moby/go-archive copy.go) that docker cp decides with."""

from __future__ import annotations

import posixpath


def go_clean(path: str) -> str:
    """filepath.Clean: "" is ".", and a leading '//' is one '/'."""
    if not path:
        return "."
    cleaned = posixpath.normpath(path)
    return "/" + cleaned.lstrip("/") if cleaned.startswith("//") else cleaned


def go_join(*parts: str) -> str:
    """filepath.Join: the non-empty parts joined by '/', then cleaned ("" when all are empty)."""
    kept = [p for p in parts if p]
    return go_clean("/".join(kept)) if kept else ""


def go_base(path: str) -> str:
    """filepath.Base: the last element, trailing slashes dropped ("." for "", "/" for slashes only)."""
    if not path:
        return "."
    path = path.rstrip("/")
    return path.rsplit("/", 1)[-1] if path else "/"


def go_dir(path: str) -> str:
    """filepath.Dir: everything but the last element, cleaned."""
    return go_clean(path[:path.rfind("/") + 1])


def specifies_current_dir(path: str) -> bool:
    return go_base(path) == "."


def asserts_directory(path: str) -> bool:
    """A path that says it is a directory: a trailing '/' or a last element '.'."""
    return path.endswith("/") or specifies_current_dir(path)


def preserve_trailing(cleaned: str, original: str) -> str:
    """PreserveTrailingDotOrSeparator: cleaned, given back the '/.' or '/' original ended with."""
    if not specifies_current_dir(cleaned) and specifies_current_dir(original):
        if not cleaned.endswith("/"):
            cleaned += "/"
        cleaned += "."
    if not cleaned.endswith("/") and original.endswith("/"):
        cleaned += "/"
    return cleaned


def split_path_dir_entry(path: str) -> tuple[str, str]:
    """SplitPathDirEntry: (directory, last element) of the cleaned path, a final '.' kept."""
    cleaned = go_clean(path)
    if specifies_current_dir(path):
        cleaned += "/."
    return go_dir(cleaned), go_base(cleaned)
