"""Photos and documents as a ministry publishes them: every picture re-encoded
without metadata in several widths and formats, every linked document labelled
with its type, size and pages."""

from pelican import signals

from plugins.multilingual import hooks

from .handlers import check_settings, item_html, process_statics

HANDLERS = (
    (signals.initialized, check_settings),
    (signals.all_generators_finalized, process_statics),
    (hooks.item_html, item_html),
)


def register():
    """Connect the plugin's handlers to Pelican's and the multilingual signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
