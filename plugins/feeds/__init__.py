"""Feeds plugin: RSS 2.0 and Atom feeds per language, section and tag."""

from pelican import signals

from plugins.base.settings import check_site_settings, settings_declarations
from plugins.multilingual import hooks

from .handlers import declare_settings, feeds_page, page_feeds, write_feeds

HANDLERS = (
    (settings_declarations, declare_settings),
    (signals.initialized, check_site_settings),
    (hooks.language_pages, feeds_page),
    (hooks.page_context, page_feeds),
    (hooks.site_files, write_feeds),
)


def register():
    """Connect the plugin's handlers to Pelican's and the multilingual signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
