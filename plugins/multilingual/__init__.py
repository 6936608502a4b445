"""Six language sites from one Markdown source: registry, URLs, switcher, rendering."""

from pelican import signals

from plugins.base.settings import (
    Declaration,
    check_site_settings,
    settings_declarations,
)

from .from_pelican import (
    categorise_drafts,
    drop_unwritten_tags,
    join_continued_lines,
    written_by_the_registry,
)
from .generator import MultilingualGenerator
from .settings import DECLARATION


def add_generator(pelican):
    """Run after Pelican's own generators, which read every file once."""
    return MultilingualGenerator


def declare_settings(sender) -> Declaration:
    """`settings_declarations` receiver: the MULTILINGUAL_ options and the checks of
    Pelican's settings, validated before any content is read (Pelican's readers use
    TIMEZONE too)."""
    return DECLARATION


HANDLERS = (
    (settings_declarations, declare_settings),
    (signals.initialized, check_site_settings),
    (signals.get_generators, add_generator),
    (signals.content_object_init, written_by_the_registry),
    (signals.article_generator_context, join_continued_lines),
    (signals.page_generator_context, join_continued_lines),
    (signals.article_generator_finalized, categorise_drafts),
    (signals.article_generator_finalized, drop_unwritten_tags),
)


def register():
    """Connect the plugin's handlers to Pelican's signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
