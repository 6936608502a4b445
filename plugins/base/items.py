"""Items: one news item, event or institutional page in one language."""

import hashlib
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from functools import cached_property

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Tag:
    """A tag as shown in one language: its label and its URL slug."""

    name: str
    slug: str
    key: str = ""  # its key in content/tags.toml; "" when it is not in the table
    # The slug the tag had as written, before the table named it: its old address.
    former: str = ""


@dataclass(frozen=True)
class Item:
    """Everything a template, feed or calendar needs to know about one item."""

    kind: str  # "news" | "events" | "page"
    lang: str  # site language code: cs, lv, sr-Cyrl, sr-Latn, bg, en
    slug: str  # shared by all translations
    title: str
    path: str  # site-relative path, see urls.py
    source_path: str  # relative to the content folder
    content: str = ""  # rendered, sanitised HTML
    summary: str = ""  # HTML
    description: str = ""  # plain text for <meta name="description">
    date: datetime | None = None
    modified: datetime | None = None
    tags: tuple[Tag, ...] = ()
    publisher: str = ""
    contact: str = ""
    location: str = ""
    event_start: date | datetime | None = None
    event_end: date | datetime | None = None
    timezone: str = ""
    order: int = 0  # position in the menu of institutional pages
    aliases: tuple[str, ...] = ()
    image: str = ""  # site-relative path of the first image, for feeds and JSON-LD
    # The first image's published widths (`a.480.jpg 480w, …`) and size, so a list
    # can show it small without layout shift (plugins/media writes them).
    image_srcset: str = ""
    image_width: int = 0
    image_height: int = 0
    generated_from: str | None = None  # the language a generated Latin copy came from
    hidden: bool = False  # Status: hidden: built at its address, listed nowhere
    # "draft" or "scheduled" (plugins/base/schedule.py): only a preview build has
    # the item, hidden, with a banner saying it is not published.
    preview: str = ""
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> tuple[str, str]:
        """What links translations: the kind of item and its slug."""
        group = "page" if self.kind == "page" else "article"
        return (group, self.slug)

    @property
    def is_event(self) -> bool:
        """True for calendar events."""
        return self.kind == "events"

    @property
    def updated(self) -> datetime | None:
        """The last change: Modified when given, else the publication date."""
        return self.modified or self.date

    def sort_date(self) -> datetime:
        """The date lists are ordered by (pages have none: the epoch)."""
        return self.date or EPOCH

    @cached_property
    def revision(self) -> bytes:
        """A digest of every field: what the item's own page depends on.

        Text fields go in as they are, each behind its name and length; `repr` of
        the whole item would escape every character of the HTML bodies first.
        """
        digest = hashlib.sha1(self.face_revision)
        digest.update(fields_digest(self, BODY_FIELDS))
        return digest.digest()

    @cached_property
    def face_revision(self) -> bytes:
        """A digest of every field but the body: what other pages show of the item
        (lists, tags, switchers, notices show its title, summary, picture…)."""
        return fields_digest(self, FACE_FIELDS)

    @cached_property
    def fixed_revision(self) -> bytes:
        """A digest of the fields that decide page plans (date, tags, address…):
        neither an edit of the body nor of SHOWN_FIELDS changes it."""
        return fields_digest(self, FIXED_FIELDS)

    def with_changes(self, **changes) -> "Item":
        """A copy with some fields changed (Latin copies, variants' item views)."""
        return replace(self, **changes)


def fields_digest(item: Item, names) -> bytes:
    """A digest of some fields of an item, each behind its name and length
    (joined first: one hash call per item, not two per field)."""
    parts = []
    for name in names:
        value = getattr(item, name)
        text = value if type(value) is str else repr(value)
        parts.append(f"\0{name}\0{len(text)}\0{text}")
    return hashlib.sha1("".join(parts).encode()).digest()


# What an edit of an item's body changes; any other field changes page plans (a
# quick rebuild, plugins/multilingual/quick.py, declines an edit of any other).
TEXT_FIELDS = (
    "content",
    "summary",
    "description",
    "image",
    "image_srcset",
    "image_width",
    "image_height",
    "extra",
)
# Metadata that pages show but that decides no page's address, nor which items a
# list, tag, calendar or archive page holds, nor their order: lists go by date and
# slug, never by these (a page without a Slug line takes its slug from its title,
# and the slug is fixed). `make html` renders, after an edit of one of them, the
# pages showing the item, as after an edit of its summary (dependencies.py); the
# devserver's quick rebuild declines any metadata edit.
SHOWN_FIELDS = ("title", "publisher", "contact", "location")
FIELD_NAMES = tuple(field.name for field in fields(Item))
# Only an item's own page (its full, text and print views) shows its body; any
# other page shows its face (see face_revision).
BODY_FIELDS = ("content",)
FACE_FIELDS = tuple(name for name in FIELD_NAMES if name not in BODY_FIELDS)
FIXED_FIELDS = tuple(
    name for name in FIELD_NAMES if name not in TEXT_FIELDS + SHOWN_FIELDS
)
