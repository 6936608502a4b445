"""Decide what `make newpost` and `make translate` write, or refuse with a message
that says how to fix the command. Nothing is written here but by write_new_file."""

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from plugins.base.transliteration.core import slugify
from plugins.checks.core import check_file_text
from plugins.checks.problem import ERROR
from tools.editors.content import Version, group_versions, read_versions
from tools.editors.languages import EditorError, canonical_code, resolve_language
from tools.editors.new_files import (
    NewItem,
    event_time_zone,
    item_path,
    new_item_text,
    slug_for_title,
    translation_stub_text,
)
from tools.editors.originals import FirstCommits, choose_original
from tools.editors.settings import Site

SECTIONS = ("news", "events", "pages")
LATIN_OVERRIDE = "sr-Latn"


@dataclass(frozen=True)
class NewFile:
    """A file to write: path relative to the content folder, text, notes to print."""

    path: str
    text: str
    notes: tuple[str, ...] = ()


def every_answer(*questions: Callable[[], str]) -> list[str]:
    """Return each question's answer, or refuse with every problem at once."""
    answers, problems = [], []
    for question in questions:
        try:
            answers.append(question())
        except EditorError as problem:
            problems.append(str(problem))
    if problems:
        raise EditorError("\n".join(problems))
    return answers


def _choose_title(value: str) -> str:
    title = " ".join(value.split())
    if not title:
        raise EditorError(
            'TITLE is empty: add TITLE="…",'
            ' e.g. make newpost LANG=lv TITLE="Darba grupa turpina darbu".'
        )
    return title


def _required_slug(value: str) -> str:
    if not value.strip():
        raise EditorError(
            "SLUG is missing: add the slug of the item to translate,"
            " e.g. make translate SLUG=working-group-meeting LANG=bg."
        )
    return value.strip()


def _choose_section(value: str) -> str:
    section = value.strip().lower() or "news"
    if section in SECTIONS:
        return section
    close = difflib.get_close_matches(section, SECTIONS, n=1, cutoff=0.6)
    listed = ", ".join(SECTIONS)
    fix = f'use "{close[0]}" (one of {listed})' if close else f"use one of {listed}"
    raise EditorError(f'SECTION "{value}" is not a section: {fix}.')


def _choose_slug(slug: str, title: str, lang: str) -> str:
    if not slug.strip():
        made = slug_for_title(title, lang)
        if not made:
            raise EditorError(
                f'TITLE "{title}" has no letters to make a slug from:'
                " add SLUG=some-words."
            )
        return made
    if slugify(slug, "en") != slug:
        raise EditorError(
            f'SLUG "{slug}" is not a slug: use lower-case ASCII letters, digits'
            f' and hyphens, e.g. "{slug_for_title(slug, lang) or "working-group"}".'
        )
    return slug


def _new_item_language(value: str, site: Site) -> str:
    if canonical_code(value, site.languages) == LATIN_OVERRIDE:
        raise EditorError(
            "sr-Latn pages are generated from sr: write the item in Serbian Cyrillic"
            " with LANG=sr. To correct a generated Latin page, use"
            " make translate SLUG=… LANG=sr-Latn."
        )
    return resolve_language(value, site.written)


def _refuse_existing(site: Site, path: str, hint: str) -> None:
    if (site.content_root / path).exists():
        raise EditorError(
            f"{site.content_root.name}/{path} already exists; it is left as it is."
            f" {hint}"
        )


def _same_slug_notes(versions: list[Version], slug: str, lang: str) -> tuple:
    """Refuse a slug the language already uses; note other languages' use of it."""
    same = [version for version in versions if version.slug == slug]
    taken = [version.path for version in same if version.lang == lang]
    if taken:
        raise EditorError(
            f'Slug "{slug}" is already used by {", ".join(taken)} in language'
            f' "{lang}": choose another TITLE, or add SLUG=….'
        )
    if not same:
        return ()
    others = ", ".join(version.path for version in same)
    return (
        f"The new file is the {lang} version of the item {others} belong to, as it"
        " has the same slug. To translate an item, make translate copies its original.",
    )


def _checked(path: str, text: str, site: Site, refuse: bool) -> tuple[str, ...]:
    """Return the checker's problems as notes; refuse errors when asked to."""
    problems = check_file_text(path, text, site.check_options())
    lines = tuple(problem.describe(site.content_root.name) for problem in problems)
    if refuse and any(problem.severity == ERROR for problem in problems):
        raise EditorError(
            "The new file would not pass the checks:\n" + "\n".join(lines)
        )
    return lines


def plan_new_item(
    site: Site, lang: str, title: str, section: str, today: date, slug: str = ""
) -> NewFile:
    """Return the new item `make newpost` writes, or raise EditorError."""
    title, lang, section = every_answer(
        lambda: _choose_title(title),
        lambda: _new_item_language(lang, site),
        lambda: _choose_section(section),
    )
    slug = _choose_slug(slug, title, lang)
    path = item_path(section, slug, lang)
    _refuse_existing(site, path, "Edit it, or choose another TITLE (or SLUG).")
    versions = read_versions(
        site.content_root, site.languages, site.default_language, site.slugify
    )
    notes = _same_slug_notes(versions, slug, lang)
    item = NewItem(
        title=title,
        lang=lang,
        section=section,
        slug=slug,
        today=today,
        timezone=event_time_zone(lang, site.timezone),
        publisher=site.info(lang, "publisher"),
        contact=site.info(lang, "phone"),
    )
    text = new_item_text(item)
    return NewFile(path, text, notes + _checked(path, text, site, refuse=True))


def write_new_file(site: Site, new_file: NewFile) -> Path:
    """Write the file, never over an existing one; return its full path."""
    target = site.content_root / new_file.path
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with target.open("x", encoding="utf-8", newline="\n") as stream:
            stream.write(new_file.text)
    except FileExistsError:
        raise EditorError(f"{target} already exists; it is left as it is.") from None
    return target


def _find_item(groups: dict, slug: str, section: str) -> tuple[str, str]:
    """Return the (section, slug) of the item, or refuse an unknown or unclear slug."""
    keys = sorted(key for key in groups if key[1] == slug)
    if section and keys and section not in (key[0] for key in keys):
        raise EditorError(
            f'"{slug}" is not in {section}/ but in {keys[0][0]}/:'
            f" use SECTION={keys[0][0]}, or leave SECTION out."
        )
    keys = [key for key in keys if key[0] == section] if section else keys
    if not keys:
        where = f" in {section}/" if section else ""
        close = difflib.get_close_matches(slug, sorted({key[1] for key in groups}), 1)
        hint = f' Did you mean "{close[0]}"?' if close else ""
        raise EditorError(
            f'No item has the slug "{slug}"{where}.{hint}'
            " make translations lists every item."
        )
    if len(keys) > 1:
        folders = " and ".join(f"{key[0]}/" for key in keys)
        raise EditorError(
            f'Slug "{slug}" is used in {folders}: add SECTION={keys[0][0]}'
            f" (or {', '.join(key[0] for key in keys[1:])})."
        )
    return keys[0]


def _source(
    site: Site, versions: dict, slug: str, lang: str, history: FirstCommits | None
) -> tuple[Version, str]:
    """Return the version to translate from, and a sentence that says which."""
    if lang == LATIN_OVERRIDE:
        if "sr" not in versions:
            raise EditorError(
                f'"{slug}" has no sr version, and sr-Latn pages are made from sr:'
                " translate it into Serbian first"
                f" (make translate SLUG={slug} LANG=sr)."
            )
        return versions["sr"], f"Transliterated {versions['sr'].path} into Latin."
    original = choose_original(versions, site.written, site.fallback, history)
    return (
        original.version,
        f"Translating from {original.version.path} ({original.why}).",
    )


def plan_translation(
    site: Site,
    slug: str,
    lang: str,
    section: str = "",
    history: FirstCommits | None = None,
) -> NewFile:
    """Return the translation stub `make translate` writes from the item's original
    (git history, when given, tells which file is oldest), or raise EditorError."""
    slug, lang, section = every_answer(
        lambda: _required_slug(slug),
        lambda: resolve_language(lang, site.languages),
        lambda: _choose_section(section) if section.strip() else "",
    )
    versions = read_versions(
        site.content_root, site.languages, site.default_language, site.slugify
    )
    groups = group_versions(versions)
    key = _find_item(groups, slug, section)
    existing = groups[key].get(lang)
    if existing is not None:
        raise EditorError(
            f'{existing.path} is already the {lang} version of "{slug}";'
            " it is left as it is. Edit it instead."
        )
    path = item_path(key[0], slug, lang)
    _refuse_existing(
        site,
        path,
        f'Its Lang or Slug line says it is not the {lang} version of "{slug}".',
    )
    source, which = _source(site, groups[key], slug, lang, history)
    text = translation_stub_text(source, lang)
    return NewFile(path, text, (which, *_checked(path, text, site, refuse=False)))
