"""Old addresses keep working: redirect pages and an nginx map for `Aliases:`."""

from plugins.multilingual import hooks

from .handlers import write_redirects

HANDLERS = ((hooks.site_files, write_redirects),)


def register():
    """Connect the plugin's handlers to the multilingual plugin's signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
