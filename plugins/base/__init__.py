"""The base layer: what every plugin and tool builds on; imports nothing else of the project."""
