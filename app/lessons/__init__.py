"""Lessons: data folders (lesson.toml plus en.md and ko.md) and the checker that evaluates goals."""
