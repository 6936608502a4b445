"""Accessibility plugin: the accessibility statement of every language site."""

from pelican import signals

from plugins.base.settings import check_site_settings, settings_declarations
from plugins.multilingual import hooks

from .handlers import (
    chooser_statement_link,
    declare_settings,
    statement_link,
    statement_page,
)

HANDLERS = (
    (settings_declarations, declare_settings),
    (signals.initialized, check_site_settings),
    (hooks.language_pages, statement_page),
    (hooks.page_context, statement_link),
    (hooks.chooser_links, chooser_statement_link),
)


def register():
    """Connect the plugin's handlers to Pelican's and the multilingual signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
