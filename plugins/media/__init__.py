"""Photos and documents as a ministry publishes them: every picture re-encoded
without metadata in several widths and formats, every linked document labelled
with its type, size and pages."""

from pelican import signals

from plugins.base.settings import check_site_settings, settings_declarations
from plugins.multilingual import hooks

from .handlers import declare_settings, item_html, process_statics

HANDLERS = (
    (settings_declarations, declare_settings),
    (signals.initialized, check_site_settings),
    (signals.all_generators_finalized, process_statics),
    (hooks.item_html, item_html),
)


def register():
    """Connect the plugin's handlers to Pelican's and the multilingual signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
