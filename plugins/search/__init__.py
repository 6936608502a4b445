"""Search per language without a server: a Pagefind index built with every site."""

from pelican import signals

from plugins.base.settings import check_site_settings, settings_declarations
from plugins.multilingual import hooks

from .handlers import declare_settings, search_bundle, search_context, search_pages

HANDLERS = (
    (settings_declarations, declare_settings),
    (signals.initialized, check_site_settings),
    (hooks.language_pages, search_pages),
    (hooks.page_context, search_context),
    (hooks.site_files, search_bundle),
)


def register():
    """Connect the plugin's handlers to Pelican's and the multilingual signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
