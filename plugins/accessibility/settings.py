"""The ACCESSIBILITY_ settings, declared once (validated with every plugin's at start).

Pure: no Pelican imports.
"""

from collections.abc import Mapping

from plugins.base.languages import KNOWN_LANGUAGES
from plugins.base.settings import (
    CrossCheck,
    Declaration,
    Option,
    day,
    iso_day,
    one_of,
)

from .core import STATUSES


def review_problems(settings: Mapping[str, object]) -> list[str]:
    """A statement cannot be reviewed before it was prepared."""
    prepared = iso_day(settings["ACCESSIBILITY_PREPARED"])
    reviewed = iso_day(settings["ACCESSIBILITY_REVIEWED"])
    if reviewed is None or prepared is None or reviewed >= prepared:
        return []
    return [
        f"ACCESSIBILITY_REVIEWED: {settings['ACCESSIBILITY_REVIEWED']!r} is before "
        f"ACCESSIBILITY_PREPARED {settings['ACCESSIBILITY_PREPARED']!r}. Expected "
        "the same day or later."
    ]


def contact_problems(settings: Mapping[str, object]) -> list[str]:
    """Languages whose MULTILINGUAL_SITE gives no e-mail or phone for feedback."""
    site = settings.get("MULTILINGUAL_SITE") or {}
    problems = []
    for code in settings.get("MULTILINGUAL_LANGUAGES", ()):
        # A generated language (sr-Latn) takes its site information from its source.
        source = KNOWN_LANGUAGES.get(code, {}).get("generated_from")
        info = site.get(code) or site.get(source) or {}
        if isinstance(info, dict) and not (info.get("email") or info.get("phone")):
            problems.append(
                f"MULTILINGUAL_SITE[{code!r}]: no 'email' or 'phone'. Expected at "
                "least one: the accessibility statement gives it for feedback."
            )
    return problems


DECLARATION = Declaration(
    prefix="ACCESSIBILITY_",
    options=(
        Option(
            "ACCESSIBILITY_STATUS",
            "partial",
            one_of(STATUSES),
            'How far the site meets WCAG 2.1 AA (EN 301 549): "full", "partial" or '
            '"none". Say "full" only when nothing is left on the statement\'s list.',
        ),
        Option(
            "ACCESSIBILITY_PREPARED",
            "",
            day("the day the statement was prepared, e.g. '2026-11-23'"),
            'The day the statement was prepared, "2026-11-23" (required: the statement '
            "must give it, and a build date would change with every build).",
        ),
        Option(
            "ACCESSIBILITY_REVIEWED",
            "",
            day(
                "the day the statement was last reviewed, e.g. '2027-03-01', or ''",
                empty=True,
            ),
            'The day it was last reviewed, "" when it has not been reviewed since.',
        ),
    ),
    cross_checks=(
        CrossCheck(
            ("ACCESSIBILITY_PREPARED", "ACCESSIBILITY_REVIEWED"), review_problems
        ),
        CrossCheck(("MULTILINGUAL_LANGUAGES", "MULTILINGUAL_SITE"), contact_problems),
    ),
)
