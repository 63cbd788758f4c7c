"""Persistence: sessions as ordered logs of command lines (SQLModel), and world snapshots."""
