"""Items: one news item, event or institutional page in one language."""

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Tag:
    """A tag as shown in one language: its label and its URL slug."""

    name: str
    slug: str


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
    generated_from: str | None = None  # the language a generated twin came from
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

    def but(self, **changes) -> "Item":
        """A copy with some fields changed (used for generated language twins)."""
        return replace(self, **changes)
