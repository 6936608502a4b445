"""The base layer: languages, items, URL, path, slug and alias rules, event times,
the sanitiser. Imports nothing else of the project; every plugin and tool builds on it.
"""
