"""A cross-file rule: what the site publishes must not link to a draft, which it
does not publish (the link would be published broken)."""

import posixpath
from collections.abc import Iterator

from plugins.base.characters import shorten
from plugins.checks.body_rules import content_paths, summary_as_body
from plugins.checks.markdown_text import line_of, mask_code, references
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.problem import Problem, error


def is_draft(item: ContentFile) -> bool:
    """Tell whether Pelican leaves the file out of the site (Status: draft)."""
    return item.value("Status").strip().lower() == "draft"


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


def _draft_links(
    item: ContentFile, drafts: dict[str, ContentFile], names: frozenset[str]
) -> Iterator[Problem]:
    for part in _texts(item):
        if not any(name in part.body for name in names):
            continue  # the common case, found without parsing the text
        for url, line in _links(part):
            targets = content_paths(url, item.path) or ()
            draft = next((drafts[path] for path in targets if path in drafts), None)
            if draft is not None:
                yield error(
                    item.path,
                    line,
                    f'Link "{shorten(url)}" points to {draft.path}, a draft the site'
                    " does not publish.",
                    'publish that file (remove "Status: draft"), or remove the link.',
                )


def check_links_to_drafts(
    items: list[ContentFile], options: CheckOptions
) -> Iterator[Problem]:
    """Report links from every file the site publishes to a draft."""
    drafts = {item.path: item for item in items if is_draft(item)}
    names = frozenset(posixpath.basename(path) for path in drafts)
    for item in items if drafts else ():
        if not is_draft(item):
            yield from _draft_links(item, drafts, names)
