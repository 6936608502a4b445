"""Text as editors type it: dates, Word bullets, lists, bare addresses and table
alignment render as the editor meant, nothing changed silently.

This capability is a Python-Markdown extension (see `markdown_ext.py`), enabled in
the MARKDOWN setting; it needs no Pelican signal.
"""


def register():
    """Nothing to connect: the Markdown extension is configured in MARKDOWN."""
