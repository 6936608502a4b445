"""Editors' safety net: content checks before every build, and the HTML sanitiser."""

from pelican import signals

from plugins.base.settings import check_site_settings

from .handlers import check_before_build

# The checks run first in PLUGINS: every plugin's settings are validated before
# they read any content (the validation runs once, whichever plugin connects it).
HANDLERS = (
    (signals.initialized, check_site_settings),
    (signals.initialized, check_before_build),
)


def register():
    """Connect the plugin's handlers to Pelican's signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
