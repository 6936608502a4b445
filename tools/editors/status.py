"""Which translations exist, which are missing, and which are older than their
original; and the plain-text table `make translations` prints."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Protocol

from plugins.base.event_times import is_before
from tools.editors.content import Version
from tools.editors.originals import choose_original

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

    def first_added(self, path: str) -> datetime: ...

    def last_commit(self, path: str) -> str | None: ...


@dataclass(frozen=True)
class Outdated:
    """Why a translation is older than its original, and what to compare."""

    lang: str
    translation: str
    original: str
    why: str
    since: str | None = None  # the translation's last commit, when git decided

    def fix(self, root: str) -> str:
        """Return the next step: what to compare, then how to mark it done."""
        if self.since:
            return (
                f"See what changed: git diff {self.since} -- {root}/{self.original}"
                f" ; update {self.translation} and commit it."
            )
        return (
            f"Compare the two, update {self.translation}, then set its Modified:"
            " line to today."
        )


@dataclass(frozen=True)
class Row:
    """One item: its original, why, and the state of every language."""

    section: str
    slug: str
    original: Version
    states: dict[str, str]
    reasons: tuple[Outdated, ...] = ()
    why: str = ""


def shown(when: date | datetime) -> str:
    """Return a metadata date as an editor writes it: 2017-03-13 or with 09:30."""
    return f"{when:%Y-%m-%d %H:%M}" if isinstance(when, datetime) else f"{when}"


def outdated_reason(
    translation: Version, original: Version, history: History | None
) -> Outdated | None:
    """Say why a translation is older than its original, or return None."""
    then, now = translation.updated, original.updated
    paths = (translation.lang, translation.path, original.path)
    if then and now and is_before(then, now):
        return Outdated(
            *paths,
            f"{translation.path}: the original {original.path} changed on"
            f" {shown(now)} (Modified/Date), the translation on {shown(then)}.",
        )
    if history and history.changed(original.path) > history.changed(translation.path):
        return Outdated(
            *paths,
            f"{translation.path}: the original {original.path} has"
            f" {history.describe(original.path)}, after the translation's"
            f" {history.describe(translation.path)}.",
            history.last_commit(translation.path),
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
    chosen = choose_original(versions, languages, fallback, history)
    original = chosen.version
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
    return Row(key[0], key[1], original, states, tuple(reasons), chosen.why)


def status_rows(groups, languages, fallback="en", history=None) -> list[Row]:
    """Return one Row per item written in any of the languages: news first, then
    events and pages, by slug."""
    order = {"news": 0, "events": 1, "pages": 2}
    written = [key for key in groups if any(lang in groups[key] for lang in languages)]
    keys = sorted(written, key=lambda key: (order.get(key[0], 3), key))
    return [item_row(key, groups[key], languages, fallback, history) for key in keys]


def one_language(rows: Sequence[Row], lang: str) -> list[Row]:
    """Return the rows with the state of one language only (make translations LANG=)."""
    return [
        replace(
            row,
            states={lang: row.states[lang]},
            reasons=tuple(reason for reason in row.reasons if reason.lang == lang),
        )
        for row in rows
    ]


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
