"""Contact plugin: urgent help on every page, phone numbers as `tel:` links and the
organisation's schema.org data on the home and contact pages."""

from pelican import signals

from plugins.base.settings import check_site_settings, settings_declarations
from plugins.multilingual import hooks

from .handlers import contact_context, declare_settings, item_html

HANDLERS = (
    (settings_declarations, declare_settings),
    (signals.initialized, check_site_settings),
    (hooks.page_context, contact_context),
    (hooks.item_html, item_html),
)


def register():
    """Connect the plugin's handlers to Pelican's and the multilingual signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
