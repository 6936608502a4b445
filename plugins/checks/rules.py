"""Rules about the metadata block of one file: each takes a ContentFile and the
options and yields Problems."""

import difflib
import re
from collections.abc import Iterator

from plugins.base.characters import shorten
from plugins.base.languages import LANGUAGE_ALIASES
from plugins.base.metadata_keys import closest_key
from plugins.checks.metadata import ContentFile, Field
from plugins.checks.options import (
    KEY_ALIASES,
    NO_WORDS,
    REFUSED_KEYS,
    STATUS_KEYS,
    CheckOptions,
)
from plugins.checks.problem import Problem, error, warning


def check_metadata_block(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a line that silently ends the metadata block, e.g. `Event start: x`."""
    if item.broken_line is None:
        return
    text = item.body.split("\n", 1)[0].strip()
    found = NON_ASCII_KEY.match(text)
    if found:
        yield _unknown_word_key(item, found["key"])
        return
    yield error(
        item.path,
        item.broken_line,
        f'"{shorten(text, 40)}" is not a "Key: value" line, so the metadata '
        "stops here and the lines below it become text.",
        "write the key as one word (letters, digits, hyphens) and a colon,"
        ' e.g. "Event-start: 2018-12-18 10:00", or leave a blank line before the text.',
    )


# `Název2:` one word with letters outside A-Z: the meta extension ends the block.
NON_ASCII_KEY = re.compile(r"(?P<key>(?=[\w-]*[^\x00-\x7f])[^\W_][\w-]*):")


def _unknown_word_key(item: ContentFile, key: str) -> Problem:
    """A one-word key with letters outside A-Z that is no word of the table."""
    guess = closest_key(key)
    fix = (
        f"did you mean {_spelled(*guess)}? If the line is text, leave a blank line"
        " before it."
        if guess
        else "write a key the site knows (README, Content format, lists the words"
        " of each language), or leave a blank line before the line if it is text."
    )
    return error(
        item.path,
        item.broken_line,
        f'"{key}" is not a metadata key the site knows, so the metadata stops'
        " here and the lines below it become text.",
        fix,
    )


def _spelled(word: str, key: str) -> str:
    """`"Title"`, or `"Název" (Title)` for a word of the editors' languages."""
    return f'"{word}"' if word == key else f'"{word}" ({key})'


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


def closest_choice(value: str, choices: dict[str, str]) -> str | None:
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
    return closest_choice(value.strip(), by_name)


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
            meaning = (
                "" if field.name.lower() == field.key else f" ({field.canonical_name})"
            )
            yield error(
                item.path,
                field.line,
                f'"{field.name}"{meaning} is given twice (also on line {earlier}).',
                f'keep only one "{field.name}" line.',
            )
        first_line.setdefault(field.key, field.line)
        if field.key not in known and field.key not in REFUSED_KEYS:
            yield _unknown_key(item.path, field, known, field is item.fields[-1])


def _unknown_key(
    path: str, field: Field, known: dict[str, str], last: bool = False
) -> Problem:
    message = f'Unknown metadata key "{field.name}".'
    if field.key in STATUS_KEYS:
        return error(path, field.line, message, _status_fix(field))
    close = closest_key(field.name)
    alias = KEY_ALIASES.get(field.key)
    guess = f'"{alias}"' if alias else (_spelled(*close) if close else None)
    if guess:
        return error(path, field.line, message, f"did you mean {guess}?")
    if last and len(field.value.split()) > 1:
        return _swallowed_sentence(path, field)
    return warning(
        path,
        field.line,
        message[:-1] + "; the site ignores it.",
        f"remove it, or use one of {', '.join(known.values())}.",
    )


def _status_fix(field: Field) -> str:
    """`Draft: true` and the like: the Status line that says it, or none at all."""
    meant = field.value.strip().lower() not in NO_WORDS
    status = STATUS_KEYS[field.key][0 if meant else 1]
    if status is None:
        return 'remove the line; items without "Status: draft" are published.'
    return f'write "Status: {status}".'


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
        guess = closest_choice(category.value, {c: c for c in options.categories})
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


def check_status(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a Status other than draft, published or hidden (any case, as Pelican)."""
    status = item.field("Status")
    if status is None or status.value.lower() in options.statuses:
        return
    choices = ", ".join(options.statuses)
    guess = closest_choice(status.value, {s: s for s in options.statuses})
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
