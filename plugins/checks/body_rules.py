"""Rules about the body of one file: images need alt text, links and images must
point to files that exist (target_rules.py), and content must never carry script."""

import html
from collections.abc import Iterator

from plugins.base.characters import shorten
from plugins.base.date_words import NUMBERED_LINE, language_of, starts_with_date
from plugins.base.sanitize import SAFE_SCHEMES, url_scheme
from plugins.checks.markdown_text import (
    Reference,
    html_tags,
    line_of,
    mask_code,
    references,
)
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.path_hints import local_file_name
from plugins.checks.problem import Problem, error, warning
from plugins.checks.resource_rules import check_external_resources
from plugins.checks.target_rules import target_problem

# Tag: why it is refused, and how to fix it.
UNSAFE_TAGS = {
    "script": ("content cannot run scripts", "remove it."),
    "iframe": ("embedded pages are removed", "link to the page instead."),
    "frame": ("embedded pages are removed", "link to the page instead."),
    "object": ("embedded objects are removed", "link to the file instead."),
    "embed": ("embedded objects are removed", "link to the file instead."),
    "video": ("players are removed and readers would see only the text inside it",
              "link to the video, or upload it to documents/ and link to it."),
    "audio": ("players are removed and readers would see only the text inside it",
              "link to the recording, or upload it to documents/ and link to it."),
    "style": ("styles are removed", "remove it; the site's own design applies."),
    "form": ("forms are removed", "link to the form's web page instead."),
    "meta": ("it could redirect visitors", "remove it."),
    "base": ("it would change every link", "remove it."),
}  # fmt: skip


def _missing_alt(item: ContentFile, reference: Reference, line: int) -> Problem:
    url = shorten(reference.url)
    fix = (
        'add alt="What the picture shows" to the <img> tag.'
        if reference.in_html
        else f"describe the picture between the brackets: ![What it shows]({url})."
    )
    return error(item.path, line, f'Image "{url}" has no alt text.', fix)


def check_references(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report images without alt text and images or links to missing files."""
    text = mask_code(item.body)
    for reference in references(text):
        line = line_of(text, reference.offset, item.body_line)
        if reference.kind == "image" and not reference.text.strip():
            yield _missing_alt(item, reference, line)
        problem = target_problem(item, reference, line, options)
        if problem is not None:
            yield problem


def check_unsafe_html(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report script, embeds, event handlers and javascript:/data: addresses."""
    text = mask_code(item.body)
    for tag in html_tags(text):
        line = line_of(text, tag.offset, item.body_line)
        if tag.name in UNSAFE_TAGS:
            reason, fix = UNSAFE_TAGS[tag.name]
            yield error(
                item.path, line, f"Raw HTML <{tag.name}> is not allowed: {reason}.", fix
            )
        for name, _ in tag.attributes:
            if name.startswith("on"):
                yield error(
                    item.path,
                    line,
                    f"Attribute {name}= runs a script and is not allowed.",
                    f"remove {name}=… from the <{tag.name}> tag.",
                )
    for reference in references(text):
        yield from _unsafe_address(
            item, reference, line_of(text, reference.offset, item.body_line)
        )


def _unsafe_address(
    item: ContentFile, reference: Reference, line: int
) -> Iterator[Problem]:
    # Markdown source may hide the scheme in entities: jav&#x09;ascript:
    scheme = url_scheme(html.unescape(reference.url))
    if scheme in ("javascript", "vbscript"):
        yield error(
            item.path,
            line,
            f'Address "{shorten(reference.url)}" runs a script and is not allowed.',
            "link to a web page (https://…) instead.",
        )
    elif scheme == "data":
        yield error(
            item.path,
            line,
            f'Address "{shorten(reference.url)}" embeds data, which the site removes.',
            "save the file under images/ and link to it.",
        )
    elif _removed_link(reference, scheme):
        yield error(
            item.path,
            line,
            f'Link "{shorten(reference.url)}" is a {scheme}: address, which the'
            " site removes: only https:, http:, mailto: and tel: links are kept.",
            "link to a web page (https://…) instead, or write a phone number"
            " as tel:+….",
        )


def _removed_link(reference: Reference, scheme: str) -> bool:
    """Tell whether the sanitiser would drop a link's address (sms:, skype:, ftp:);
    a C: path is reported as a file on the editor's computer instead."""
    return (
        bool(scheme)
        and scheme not in SAFE_SCHEMES
        and reference.kind == "link"
        and local_file_name(reference.url) is None
    )


# A list numbered past this is more likely a year than the list's next item.
LIKELY_YEAR = 100


def _list_items(lines: list[str], language: str) -> Iterator[tuple[int, str, int]]:
    """Yield (line index, number written, number readers see) for each line that
    Markdown makes an item of a numbered list, dates in the language left out (the
    build keeps them as text)."""
    seen = 0  # items so far of the numbered list the text is in
    for index, line in enumerate(lines):
        found = NUMBERED_LINE.match(line)
        after_blank = index == 0 or not lines[index - 1].strip()
        if found and starts_with_date(found["number"], found["rest"], language):
            found = None
        if found is None:
            if after_blank and line.strip() and not line.startswith((" ", "\t")):
                seen = 0  # a paragraph after a blank line ends the list
            continue
        if found["lead"].strip():  # after a bullet or in a quote: a list of its own
            seen = 0
            yield index, found["number"], 1
        elif seen or after_blank or found["number"] == "1":
            seen += 1
            yield index, found["number"], seen
        # else: under a paragraph, Markdown keeps "2018. …" as text


def _is_misread(number: str, shown: int) -> bool:
    """Tell whether readers would see another number than the editor wrote: a list
    that does not start at 1, or a year after the items of a list."""
    if shown == 1:
        return number != "1"
    return int(number) >= LIKELY_YEAR and int(number) != shown


def check_numbered_lines(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Warn when a line starting with a number that is not a date in the file's
    language ("2018. Ziņojums") would show as another number in a numbered list."""
    language = language_of(item.value("Lang"), options.site_language)
    lines = mask_code(item.body).split("\n")
    for index, number, shown in _list_items(lines, language):
        if not _is_misread(number, shown):
            continue
        place = "the first item" if shown == 1 else f"item {shown}"
        yield warning(
            item.path,
            item.body_line + index,
            f'The line starts with "{number}." and readers would see "{shown}."'
            f" instead: Markdown makes it {place} of a numbered list.",
            f'write "{number}\\." to keep the number as text, or start the list at 1.',
        )


def summary_as_body(item: ContentFile) -> ContentFile | None:
    """Return the Summary as a body of its own (Pelican renders it as Markdown),
    its lines joined as Pelican joins them, or None without a Summary."""
    summary = item.field("Summary")
    if summary is None or not summary.value:
        return None
    text = "\n".join(summary.parts or (summary.value,))
    # The file's Lang goes along: dates in the Summary are the file's language.
    lang = tuple(field for field in item.fields if field.key == "lang")[:1]
    return ContentFile(item.path, lang, text, summary.line)


SUMMARY_RULES = (
    check_references,
    check_unsafe_html,
    check_external_resources,
    check_numbered_lines,
)


def check_summary(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report in the Summary what the body rules report in the text."""
    summary = summary_as_body(item)
    if summary is not None:
        for rule in SUMMARY_RULES:
            yield from rule(summary, options)
