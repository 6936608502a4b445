"""Dates written the way editors write them in letters (`13.03.2017`, `13. 3. 2017`,
`03/13/2017`, `2017/03/13`, `13 March 2017`, `15. března 2017`), read only to say
exactly how to write them as the site's `YYYY-MM-DD`.

A slashed date is read day first, as in every language of the site; month first
only where the day is over 12, so the reading is certain. `03/04/2017` has two
readings, and both are returned: the caller asks the editor which one is meant.
"""

import calendar
import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from plugins.base.languages import KNOWN_LANGUAGES, cldr_locale

_TIME = r"(?:,?\s(?:at\s)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2}))?"
DAY_FIRST_DOTTED = re.compile(
    r"(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})\.?" + _TIME
)
SLASHED = re.compile(
    r"(?P<first>\d{1,2})(?P<mark>[/-])(?P<second>\d{1,2})(?P=mark)(?P<year>\d{4})"
    + _TIME
)
YEAR_FIRST = re.compile(
    r"(?P<year>\d{4})(?P<mark>[/.])(?P<month>\d{1,2})(?P=mark)(?P<day>\d{1,2})\.?"
    + _TIME
)
# "13 March 2017", "15. března 2017", "13 март 2017 г.", "13 березня 2017 р."
DAY_NAME_YEAR = re.compile(
    r"(?P<day>\d{1,2})\.?\s?(?P<name>[^\W\d_]+)\.?,?\s(?P<year>\d{4})"
    r"(?:\.|\s?(?:г|g|р)\.)?" + _TIME
)
# "March 13, 2017"
NAME_DAY_YEAR = re.compile(
    r"(?P<name>[^\W\d_]+)\.?\s(?P<day>\d{1,2}),?\s(?P<year>\d{4})" + _TIME
)
# Latvian: "2017. gada 13. marts", "2017. g. 13. martā"
YEAR_DAY_NAME = re.compile(
    r"(?P<year>\d{4})\.\s?(?:gada|g\.)\s(?P<day>\d{1,2})\.\s?(?P<name>[^\W\d_]+)"
    + _TIME
)
# Forms CLDR does not list, January to December: the Latvian locative ("13. martā")
# and the Serbian genitive ("13. марта 2017.", also in Latin letters).
MORE_MONTH_FORMS = (
    ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā",
     "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"),
    ("јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа",
     "септембра", "октобра", "новембра", "децембра"),
    ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta",
     "septembra", "oktobra", "novembra", "decembra"),
)  # fmt: skip


@dataclass(frozen=True)
class Reading:
    """One way to read a written date: its day and the time written with it."""

    year: int
    month: int
    day: int
    time: str = ""  # "HH:MM", or "" for a date alone

    @property
    def iso(self) -> str:
        """The date as the site reads it: `2017-03-13` or `2017-03-13 10:00`."""
        day = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{day} {self.time}" if self.time else day

    @property
    def spoken(self) -> str:
        """The day in words for a message: `4 March 2017`."""
        return f"{self.day} {calendar.month_name[self.month]} {self.year}"


def _fold(word: str) -> str:
    """Lower case without diacritics or a closing dot, as month names are compared."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().rstrip("."))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.cache
def month_names() -> Mapping[str, int]:
    """Month names and abbreviations of the site's languages (CLDR), folded; a
    name two languages use for different months is left out."""
    found: dict[str, set[int]] = {}
    for spec in KNOWN_LANGUAGES.values():
        months = cldr_locale(spec["locale"]).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    found.setdefault(_fold(name), set()).add(number)
    for forms in MORE_MONTH_FORMS:
        for number, name in enumerate(forms, 1):
            found.setdefault(_fold(name), set()).add(number)
    return {name: numbers.pop() for name, numbers in found.items() if len(numbers) == 1}


def _time(found: re.Match) -> str:
    """The time written after the date as HH:MM, or ""."""
    if not found["hour"]:
        return ""
    return f"{int(found['hour']):02d}:{found['minute']}"


def _slashed(found: re.Match) -> tuple[Reading, ...]:
    """Day first, or month first where only that is possible; both if unsure."""
    first, second, year = int(found["first"]), int(found["second"]), int(found["year"])
    time = _time(found)
    day_first = Reading(year, second, first, time)
    if first == second or first > 12:
        return (day_first,)
    if second > 12:
        return (Reading(year, first, second, time),)
    return day_first, Reading(year, first, second, time)


def readings(value: str) -> tuple[Reading, ...]:
    """The days an editor may mean by a date not written as YYYY-MM-DD: one when
    certain, two when day and month could be swapped, none for other text."""
    text = " ".join(value.replace("\u00a0", " ").split())
    for pattern in (DAY_FIRST_DOTTED, YEAR_FIRST):
        found = pattern.fullmatch(text)
        if found:
            day, month = int(found["day"]), int(found["month"])
            return (Reading(int(found["year"]), month, day, _time(found)),)
    found = SLASHED.fullmatch(text)
    if found:
        return _slashed(found)
    for pattern in (DAY_NAME_YEAR, NAME_DAY_YEAR, YEAR_DAY_NAME):
        found = pattern.fullmatch(text)
        month = month_names().get(_fold(found["name"])) if found else None
        if month:
            return (
                Reading(int(found["year"]), month, int(found["day"]), _time(found)),
            )
    return ()
