"""Tags in every language: the table of content/tags.toml, one entry per tag.

A tag's key is its identity; each entry names it once per language. An editor
writes the key or any of the names in `Tags:` (letter case does not matter), and
every language shows the tag by its name there, at an address made from that name.
Pure: imports nothing of Pelican; reading the file is tag_file.py's.
"""

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from plugins.base.items import Tag
from plugins.base.languages import KNOWN_LANGUAGES
from plugins.base.transliteration.core import slugify, to_latin

# Where a language with no name of its own takes one: sr-Latn from sr-Cyrl.
DERIVED = {
    code: row["generated_from"]
    for code, row in KNOWN_LANGUAGES.items()
    if row.get("generated_from")
}
TAG_FILE = "tags.toml"


@dataclass(frozen=True)
class TagTable:
    """Every tag of tags.toml: key -> {language code -> name}."""

    names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    fallback: str = "en"  # the language whose name a language without one shows

    def __post_init__(self):
        lookup = {}
        for key, names in self.names.items():
            for written in (key, *names.values()):
                lookup.setdefault(written.casefold(), key)
        for key in self.names:  # editors of an sr-Latn file write the Latin name
            for code in DERIVED:
                lookup.setdefault(self.name(key, code).casefold(), key)
        object.__setattr__(self, "_lookup", MappingProxyType(lookup))

    def __bool__(self) -> bool:
        return bool(self.names)

    def key_of(self, written: str) -> str | None:
        """The key of a tag as an editor wrote it (key or a name, any case)."""
        return self._lookup.get(written.strip().casefold())

    def closest_key(self, written: str) -> str | None:
        """The key whose key or name is nearest to an unknown tag, if one is close."""
        close = difflib.get_close_matches(
            written.strip().casefold(), list(self._lookup), n=1, cutoff=0.75
        )
        return self._lookup[close[0]] if close else None

    def name(self, key: str, code: str) -> str:
        """The tag's name in a language: its own, derived (sr-Latn), or the
        fallback language's, else the key."""
        names = self.names[key]
        if code in names:
            return names[code]
        if DERIVED.get(code) in names:
            return to_latin(names[DERIVED[code]])
        return names.get(self.fallback) or key

    def tag(self, key: str, code: str, former: str = "") -> Tag:
        """The Tag of a key as shown in a language, at the address of its name."""
        name = self.name(key, code)
        return Tag(name, slugify(name, code), key=key, former=former)

    def tag_as_written(self, written: str, code: str) -> Tag:
        """The Tag an editor's `Tags:` entry gives in a language: the table's when
        the entry is a key or name in it, else the entry as written."""
        former = slugify(written, code)
        key = self.key_of(written)
        if key is None:
            return Tag(written, former)
        return self.tag(key, code, former=former)


EMPTY = TagTable()
