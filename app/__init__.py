"""layerlab: see where a container's data lives."""

__version__ = "0.1.0"
