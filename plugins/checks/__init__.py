"""Editors' safety net: content checks before every build, and the HTML sanitiser."""

from pelican import signals

from .handlers import check_before_build

HANDLERS = ((signals.initialized, check_before_build),)


def register():
    """Connect the plugin's handlers to Pelican's signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
