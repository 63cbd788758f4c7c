"""Image references (distribution/reference rules) and container/volume name rules."""

from __future__ import annotations

import re

_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*"
_DOMAIN = r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?|localhost)"
_TAG = r"[\w][\w.-]{0,127}"
_REF = re.compile(
    rf"^(?:(?P<domain>{_DOMAIN})/)?(?P<path>{_COMPONENT}(?:/{_COMPONENT})*)"
    rf"(?::(?P<tag>{_TAG}))?(?:@(?P<digest>sha256:[0-9a-f]{{64}}))?$"
)

NAME_CHARS = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$")
CONTAINER_NAME = re.compile(r"^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$")


class RefError(Exception):
    pass


def parse_ref(ref: str) -> tuple[str, str, str]:
    """(repository as shown locally, tag, digest) for an image reference, or RefError.

    Repository keeps the short form people see in `docker images` (node, not
    docker.io/library/node).
    """
    m = _REF.match(ref)
    if m is None:
        lowered = _REF.match(ref.lower()) if ref else None
        if lowered is not None and ref != ref.lower():
            name = ref.split("@")[0]
            if ":" in name.rsplit("/", 1)[-1]:
                name = name.rsplit(":", 1)[0]
            if "/" not in name:
                name = "library/" + name
            raise RefError(f"invalid reference format: repository name ({name}) must be lowercase")
        raise RefError("invalid reference format")
    domain, path = m.group("domain"), m.group("path")
    if domain and "." not in domain and ":" not in domain and domain != "localhost":
        # "a/b": the first component is part of the path, not a registry.
        path = f"{domain.lower()}/{path}" if domain == domain.lower() else None  # type: ignore[assignment]
        if path is None:
            raise RefError("invalid reference format")
        domain = None
    if domain in ("docker.io", "index.docker.io"):
        domain = None
    repo = path
    if domain is None and repo.startswith("library/"):
        repo = repo[len("library/"):]
    if domain:
        repo = f"{domain}/{repo}"
    return repo, m.group("tag") or "", m.group("digest") or ""


def normalize_tag(ref: str) -> str | None:
    """'node' -> 'node:latest'; None when ref is not a valid name."""
    try:
        repo, tag, digest = parse_ref(ref)
    except RefError:
        return None
    if digest and not tag:
        return None
    return f"{repo}:{tag or 'latest'}"


def full_name(repo: str) -> str:
    """docker.io/library/node for node (BuildKit and pull messages use it)."""
    if "/" not in repo:
        return f"docker.io/library/{repo}"
    first = repo.split("/", 1)[0]
    if "." in first or ":" in first or first == "localhost":
        return repo
    return f"docker.io/{repo}"
