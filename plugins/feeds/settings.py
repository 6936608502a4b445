"""The FEEDS_ settings, declared once (validated with every plugin's at start).

Pure: no Pelican imports.
"""

from plugins.base.settings import Declaration, Option, boolean, one_of, whole_number
from plugins.feeds.core import CONTENT_MODES

DECLARATION = Declaration(
    prefix="FEEDS_",
    options=(
        Option(
            "FEEDS_LIMIT",
            50,
            whole_number(1),
            "How many of the newest items each feed holds.",
        ),
        Option(
            "FEEDS_CONTENT",
            "full",
            one_of(CONTENT_MODES),
            '"full": summary and full text of every item; "summary": the summary only.',
        ),
        Option(
            "FEEDS_INCLUDE_UNTRANSLATED",
            False,
            boolean(),
            "Also put items that exist only in other languages into a language's feeds "
            "(the ones its lists show when MULTILINGUAL_LIST_UNTRANSLATED is on).",
        ),
        Option(
            "FEEDS_ALL_LANGUAGES",
            False,
            boolean(),
            "Write feeds/all-languages.atom.xml: every authored item of every "
            "language.",
        ),
    ),
)
