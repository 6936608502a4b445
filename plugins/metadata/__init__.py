"""Metadata plugin: link previews, /favicon.ico and robots.txt."""

from pelican import signals

from plugins.base.settings import check_site_settings, settings_declarations
from plugins.multilingual import hooks

from .handlers import declare_settings, open_graph, site_files

HANDLERS = (
    (settings_declarations, declare_settings),
    (signals.initialized, check_site_settings),
    (hooks.page_context, open_graph),
    (hooks.site_files, site_files),
)


def register():
    """Connect the plugin's handlers to Pelican's and the multilingual signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
