"""Dates written at the start of a line: "9. martā", "15. ledna 2027", "2024. gadā".

Markdown reads a number, a dot and a space at the start of a line as a numbered
list, so readers would see "1." instead of the date. This module tells, for a
language of the site, whether the words after such a number make it a date; the
Markdown extension keeps those numbers as text and the checks warn about the rest.
Month names come from CLDR (Babel); the words for "year" are the editors' own.
"""

import re
from functools import cache

from babel import Locale

from plugins.base.languages import KNOWN_LANGUAGES, normalise_code

# A line that Markdown would start a numbered list with: optional indentation,
# quote and bullet markers, then "9. ". `rest` is the text after the number.
NUMBERED_LINE = re.compile(
    r"^(?P<lead>[ ]{0,3}(?:[>*+-][ \t]+)*)(?P<number>\d{1,9})\.(?P<space>[ \t]+)"
    r"(?P<rest>\S.*)$"
)
# "2024. gadā", "2024. godine": what follows a year in each language. English
# writes "in 2024", never a year with a dot.
YEAR_WORDS = {
    "lv": ("gadā", "gada", "gadam", "gads", "g."),
    "cs": ("roce", "roku"),  # not "rok": "1. rok studia" is a list item
    "sr-Cyrl": ("године", "годину", "г.", "godine", "godinu", "g."),
    "sr-Latn": ("godine", "godinu", "g.", "године", "годину", "г."),
    "bg": ("година", "годината", "г."),
    "uk": ("році", "року", "р."),
    "en": (),
}
# "15. 1. 2027", "9. 3." : a day, then the month as a number (cs, sr, sk write so).
NUMERIC_MONTH = re.compile(r"(?:0?[1-9]|1[0-2])\.(?:[ \t]*\d{4}\b|[ \t]|$)")
FIRST_WORD = re.compile(r"(?P<word>[^\W\d_]+)(?P<dot>\.?)")
YEAR_AFTER = re.compile(r"[ \t]+\d{4}\b")
LAST_DAY = 31
# A month's stem keeps at least 3 letters; case endings add at most 3 ("-ого").
STEM_LETTERS = 3
ENDING_LETTERS = 3


def language_of(lang: str, default: str = "") -> str:
    """The site language code of what an editor wrote in `Lang:` ("sr" -> sr-Cyrl)."""
    return normalise_code(lang) or normalise_code(default) or ""


def _locales(code: str) -> tuple[str, ...]:
    """The CLDR locales whose month names editors of this language may write:
    Serbian editors write both scripts, whatever the file's Lang says."""
    row = KNOWN_LANGUAGES.get(code)
    if row is None:
        return ()
    source = row.get("generated_from") or code
    related = [
        other["locale"]
        for name, other in KNOWN_LANGUAGES.items()
        if name == source or other.get("generated_from") == source
    ]
    return tuple(related)


@cache
def month_names(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Wide and abbreviated month names (format and stand-alone) of a language.

    Empty for languages that capitalise month names (English): there "1. May I…"
    is a list item, not a date."""
    wide: set[str] = set()
    short: set[str] = set()
    for identifier in _locales(code):
        months = Locale.parse(identifier).months
        for context in ("format", "stand-alone"):
            wide.update(months[context]["wide"].values())
            short.update(months[context]["abbreviated"].values())
    if any(name[:1].isupper() for name in wide):
        return (), ()
    return tuple(sorted(wide)), tuple(sorted(short - wide))


def _is_inflected(word: str, name: str) -> bool:
    """True for a month name in another case: "martā", "marta" (marts), "марта"
    (март). Latvian names lose their nominative "-s"/"-is"; others only grow."""
    stem = re.sub(r"(?:is|s)$", "", name)
    stem = stem if len(stem) >= STEM_LETTERS else name
    return word.startswith(stem) and len(word) <= len(stem) + ENDING_LETTERS


def _is_month(word: str, dot: str, after: str, code: str) -> bool:
    """Tell whether the word after a day number is a month of the language."""
    wide, short = month_names(code)
    if any(word == name or _is_inflected(word, name) for name in wide):
        return True
    if dot and word + dot in short:
        return True
    # Short forms without a dot ("bře", "мар") are ordinary words too: only
    # followed by a year are they surely a month.
    return word in short and bool(YEAR_AFTER.match(after))


def starts_with_date(number: str, rest: str, code: str) -> bool:
    """Tell whether "<number>. <rest>" is a date in the language, not a list item."""
    if int(number) <= LAST_DAY and NUMERIC_MONTH.match(rest):
        return True
    found = FIRST_WORD.match(rest)
    if found is None:
        return False
    word, dot, after = found["word"], found["dot"], rest[found.end() :]
    if int(number) <= LAST_DAY and _is_month(word, dot, after, code):
        return True
    year_words = YEAR_WORDS.get(code, ())
    return word in year_words or word + dot in year_words
