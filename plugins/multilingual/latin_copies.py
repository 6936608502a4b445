"""Generated Latin copies: the Serbian Latin site made from the Cyrillic one.

A Latin copy is generated; the same page written in another language is a
translation (registry.py), never a copy."""

import re

from plugins.base import urls
from plugins.base.items import Item, Tag
from plugins.base.languages import Language
from plugins.base.tag_table import EMPTY, TagTable
from plugins.base.transliteration.core import latin_slug, to_latin
from plugins.base.transliteration.html import transliterate_html

from .kept_html import NOTHING_KEPT, KeptHtml

HREF = re.compile(r'(href|src)="([^"]*)"')


def latin_copy(
    item: Item,
    target: Language,
    link_map: dict[str, str],
    tag_table=EMPTY,
    transliterate=transliterate_html,
) -> Item:
    """The sr-Latn version of a sr-Cyrl item: text transliterated, URLs Latin.

    `transliterate` may be transliterate_html kept between builds (kept_html.py)."""
    slug = latin_slug(item.slug)
    content = relink(transliterate(item.content), link_map)
    summary = relink(transliterate(item.summary), link_map)
    return item.with_changes(
        lang=target.code,
        slug=item.slug,  # the shared key stays: translations stay linked
        title=to_latin(item.title),
        path=urls.item_path(target.prefix, item.kind, slug),
        content=content,
        summary=summary,
        description=to_latin(item.description),
        tags=tuple(latin_tag(tag, target, tag_table) for tag in item.tags),
        publisher=to_latin(item.publisher),
        contact=to_latin(item.contact),
        location=to_latin(item.location),
        generated_from=item.lang,
    )


def latin_tag(tag: Tag, target: Language, tag_table: TagTable) -> Tag:
    """A tag of the copy: the table's name in the target language, else the
    source's name transliterated."""
    former = latin_slug(tag.former) if tag.former else ""
    if tag.key:
        return tag_table.tag(tag.key, target.code, former=former)
    return Tag(to_latin(tag.name), latin_slug(tag.slug), former=former)


def relink(fragment: str, link_map: dict[str, str]) -> str:
    """Point links at Cyrillic pages to their Latin copies (exact link matches only)."""
    if not link_map:
        return fragment

    def swap(match: re.Match) -> str:
        attribute, target = match.groups()
        path, hash_mark, anchor = target.partition("#")
        return f'{attribute}="{link_map.get(path, path)}{hash_mark}{anchor}"'

    return HREF.sub(swap, fragment)


def latin_copies(
    items, languages, address, tag_table=EMPTY, kept: KeptHtml = NOTHING_KEPT
) -> list[Item]:
    """Latin copies for every generated language, except where an editor wrote one
    (`kept`: transliterated HTML of an earlier build, see kept_html.py)."""
    transliterate = kept.maker("latin", transliterate_html)
    by_code = {language.code: language for language in languages}
    authored = {(item.lang, item.key) for item in items}
    copies = []
    for target in languages:
        if not target.generated_from:
            continue
        sources = [item for item in items if item.lang == target.generated_from]
        link_map = latin_link_map(
            sources, by_code[target.generated_from], target, address
        )
        copies += [
            latin_copy(item, target, link_map, tag_table, transliterate)
            for item in sources
            if (target.code, item.key) not in authored
        ]
    return copies


def latin_link_map(sources, source: Language, target: Language, address):
    """Links to the source language's items and lists, mapped to the Latin copies'."""
    link_map = {
        address.link(item.path): address.link(
            urls.item_path(target.prefix, item.kind, latin_slug(item.slug))
        )
        for item in sources
    }
    link_map.update(section_links(source, target, address))
    return link_map


def section_links(source: Language, target: Language, address) -> dict[str, str]:
    """The language home and section lists of the source, mapped to the target's."""
    pairs = [(urls.home_path(source.prefix), urls.home_path(target.prefix))]
    pairs += [
        (urls.section_path(source.prefix, s), urls.section_path(target.prefix, s))
        for s in urls.SECTIONS
    ]
    return {address.link(a): address.link(b) for a, b in pairs}
