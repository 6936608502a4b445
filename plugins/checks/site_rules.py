"""Rules across all files: slugs unique per language, translations with an
original, old addresses (Aliases) that lead to exactly one page."""

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from plugins.base.aliases import alias_output_path, alias_problem, matching_key
from plugins.base.characters import shorten
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.problem import Problem, error, warning


@dataclass(frozen=True)
class Slug:
    """The slug of a file, where it comes from, and the line that sets it."""

    text: str
    line: int
    from_title: bool


def slug_of(item: ContentFile, options: CheckOptions) -> Slug | None:
    """Return the file's slug: its Slug line, or like Pelican, its slugified Title."""
    slug, title = item.field("Slug"), item.field("Title")
    if slug is not None and slug.value:
        return Slug(slug.value, slug.line, False)
    if title is not None and title.value:
        return Slug(options.slugify(title.value), title.line, True)
    return None


def language_of(item: ContentFile, options: CheckOptions) -> str:
    """Return the file's Lang, or the site language when it has none."""
    return item.value("Lang") or options.site_language


def is_translation(item: ContentFile) -> bool:
    """Tell whether Pelican treats the file as a translation (any value but false)."""
    flag = item.field("Translation")
    return flag is not None and flag.value.lower() != "false"


def _others(paths: Iterable[str]) -> str:
    return ", ".join(sorted(paths))


def check_duplicate_slugs(
    items: list[ContentFile], options: CheckOptions
) -> Iterator[Problem]:
    """Report every file whose slug another file uses in the same language."""
    groups: dict[tuple[str, str], list[tuple[ContentFile, Slug]]] = defaultdict(list)
    for item in items:
        slug = slug_of(item, options)
        if slug is not None:
            groups[language_of(item, options), slug.text].append((item, slug))
    for (language, text), group in groups.items():
        for item, slug in group if len(group) > 1 else ():
            source = " (made from the Title)" if slug.from_title else ""
            others = _others(other.path for other, _ in group if other is not item)
            yield error(
                item.path,
                slug.line,
                f'Slug "{text}"{source} is also used by {others}'
                f' in language "{language}".',
                'give one of them a different "Slug:" line.',
            )


def check_orphan_translations(
    items: list[ContentFile], options: CheckOptions
) -> Iterator[Problem]:
    """Report translations whose slug no original (non-translation) file has."""
    originals = {
        slug.text
        for item in items
        if not is_translation(item) and (slug := slug_of(item, options))
    }
    for item in filter(is_translation, items):
        slug = slug_of(item, options)
        if slug is None or slug.text in originals:
            continue
        yield warning(
            item.path,
            item.field("Translation").line,
            f'This translation has no original with the slug "{slug.text}".',
            'use the Slug of the original, or remove "Translation: true".',
        )


def _aliases(item: ContentFile) -> Iterator[tuple[str, int]]:
    field = item.field("Aliases")
    for alias in re.split(r"[,\s]+", field.value) if field else ():
        if alias:
            yield alias, field.line


def _bad_alias(item: ContentFile, alias: str, line: int) -> Problem | None:
    message = alias_problem(alias)
    if message is None:
        return None
    return error(item.path, line, message, "write only the path, e.g. /old/page.html.")


def _is_reserved(output_path: str, reserved: Collection[str]) -> bool:
    """Tell whether a path is reserved; entries ending in "/*" reserve a folder."""
    key = matching_key(output_path)
    folders = key.split("/")[:-1]
    return key in reserved or any(
        "/".join(folders[: depth + 1]) + "/*" in reserved
        for depth in range(len(folders))
    )


def _reserved_keys(paths: Iterable[str]) -> frozenset[str]:
    """Reserved entries as matching keys: pages like aliases, folders kept as "x/*"."""
    return frozenset(
        matching_key(
            path.lstrip("/") if path.endswith("*") else alias_output_path(path)
        )
        for path in paths
    )


def check_aliases(items: list[ContentFile], options: CheckOptions) -> Iterator[Problem]:
    """Report aliases that are not site paths, collide, or replace a real page."""
    claims: dict[str, list[tuple[ContentFile, str, int]]] = defaultdict(list)
    site_paths = options.site_paths(items) if options.site_paths else ()
    reserved = _reserved_keys([*options.reserved_paths, *site_paths])
    for item in items:
        for alias, line in _aliases(item):
            problem = _bad_alias(item, alias, line)
            if problem:
                yield problem
            elif _is_reserved(alias_output_path(alias), reserved):
                yield error(
                    item.path,
                    line,
                    f'Alias "{shorten(alias)}" would replace a page of the site.',
                    "remove it, or write the real old address.",
                )
            else:
                claims[matching_key(alias_output_path(alias))].append(
                    (item, alias, line)
                )
    for claimants in claims.values():
        yield from _alias_collisions(claimants)


def _alias_collisions(
    claimants: list[tuple[ContentFile, str, int]],
) -> Iterator[Problem]:
    for index, (item, alias, line) in enumerate(claimants):
        others = [other.path for other, _, _ in claimants if other is not item]
        if others:
            where, fix = (
                f"also used by {_others(set(others))}",
                "keep it in one file only.",
            )
        elif index > 0:
            where, fix = "listed twice in this file", "remove one of them."
        else:
            continue
        yield error(item.path, line, f'Alias "{shorten(alias)}" is {where}.', fix)


SITE_RULES = (
    check_duplicate_slugs,
    check_orphan_translations,
    check_aliases,
)


def check_site(items: list[ContentFile], options: CheckOptions) -> Iterator[Problem]:
    """Run the rules above over all content files. They read only each file's
    path and metadata fields (core.FIELD_RULES); links are link_rules.py's."""
    for rule in SITE_RULES:
        yield from rule(items, options)
