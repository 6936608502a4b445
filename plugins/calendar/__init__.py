"""Calendar of news and events: month pages, iCalendar feeds and schema.org data."""

from pelican import signals

from plugins.base.settings import check_site_settings, settings_declarations
from plugins.multilingual import hooks

from .handlers import (
    calendar_context,
    calendar_files,
    calendar_pages,
    declare_settings,
)

HANDLERS = (
    (settings_declarations, declare_settings),
    (signals.initialized, check_site_settings),
    (hooks.language_pages, calendar_pages),
    (hooks.site_files, calendar_files),
    (hooks.page_context, calendar_context),
)


def register():
    """Connect the plugin's handlers to Pelican's and the multilingual signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
