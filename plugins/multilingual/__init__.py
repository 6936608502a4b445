"""Six language sites from one Markdown source: registry, URLs, switcher, rendering."""

from pelican import signals

from .from_pelican import join_continued_lines
from .generator import MultilingualGenerator


def add_generator(pelican):
    """Run after Pelican's own generators, which read every file once."""
    return MultilingualGenerator


HANDLERS = (
    (signals.get_generators, add_generator),
    (signals.article_generator_context, join_continued_lines),
    (signals.page_generator_context, join_continued_lines),
)


def register():
    """Connect the plugin's handlers to Pelican's signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
