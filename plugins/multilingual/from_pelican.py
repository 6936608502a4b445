"""Turning the content objects Pelican read into our language-aware Items."""

import html
import re

from pelican.contents import Static
from pelican.urlwrappers import Category

from plugins.base import urls
from plugins.base.characters import ANYWHERE as UNPRINTABLE
from plugins.base.event_times import parse_event_moment
from plugins.base.items import Item, Tag
from plugins.base.languages import Language, normalise_code
from plugins.base.sanitize import clean_content
from plugins.base.schedule import DRAFT
from plugins.base.tag_table import EMPTY, TagTable

from .kept_html import NOTHING_KEPT, KeptHtml

FIRST_IMAGE = re.compile(r"<img\b[^>]*>")
ATTRIBUTE = re.compile(r"\s([a-z-]+)=\"([^\"]*)\"")
TAGS = re.compile(r"<[^>]+>")
DESCRIPTION_LENGTH = 200
# Pelican's context lists of what the site publishes, and whether each holds pages.
SOURCE_LISTS = (
    ("articles", False),
    ("hidden_articles", False),
    ("pages", True),
    ("hidden_pages", True),
)
# What only a preview build (the devserver) reads too: drafts.
DRAFT_LISTS = (("drafts", False), ("draft_pages", True))


def join_continued_lines(sender, metadata: dict) -> None:
    """The `*_generator_context` receiver: one string per key, as the checks read it.

    Python-Markdown gives a key with indented continuation lines a list of lines,
    and Pelican passes it on (a list as Title, Location, Aliases...); the checks
    join the lines with a space, so the build does too. Lists Pelican made itself
    (Tags, Authors) hold objects, not strings, and stay.
    """
    for key, value in metadata.items():
        if isinstance(value, list) and all(isinstance(part, str) for part in value):
            metadata[key] = " ".join(part for part in value if part)


def written_by_the_registry(content) -> None:
    """The `content_object_init` receiver: Pelican writes no article or page of
    its own (their *_SAVE_AS settings are empty; this plugin renders every page),
    so it need not format a file name for each one it checks or passes over
    (0.1 s of a build at N=1000). assign_url gives each its address later. Static
    files keep theirs: Pelican copies them."""
    if not isinstance(content, Static):
        content.override_save_as = ""


def content_sources(context, preview: bool = False) -> list[tuple[object, bool]]:
    """Every published or hidden article and page Pelican read (drafts too in a
    preview), and whether it is a page."""
    lists = SOURCE_LISTS + DRAFT_LISTS if preview else SOURCE_LISTS
    return [
        (content, is_page)
        for name, is_page in lists
        for content in context.get(name, [])
    ]


def language_of(content, by_code: dict[str, Language]) -> Language | None:
    """The site language a content object is written in, if it is one."""
    return by_code.get(normalise_code(content.lang) or "")


def plain_text(fragment: str) -> str:
    """The text of an HTML fragment on one line, entities decoded."""
    return " ".join(html.unescape(TAGS.sub(" ", fragment)).split())


def printable(text: str) -> str:
    """Text without control or bidi-override characters, which the checks refuse:
    feeds (lxml) cannot hold them, so a build with the checks off must not either."""
    return UNPRINTABLE.sub("", text)


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """Cut text at a word boundary so it fits a meta description."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


# Folders whose files are news items or events, whatever their Category line says
# (the checks refuse a Category that disagrees): an event without a Category line
# used to become a news item, with no calendar entry.
KIND_FOLDERS = ("news", "events")


def kind_of(content, is_page: bool) -> str:
    """news, events or page: the top folder decides, else the Category line."""
    if is_page:
        return "page"
    folder = content.relative_source_path.split("/", 1)[0]
    if folder in KIND_FOLDERS:
        return folder
    category = getattr(content, "category", None)
    return getattr(category, "slug", "news") or "news"


def categorise_drafts(generator) -> None:
    """The `article_generator_finalized` receiver: a draft without a Category line
    gets its folder's, as kind_of reads it. Pelican's draft writer asks every draft
    for one (and crashed), but its reader gives none while CATEGORY_SAVE_AS is ''."""
    for draft in (*generator.drafts, *generator.drafts_translations):
        if getattr(draft, "category", None) is None:
            draft.category = Category(kind_of(draft, False), generator.settings)


def drop_unwritten_tags(generator) -> None:
    """The `article_generator_finalized` receiver: forget Pelican's own tags when it
    writes neither tag pages nor tag feeds (our tag pages come from the registry).
    Before finding that it writes nothing, Pelican's tag writer matches every tag
    against every article: 0.23 s of each build at N=1000, quadratic in the items."""
    writers = ("TAG_SAVE_AS", "TAG_FEED_ATOM", "TAG_FEED_RSS")
    if not any(generator.settings.get(name) for name in writers):
        generator.tags = {}


def site_relative(url: str, base_path: str) -> str:
    """A link produced with the site's base path, back to a site-relative path."""
    if url.startswith(base_path + "/"):
        return url[len(base_path) + 1 :]
    return url


def first_image(body: str, base_path: str) -> dict:
    """The Item fields of the body's first <img>: its address, widths and size."""
    tag = FIRST_IMAGE.search(body)
    found = dict(ATTRIBUTE.findall(tag.group(0))) if tag else {}
    if not found.get("src"):
        return {}
    width, height = found.get("width", ""), found.get("height", "")
    sized = width.isdigit() and height.isdigit()
    return {
        "image": site_relative(found["src"], base_path),
        "image_srcset": found.get("srcset", ""),
        "image_width": int(width) if sized else 0,
        "image_height": int(height) if sized else 0,
    }


def event_fields(metadata, default_timezone: str) -> dict:
    """Event-start, Event-end, Location and Timezone of an event, parsed."""
    timezone = metadata.get("timezone", "").strip() or default_timezone
    start = metadata.get("event-start")
    end = metadata.get("event-end")
    return {
        "event_start": parse_event_moment(start, timezone) if start else None,
        "event_end": parse_event_moment(end, timezone) if end else None,
        "location": printable(metadata.get("location", "").strip()),
        "timezone": timezone,
    }


def unchanged(text: str) -> str:
    """No rewrite of item HTML (see item_from_content)."""
    return text


def item_from_content(
    content,
    language: Language,
    is_page: bool,
    base_path: str,
    rewrite=unchanged,
    tag_table: TagTable = EMPTY,
    kept: KeptHtml = NOTHING_KEPT,
):
    """The Item for one Pelican content object (its URL already set by us).

    `rewrite(html)` is given the sanitised body and summary (hooks.item_html);
    tags are named as `tag_table` (content/tags.toml) names them in the language;
    `kept` may hold the finished HTML of an earlier build (kept_html.py).
    """
    metadata = content.metadata
    kind = kind_of(content, is_page)
    scope = f"item {language!r}"
    body, summary = kept.parts(
        kept.source_key(scope, content),
        scope,
        lambda: (content.get_content(base_path), content.get_summary(base_path)),
        lambda raw: rewrite(clean_content(raw)),
    )
    aliases = [a.strip() for a in metadata.get("aliases", "").split(",") if a.strip()]
    fields = (
        event_fields(metadata, content.settings["TIMEZONE"]) if kind == "events" else {}
    )
    status = getattr(content, "status", "")
    return Item(
        kind=kind,
        lang=language.code,
        slug=content.slug,
        title=printable(content.title),
        path=content.url,
        source_path=content.relative_source_path,
        content=body,
        summary=summary,
        description=shorten(plain_text(summary)),
        date=getattr(content, "date", None),
        modified=getattr(content, "modified", None),
        tags=tags_of(
            [printable(tag.name) for tag in getattr(content, "tags", [])],
            language.code,
            tag_table,
        ),
        publisher=printable(metadata.get("publisher", "").strip()),
        contact=printable(metadata.get("contact", "").strip()),
        order=int(metadata.get("order", 0) or 0),
        aliases=tuple(aliases),
        **first_image(body, base_path),
        hidden=status in ("hidden", DRAFT),
        preview=DRAFT if status == DRAFT else "",
        **fields,
    )


def tag_of(name: str, code: str, tag_table: TagTable = EMPTY) -> Tag:
    """A tag with its slug in a language, refused when the slug is no address."""
    tag = tag_table.tag_as_written(name, code)
    problem = urls.segment_problem(tag.slug)
    if problem:
        raise urls.SlugError(
            f"error: Tag {name!r} gives the slug {tag.slug!r}, which {problem}. "
            "Fix: write the tag with letters or digits."
        )
    return tag


def tags_of(names: list[str], code: str, tag_table: TagTable = EMPTY) -> tuple:
    """An item's tags in its language, once each (two names of one key are one)."""
    tags: dict[str, Tag] = {}
    for name in names:
        tag = tag_of(name, code, tag_table)
        tags.setdefault(tag.key or tag.slug, tag)
    return tuple(tags.values())


def assign_url(content, language: Language, is_page: bool) -> None:
    """Give a Pelican content object our URL, so `{filename}` links resolve to it
    (its empty file name it got when made: written_by_the_registry)."""
    kind = kind_of(content, is_page)
    content.override_url = urls.item_path(language.prefix, kind, content.slug)
