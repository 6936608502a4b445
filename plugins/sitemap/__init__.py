"""sitemap.xml at the output root: every page of every language with its alternates."""

from plugins.multilingual import hooks

from .handlers import write_sitemap

HANDLERS = ((hooks.site_files, write_sitemap),)


def register():
    """Connect the plugin's handlers to the multilingual plugin's signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
