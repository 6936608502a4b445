"""A cross-file rule: what the site publishes must not link to a draft, which it
does not publish, nor to a file scheduled for a later day (the link would be
published broken until then)."""

import posixpath
from collections.abc import Iterator
from datetime import date

from plugins.base.characters import shorten
from plugins.checks.body_rules import summary_as_body
from plugins.checks.markdown_text import line_of, mask_code, references
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.problem import Problem, error
from plugins.checks.target_rules import content_paths
from plugins.checks.unpublished import is_draft, publication_day


def _texts(item: ContentFile) -> Iterator[ContentFile]:
    """Yield the body and, if any, the Summary (Pelican renders both)."""
    yield item
    summary = summary_as_body(item)
    if summary is not None:
        yield summary


def _links(part: ContentFile) -> Iterator[tuple[str, int]]:
    """Yield each link in a text with its line."""
    text = mask_code(part.body)
    for reference in references(text):
        if reference.kind == "link":
            yield reference.url, line_of(text, reference.offset, part.body_line)


def _links_to(
    item: ContentFile, targets: dict[str, ContentFile]
) -> Iterator[tuple[str, int, ContentFile]]:
    """Yield each link of a file to one of the targets, with its line and target."""
    names = {posixpath.basename(path) for path in targets}
    for part in _texts(item):
        if not any(name in part.body for name in names):
            continue  # the common case, found without parsing the text
        for url, line in _links(part):
            paths = content_paths(url, item.path) or ()
            target = next((targets[path] for path in paths if path in targets), None)
            if target is not None:
                yield url, line, target


def _link_problem(
    item: ContentFile, url: str, line: int, target: ContentFile, published_on
) -> Problem | None:
    """The error of one link to a draft or to a file published after this one."""
    if is_draft(target):
        return error(
            item.path,
            line,
            f'Link "{shorten(url)}" points to {target.path}, a draft the site'
            " does not publish.",
            'publish that file (remove "Status: draft"), or remove the link.',
        )
    day = publication_day(target)
    if published_on is None or day is None or day <= published_on:
        return None
    return error(
        item.path,
        line,
        f'Link "{shorten(url)}" points to {target.path}, scheduled for'
        f" {day.isoformat()}: the site does not publish it before that day.",
        f"remove the link until then, or give this file a Date on or after"
        f" {day.isoformat()}.",
    )


def _published_on(item: ContentFile, today: date | None) -> date | None:
    """The day a file goes out: the build day, or its own later Date."""
    day = publication_day(item)
    if today is None or day is None:
        return today
    return max(today, day)


def check_links_to_unpublished(
    items: list[ContentFile], options: CheckOptions
) -> Iterator[Problem]:
    """Report links from every file the site publishes to a draft, or to a file
    scheduled for a later day than the linking file (options.today set)."""
    today = options.today
    targets = {
        item.path: item
        for item in items
        if is_draft(item)
        or (today is not None and (publication_day(item) or today) > today)
    }
    for item in items if targets else ():
        if is_draft(item):
            continue
        published_on = _published_on(item, today)
        for url, line, target in _links_to(item, targets):
            problem = _link_problem(item, url, line, target, published_on)
            if problem is not None:
                yield problem
