"""The pure simulation: no I/O, no web, no database; deterministic for a given seed."""

from .engine import Result, apply, initial_world

__all__ = ["Result", "apply", "initial_world"]
