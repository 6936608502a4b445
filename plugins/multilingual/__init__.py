"""Six language sites from one Markdown source: registry, URLs, switcher, rendering."""

from pelican import signals

from .from_pelican import join_continued_lines
from .generator import MultilingualGenerator
from .settings import SettingsError, settings_problems, with_defaults


def add_generator(pelican):
    """Run after Pelican's own generators, which read every file once."""
    return MultilingualGenerator


def check_settings(pelican):
    """Stop before any content is read (Pelican's readers use TIMEZONE too)."""
    problems = settings_problems(pelican.settings, with_defaults(pelican.settings))
    if problems:
        raise SettingsError("\n".join(problems))


HANDLERS = (
    (signals.initialized, check_settings),
    (signals.get_generators, add_generator),
    (signals.article_generator_context, join_continued_lines),
    (signals.page_generator_context, join_continued_lines),
)


def register():
    """Connect the plugin's handlers to Pelican's signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
