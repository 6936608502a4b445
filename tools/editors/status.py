"""Which translations exist, which are missing, and which are older than their
original; and the plain-text table `make translations` prints."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from plugins.base.event_times import is_before
from tools.editors.content import Version, original_of

ORIGINAL, PRESENT, OUTDATED, DRAFT, MISSING = (
    "original", "present", "outdated", "draft", "missing"
)  # fmt: skip
# What stops `--strict`: a reader of that language does not get the current text.
GAPS = (OUTDATED, DRAFT, MISSING)
TOTALS = (PRESENT, OUTDATED, DRAFT, MISSING)
COLOURS = {ORIGINAL: "1", PRESENT: "32", OUTDATED: "33", DRAFT: "36", MISSING: "31"}
LATIN_OVERRIDE = "sr-Latn"


class History(Protocol):
    """When files changed outside their metadata (git_times.GitTimes)."""

    def changed(self, path: str) -> datetime: ...

    def describe(self, path: str) -> str: ...


@dataclass(frozen=True)
class Row:
    """One item: its original and the state of every language."""

    section: str
    slug: str
    original: Version
    states: dict[str, str]
    reasons: tuple[str, ...] = ()


def shown(when: date | datetime) -> str:
    """Return a metadata date as an editor writes it: 2017-03-13 or with 09:30."""
    return f"{when:%Y-%m-%d %H:%M}" if isinstance(when, datetime) else f"{when}"


def outdated_reason(
    translation: Version, original: Version, history: History | None
) -> str | None:
    """Say why a translation is older than its original, or return None."""
    then, now = translation.updated, original.updated
    if then and now and is_before(then, now):
        return (
            f"{translation.path}: the original {original.path} changed on"
            f" {shown(now)} (Modified/Date), the translation on {shown(then)}."
        )
    if history and history.changed(original.path) > history.changed(translation.path):
        return (
            f"{translation.path}: the original {original.path} has"
            f" {history.describe(original.path)}, after the translation's"
            f" {history.describe(translation.path)}."
        )
    return None


def item_row(
    key: tuple[str, str],
    versions: Mapping[str, Version],
    languages: Sequence[str],
    fallback: str,
    history: History | None,
) -> Row:
    """Return the state of every language of one item."""
    original = original_of(versions, languages, fallback)
    states, reasons = {}, []
    for lang in languages:
        version = versions.get(lang)
        if version is None:
            states[lang] = MISSING
        elif version is original:
            states[lang] = ORIGINAL
        elif reason := outdated_reason(version, original, history):
            states[lang] = OUTDATED
            reasons.append(reason)
        else:
            states[lang] = DRAFT if version.is_draft else PRESENT
    return Row(key[0], key[1], original, states, tuple(reasons))


def status_rows(groups, languages, fallback="en", history=None) -> list[Row]:
    """Return one Row per item written in any of the languages: news first, then
    events and pages, by slug."""
    order = {"news": 0, "events": 1, "pages": 2}
    written = [key for key in groups if any(lang in groups[key] for lang in languages)]
    keys = sorted(written, key=lambda key: (order.get(key[0], 3), key))
    return [item_row(key, groups[key], languages, fallback, history) for key in keys]


def language_totals(rows: Sequence[Row], languages: Sequence[str]) -> dict:
    """Return, per language, how many items are present, outdated, draft, missing."""
    totals = {lang: dict.fromkeys(TOTALS, 0) for lang in languages}
    for row in rows:
        for lang, state in row.states.items():
            totals[lang][PRESENT if state == ORIGINAL else state] += 1
    return totals


def has_gaps(rows: Sequence[Row]) -> bool:
    """Tell whether any translation is missing, outdated or still a draft."""
    return any(state in GAPS for row in rows for state in row.states.values())


def latin_overrides(groups, history: History | None = None) -> list[str]:
    """Describe each authored sr-Latn override, and whether it is older than sr."""
    notes = []
    for versions in groups.values():
        override, serbian = versions.get(LATIN_OVERRIDE), versions.get("sr")
        if override is None:
            continue
        outdated = serbian and outdated_reason(override, serbian, history)
        notes.append(f"{override.path} ({OUTDATED if outdated else 'up to date'})")
    return sorted(notes)
