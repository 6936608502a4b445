"""Rules about the metadata block of one file: each takes a ContentFile and the
options and yields Problems."""

import difflib
import zoneinfo
from collections.abc import Iterator

from plugins.base.characters import shorten
from plugins.base.languages import LANGUAGE_ALIASES
from plugins.checks.metadata import ContentFile, Field
from plugins.checks.options import KEY_ALIASES, REFUSED_KEYS, CheckOptions
from plugins.checks.problem import Problem, error, warning


def check_metadata_block(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a line that silently ends the metadata block, e.g. `Event start: x`."""
    if item.broken_line is None:
        return
    text = item.body.split("\n", 1)[0].strip()
    yield error(
        item.path,
        item.broken_line,
        f'"{shorten(text, 40)}" is not a "Key: value" line, so the metadata '
        "stops here and the lines below it become text.",
        "write the key as one word (letters, digits, hyphens) and a colon,"
        ' e.g. "Event-start: 2018-12-18 10:00", or leave a blank line before the text.',
    )


def check_title(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a missing or empty Title."""
    title = item.field("Title")
    if title is None:
        yield error(
            item.path,
            1,
            "Title is missing.",
            'add a first line such as "Title: Working group meets again".',
        )
    elif not title.value:
        yield error(
            item.path,
            title.line,
            "Title is empty.",
            'write the headline after "Title:".',
        )


def _suggest(value: str, choices: dict[str, str]) -> str | None:
    """Return the choice closest to value; choices map lower-case words to answers."""
    close = difflib.get_close_matches(value.lower(), list(choices), n=1, cutoff=0.6)
    return choices[close[0]] if close else None


def suggest_language(value: str, languages: tuple[str, ...]) -> str | None:
    """Return the site language an editor most likely meant by `value`."""
    by_name = {language.lower(): language for language in languages}
    by_name |= {
        alias: code for alias, code in LANGUAGE_ALIASES.items() if code in languages
    }
    parts = value.strip().replace("_", "-").lower().split("-")
    for length in range(len(parts), 0, -1):
        prefix = "-".join(parts[:length])
        if prefix in by_name:
            return by_name[prefix]
    return _suggest(value.strip(), by_name)


def check_language(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a missing Lang or one that is not a site language."""
    lang = item.field("Lang")
    choices = ", ".join(options.languages)
    if lang is None:
        yield warning(
            item.path,
            1,
            f'Lang is missing, so the file is published as "{options.site_language}".',
            f'add a line such as "Lang: {options.site_language}" (one of {choices}).',
        )
        return
    if lang.value in options.languages:
        return
    guess = suggest_language(lang.value, options.languages)
    fix = f'use "{guess}" (one of {choices}).' if guess else f"use one of {choices}."
    yield error(
        item.path, lang.line, f'Lang "{lang.value}" is not a site language.', fix
    )


def check_keys(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report unknown keys (with "did you mean") and keys given twice."""
    known = {key.lower(): key for key in options.known_keys}
    first_line: dict[str, int] = {}
    for field in item.fields:
        if field.key in first_line:
            earlier = first_line[field.key]
            yield error(
                item.path,
                field.line,
                f'"{field.name}" is given twice (also on line {earlier}).',
                f'keep only one "{field.name}" line.',
            )
        first_line.setdefault(field.key, field.line)
        if field.key not in known and field.key not in REFUSED_KEYS:
            yield _unknown_key(item.path, field, known, field is item.fields[-1])


def _unknown_key(
    path: str, field: Field, known: dict[str, str], last: bool = False
) -> Problem:
    guess = KEY_ALIASES.get(field.key) or _suggest(field.key, known)
    message = f'Unknown metadata key "{field.name}".'
    if guess:
        return error(path, field.line, message, f'did you mean "{guess}"?')
    if last and len(field.value.split()) > 1:
        return _swallowed_sentence(path, field)
    return warning(
        path,
        field.line,
        message[:-1] + "; the site ignores it.",
        f"remove it, or use one of {', '.join(known.values())}.",
    )


def check_category(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a Category outside the site's list, or any Category on a page."""
    category = item.field("Category")
    if category is None:
        return
    if item.folder == "pages":
        yield error(
            item.path,
            category.line,
            f"Pages under pages/ have no Category,"
            f' but this one has "{category.value}".',
            "remove the Category line, or move the file to news/ or events/.",
        )
    elif item.folder in FOLDER_KINDS and _folder_kind(category.value) not in (
        None,
        _folder_kind(item.folder),
    ):
        yield _category_against_folder(item, category)
    elif category.value not in options.categories:
        choices = ", ".join(options.categories)
        guess = _suggest(category.value, {c: c for c in options.categories})
        fix = (
            f'use "{guess}" (one of {choices}).' if guess else f"use one of {choices}."
        )
        yield error(
            item.path,
            category.line,
            f'Category "{category.value}" is not a site category.',
            fix,
        )


# The folders that decide whether a file is a news item or an event.
FOLDER_KINDS = {"news": "news items", "events": "events"}


def _folder_kind(name: str) -> str | None:
    """Return "events" or "news items" for a folder or Category name, else None."""
    return FOLDER_KINDS.get(name.strip().lower())


def _category_against_folder(item: ContentFile, category: Field) -> Problem:
    """The error for `Category: news` in events/ or `Category: events` in news/."""
    other = next(folder for folder in FOLDER_KINDS if folder != item.folder)
    return error(
        item.path,
        category.line,
        f'Category "{category.value}" does not fit the folder {item.folder}/:'
        f" files in {item.folder}/ are {FOLDER_KINDS[item.folder]}.",
        f"remove the Category line, or move the file to {other}/.",
    )


def is_time_zone(name: str) -> bool:
    """Tell whether name is an IANA time zone known to zoneinfo."""
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _time_zone_names() -> dict[str, str]:
    """Map lower-case IANA names, and their last part ("riga"), to the real name."""
    names = sorted(zoneinfo.available_timezones())
    by_city = {name.rsplit("/", 1)[-1].lower(): name for name in names if "/" in name}
    return by_city | {name.lower(): name for name in names}


def check_timezone(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a Timezone that is not an IANA time zone name."""
    zone = item.field("Timezone")
    if zone is None or is_time_zone(zone.value):
        return
    names = _time_zone_names()
    written = zone.value.strip().replace(" ", "_")
    guess = names.get(written.lower()) or _suggest(written, names)
    yield error(
        item.path,
        zone.line,
        f'Timezone "{zone.value}" is not a time zone name.',
        f'use an IANA name such as "{guess or "Europe/Riga"}".',
    )


def check_status(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a Status other than draft, published or hidden (any case, as Pelican)."""
    status = item.field("Status")
    if status is None or status.value.lower() in options.statuses:
        return
    choices = ", ".join(options.statuses)
    guess = _suggest(status.value, {s: s for s in options.statuses})
    fix = f'use "{guess}" (one of {choices}).' if guess else f"use one of {choices}."
    yield error(item.path, status.line, f'Status "{status.value}" is not known.', fix)


def check_translation_flag(
    item: ContentFile, options: CheckOptions
) -> Iterator[Problem]:
    """Report a Translation other than true or false (Pelican reads "no" as true)."""
    flag = item.field("Translation")
    if flag is None or flag.value.lower() in ("true", "false"):
        return
    yield warning(
        item.path,
        flag.line,
        f'Translation "{flag.value}" is neither "true" nor "false";'
        ' the site reads it as "true".',
        'write "Translation: true" for a translation, or remove the line.',
    )


def check_page_fields(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a non-numeric Order (reserved slugs: name_rules.check_slug)."""
    order = item.field("Order")
    if order is not None and not order.value.lstrip("-").isdigit():
        yield error(
            item.path,
            order.line,
            f'Order "{shorten(order.value, 20)}" is not a whole number.',
            'write the menu position as a number, e.g. "Order: 10".',
        )


def _swallowed_sentence(path: str, field: Field) -> Problem:
    """The first sentence of the text, written right under the metadata, that
    Markdown reads as a key ("Praha: setkání odborníků…") and drops."""
    line = shorten(f"{field.name}: {field.value}", 40)
    return error(
        path,
        field.line,
        f'"{line}" is read as the metadata key "{field.name}", so the line would'
        " disappear from the page.",
        "leave a blank line between the metadata and the text.",
    )
