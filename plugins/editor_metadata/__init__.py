"""Metadata in the editors' own words: `Název:`, `Datums:`, `Заглавие:` read as
`Title:` and `Date:`, and straight quotes around a whole title removed.

This capability is a Python-Markdown extension (see `markdown_ext.py`), enabled in
the MARKDOWN setting; it needs no Pelican signal.
"""


def register():
    """Nothing to connect: the Markdown extension is configured in MARKDOWN."""
