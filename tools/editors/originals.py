"""Which version of an item is its original: the one file without `Translation:
true`; when several or none lack it, the oldest (first commit, else Date), then the
fallback language's, then the first in site order. Drafts count only when every
candidate is one."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from plugins.checks.site_rules import is_translation
from tools.editors.content import Version, as_datetime
from tools.editors.new_files import language_name


class FirstCommits(Protocol):
    """When files were first committed (git_times.GitTimes)."""

    def first_added(self, path: str) -> datetime: ...


@dataclass(frozen=True)
class Original:
    """The version translations start from, and why it is the one."""

    version: Version
    why: str


def _age(
    version: Version,
    languages: Sequence[str],
    fallback: str,
    history: FirstCommits | None,
) -> tuple:
    """Return a sort key: older first, then the fallback language, then site order."""
    published = version.published
    order = languages.index(version.lang) if version.lang in languages else 99
    return (
        history.first_added(version.path) if history else 0,
        published is None,
        as_datetime(published) if published else datetime.min,
        version.lang != fallback,
        order,
        version.path,
    )


def _why_oldest(
    winner: tuple, runner_up: tuple, version: Version, fallback: str
) -> str:
    """Say which part of the sort key made the winner the original."""
    pairs = enumerate(zip(winner, runner_up, strict=True))
    decided = next(index for index, (a, b) in pairs if a != b)
    if decided == 0:
        return f"first committed, on {winner[0]:%Y-%m-%d %H:%M}"
    if decided in (1, 2):
        return f"the earliest Date, {version.item.value('Date').strip()}"
    if decided == 3:
        return f"the {language_name(fallback)} version, as the others are as old"
    return "the first in site language order, as the others are as old"


def _oldest(
    versions: Mapping[str, Version],
    languages: Sequence[str],
    fallback: str,
    history: FirstCommits | None,
) -> Original:
    """Return the oldest version, and which rule decided."""
    ranked = sorted(
        (_age(version, languages, fallback, history), version)
        for version in versions.values()
    )
    (winner, version), (runner_up, _) = ranked[0], ranked[1]
    return Original(version, _why_oldest(winner, runner_up, version, fallback))


def choose_original(
    versions: Mapping[str, Version],
    languages: Sequence[str],
    fallback: str = "en",
    history: FirstCommits | None = None,
) -> Original:
    """Return the original of an item from its versions by language."""
    written = {lang: v for lang, v in versions.items() if lang in languages}
    written = written or dict(versions)
    if len(written) == 1:
        return Original(next(iter(written.values())), "the only version")
    unmarked = {lang: v for lang, v in written.items() if not is_translation(v.item)}
    if len(unmarked) == 1:
        only = next(iter(unmarked.values()))
        return Original(only, "the only version without Translation: true")
    candidates = unmarked or written
    published = {lang: v for lang, v in candidates.items() if not v.is_draft}
    if len(published) == 1:
        only = next(iter(published.values()))
        return Original(only, "the only one that is not a draft")
    return _oldest(published or candidates, languages, fallback, history)
