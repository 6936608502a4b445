"""Six language sites from one Markdown source: registry, URLs, switcher, rendering."""

from pelican import signals

from .generator import MultilingualGenerator


def add_generator(pelican):
    """Run after Pelican's own generators, which read every file once."""
    return MultilingualGenerator


HANDLERS = ((signals.get_generators, add_generator),)


def register():
    """Connect the plugin's handlers to Pelican's signals."""
    for signal, handler in HANDLERS:
        signal.connect(handler)
