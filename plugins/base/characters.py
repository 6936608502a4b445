"""Characters no text of the site may hold, and how a message quotes a long value.

The content checks report them at file:line; the build refuses them again where
content enters it (plugins/multilingual/from_pelican.py).
"""

import re

# C0 and C1 controls except tab and newline (a carriage return is a newline too):
# lxml refuses most of them, so a feed or page would fail to build.
CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
# Bidirectional embeddings, overrides and isolates: they reorder what readers see
# ("Trojan Source"), e.g. a title that shows a different name than it holds.
BIDI_CONTROL = "\u202a-\u202e\u2066-\u2069"
# Zero-width characters: invisible in a title, a slug or a tag, but they make two
# equal-looking values differ (a translation no longer finds its original).
ZERO_WIDTH = "\u200b-\u200d\u2060\ufeff"
ANYWHERE = re.compile(f"[{CONTROL}{BIDI_CONTROL}]")
IN_METADATA = re.compile(f"[{CONTROL}{BIDI_CONTROL}{ZERO_WIDTH}]")


def shorten(text: str, limit: int = 60) -> str:
    """Cut long text for a message, marking the cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
