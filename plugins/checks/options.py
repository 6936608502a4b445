"""What the checker knows about the site: languages, keys, categories, slugs."""

import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date

from plugins.base.languages import DEFAULT_CODES, KNOWN_LANGUAGES, authored_codes
from plugins.base.metadata_keys import METADATA_KEYS
from plugins.base.tag_table import TagTable
from plugins.base.transliteration.core import slugify as language_slugify

# What editors write in `Lang:` on a site with the default languages.
SITE_LANGUAGES = authored_codes(DEFAULT_CODES)

# The country phone numbers of each language are read in, by what editors write in
# `Lang:` (MULTILINGUAL_LANGUAGE_OVERRIDES may change a country: see handlers.py).
PHONE_REGIONS = tuple(
    (row["authored"], row["country"]) for row in KNOWN_LANGUAGES.values()
)

# Display spelling of every metadata key editors may write (compared lower case);
# the words for them in the editors' languages are in the same base module.
KNOWN_KEYS = METADATA_KEYS
# Keys Pelican knows that the site refuses; a rule of their own says why.
REFUSED_KEYS = ("template",)

# Words editors use for a key that difflib would not connect to it.
KEY_ALIASES = {
    "language": "Lang",
    "start": "Event-start",
    "end": "Event-end",
    "begin": "Event-start",
    "place": "Location",
    "venue": "Location",
    "tag": "Tags",
    "categories": "Category",
    "tz": "Timezone",
    "alias": "Aliases",
    "updated": "Modified",
}


# Keys some tools use for publishing state: the Status to write for a yes, and
# for a no (None: nothing to write, the item is published anyway).
STATUS_KEYS = {
    "draft": ("draft", None),
    "hidden": ("hidden", None),
    "published": (None, "draft"),
    "unpublished": ("draft", None),
}
# Values that mean "no" in such a key (also in the editors' languages).
NO_WORDS = frozenset({"false", "no", "0", "off", "ne", "nē", "не", "ні"})


def simple_slugify(title: str) -> str:
    """Turn a title into a slug: lower case, accents removed, words joined by '-'."""
    decomposed = unicodedata.normalize("NFKD", title)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[\W_]+", "-", plain.lower()).strip("-")


@dataclass(frozen=True)
class CheckOptions:
    """Settings of one check run; defaults describe this project's site."""

    languages: tuple[str, ...] = SITE_LANGUAGES
    default_language: str = ""
    categories: tuple[str, ...] = ("news", "events")
    known_keys: tuple[str, ...] = KNOWN_KEYS
    statuses: tuple[str, ...] = ("draft", "published", "hidden")
    serbian_cyrillic: str = "sr"
    # The zone of event times without a Timezone line (the site's TIMEZONE).
    timezone: str = "UTC"
    slugify: Callable[[str], str] = simple_slugify
    # A tag's address in a language, as the build makes it: (name, lang) -> slug.
    tag_slugify: Callable[[str, str], str] = language_slugify
    # Content-root-relative paths of every file; None skips "does it exist" checks.
    existing_files: Collection[str] | None = None
    # Output paths (e.g. "lv/index.html") that an alias must not overwrite.
    reserved_paths: Collection[str] = field(default_factory=frozenset)
    # More such paths worked out from the parsed files (the site's own pages): only
    # the cross-file alias rule needs them, so per-file results do not depend on them.
    site_paths: Callable[[Sequence], Collection[str]] | None = None
    # The build day (scheduled files are those dated after it); only the cross-file
    # link rule reads it, so per-file results do not depend on it. None: unknown.
    today: date | None = None
    # (Lang as written, ISO 3166 country) pairs: where Contact phone numbers are read.
    phone_regions: tuple[tuple[str, str], ...] = PHONE_REGIONS
    # content/tags.toml (plugins/base/tag_table.py), None without the file; only
    # cross-file rules read it, so per-file results do not depend on it.
    tag_table: TagTable | None = None
    tag_file_broken: bool = False  # tags.toml has mistakes: its table is partial

    @property
    def site_language(self) -> str:
        """Return the language of files without a Lang line."""
        return self.default_language or self.languages[0]
