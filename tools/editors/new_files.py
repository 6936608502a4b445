"""The text of new content files: a new item with every metadata line an editor
needs, and a translation stub that keeps the original as a comment to translate."""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from babel import Locale

from plugins.base.languages import KNOWN_LANGUAGES, normalise_code
from plugins.base.transliteration.core import has_cyrillic, slugify, to_latin
from plugins.checks.metadata import Field
from tools.editors.content import Version

SLUG_LIMIT = 60
TODO = "TODO"  # one marker for every value to replace; `grep -rn TODO content/`
EVENT_DAYS_AHEAD = 7
EVENT_HOURS = ("10:00", "12:00")
# Fields a translation stub never copies: old addresses belong to one file only.
NOT_COPIED = ("aliases", "status", "translation")
MARKED_FIELDS = ("title", "summary")
# The checker refuses Serbian Cyrillic files that are mostly Latin; these are seen.
VISIBLE_FIELDS = ("title", "summary", "location")
NEW_DRAFT = ("Status", "draft")  # published only once the editor deletes the line
DRAFT_TRANSLATION = [NEW_DRAFT, ("Translation", "true")]
# Words that would end an HTML comment early (HTML5 also ends one at `--!>`).
COMMENT_END = re.compile(r"--(!?)>")


@dataclass(frozen=True)
class NewItem:
    """What `make newpost` needs to write a file."""

    title: str
    lang: str
    section: str  # news, events or pages
    slug: str
    today: date
    timezone: str
    publisher: str = ""
    contact: str = ""


def slug_for_title(title: str, lang: str, limit: int = SLUG_LIMIT) -> str:
    """Return an ASCII slug for a title, cut after a whole word when too long."""
    slug = slugify(title, lang)
    if len(slug) <= limit:
        return slug
    cut = slug[: limit + 1].rsplit("-", 1)[0]
    return cut if cut else slug[:limit]


def item_path(section: str, slug: str, lang: str) -> str:
    """Return the file's path in the content folder: news/<slug>.<lang>.md."""
    return f"{section}/{slug}.{lang}.md"


def event_time_zone(lang: str, site_timezone: str) -> str:
    """Return the likely time zone of an event written in lang."""
    row = KNOWN_LANGUAGES.get(normalise_code(lang) or lang, {})
    return row.get("timezone") or site_timezone


def language_name(code: str) -> str:
    """Return the English name of a language code: "Latvian", "Serbian (Latin)"."""
    base, _, script = code.partition("-")
    english = Locale("en")
    name = english.languages.get(base, code)
    if base == "sr":
        name += f" ({english.scripts.get(script or 'Cyrl', script)})"
    return name


def _metadata(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"{key}: {value}".rstrip() + "\n" for key, value in pairs)


def new_item_metadata(item: NewItem) -> list[tuple[str, str]]:
    """Return the metadata lines of a new item, in the order README lists them."""
    pairs = [
        ("Title", item.title),
        ("Date", item.today.isoformat()),
        ("Lang", item.lang),
        ("Slug", item.slug),
    ]
    if item.section != "pages":
        pairs += [("Category", item.section), ("Tags", "")]
    pairs += [("Summary", TODO), ("Publisher", item.publisher)]
    pairs.append(("Contact", item.contact))
    if item.section == "events":
        day = (item.today + timedelta(days=EVENT_DAYS_AHEAD)).isoformat()
        pairs += [
            ("Event-start", f"{day} {EVENT_HOURS[0]}"),
            ("Event-end", f"{day} {EVENT_HOURS[1]}"),
            ("Location", TODO),
            ("Timezone", item.timezone),
        ]
    return pairs + [NEW_DRAFT]


def new_item_prompt(item: NewItem) -> str:
    """Return the comment that tells the editor what to write and replace."""
    lines = [
        f"Write the text here, in {language_name(item.lang)}, and delete this comment.",
        f"Replace every {TODO} above.",
        'Delete "Status: draft" when the item is ready to publish; until then',
        "only make devserver shows it.",
    ]
    if item.section == "pages":
        lines.append('"Order: 10" (optional) sets the position in the menu.')
    else:
        lines.append("Tags are optional: words separated by commas.")
    if item.section == "events":
        lines += [
            "Event-start and Event-end are placeholders (a week from today,",
            f"{EVENT_HOURS[0]} to {EVENT_HOURS[1]}). Check the Timezone too.",
        ]
    lines += [
        'Images: ![What the picture shows](images/photo.jpg "Caption")',
        "Links to other items: [text](news/other-item.en.md)",
    ]
    return comment("\n".join(lines))


def new_item_text(item: NewItem) -> str:
    """Return the whole text of a new content file."""
    return _metadata(new_item_metadata(item)) + "\n" + new_item_prompt(item)


def comment(text: str) -> str:
    """Return text as an HTML comment that nothing inside can end early."""
    safe = COMMENT_END.sub(lambda found: f"--{found[1]} >", text.strip("\n"))
    return f"<!--\n{safe}\n-->\n"


def copied_fields(source: Version, lang: str) -> list[Field]:
    """Return the source's metadata for a version in lang: Lang changed, no
    Aliases, Status or Translation (the stub adds its own)."""
    fields = [
        Field(field.name, lang, field.line) if field.key == "lang" else field
        for field in source.item.fields
        if field.key not in NOT_COPIED
    ]
    if source.item.field("Lang") is None:
        fields.append(Field("Lang", lang, 0))
    return fields


def _stub_value(field: Field, lang: str, moved: list[Field]) -> str:
    """Return a copied value: marked for translation, or TODO in Serbian Cyrillic
    when the original is Latin (the checker would refuse it; it goes to `moved`)."""
    if lang == "sr" and field.key in VISIBLE_FIELDS and not has_cyrillic(field.value):
        moved.append(field)
        return TODO
    if field.key in MARKED_FIELDS:
        return f"{TODO}: {field.value}"
    return field.value


def translation_stub_text(source: Version, lang: str) -> str:
    """Return a stub for translating source into lang, the original as a comment."""
    if lang == "sr-Latn":
        return latin_override_text(source)
    moved: list[Field] = []
    pairs = [
        (field.canonical_name, _stub_value(field, lang, moved))
        for field in copied_fields(source, lang)
    ]
    visible = [f"{field.canonical_name}: {field.value}" for field in moved]
    reference = "\n".join(
        [
            f"Translate {source.path} ({language_name(source.lang)})"
            f" into {language_name(lang)}.",
            "Write the text here, above this comment, then delete the comment.",
            f"Translate the {TODO} lines above, and Publisher and Location where",
            'they need it. Delete "Status: draft" when the translation is ready.',
            *([""] + visible if visible else []),
            "",
            source.item.body.strip("\n"),
        ]
    )
    return _metadata(pairs + DRAFT_TRANSLATION) + "\n" + comment(reference)


def latin_override_text(source: Version) -> str:
    """Return an sr-Latn override: the Serbian Cyrillic file in Gaj's Latin."""
    pairs = [
        (field.canonical_name, to_latin(field.value))
        for field in copied_fields(source, "sr-Latn")
    ]
    note = comment(
        f"Made from {source.path} in Gaj's Latin, as the site does. Correct what"
        " the\nautomatic transliteration got wrong, delete this comment, then"
        ' delete\n"Status: draft" to replace the generated Latin page.'
    )
    body = to_latin(source.item.body.strip("\n"))
    return _metadata(pairs + DRAFT_TRANSLATION) + "\n" + note + "\n" + body + "\n"
