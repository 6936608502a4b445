"""Figures and galleries: Markdown images become <figure> with a visible caption.

This capability is a Python-Markdown extension (see `markdown_ext.py`), enabled in
the MARKDOWN setting; it needs no Pelican signal.
"""


def register():
    """Nothing to connect: the Markdown extension is configured in MARKDOWN."""
