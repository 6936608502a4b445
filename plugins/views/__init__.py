"""Text-only and print versions of every page, and e-mail share links."""

from plugins.multilingual import hooks

from .handlers import page_helpers, page_variants

HANDLERS = (
    (hooks.page_variants, page_variants),
    (hooks.page_context, page_helpers),
)


def register():
    """Connect the plugin's handlers to the multilingual plugin's signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
