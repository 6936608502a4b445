"""The one owner of cross-language state: which items exist in which languages.

A hidden item (`Status: hidden`) is built at its address and listed nowhere: not
in lists, tags, menus, feeds, calendars, sitemaps, search, nor in its translations'
language switchers. Iterating the registry gives the listed items only.

Feeds, sitemap, calendar, search and the language switcher all read this registry;
it is built afresh for every build and holds no module-level state.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import partial

from plugins.base.items import Item, Tag
from plugins.base.languages import Language
from plugins.base.tag_table import EMPTY, TagTable


@dataclass(frozen=True)
class Listed:
    """An item as it appears in a list of another (or its own) language."""

    item: Item
    foreign: bool  # True when the list's language has no version of the item


@dataclass(frozen=True)
class Version:
    """One entry of the language switcher or of the hreflang alternates."""

    language: Language
    item: Item | None  # None: the item does not exist in that language
    current: bool


class Registry:
    """Items of every language, grouped into translations."""

    def __init__(
        self,
        languages,
        items,
        fallback="en",
        list_untranslated=True,
        tag_table: TagTable = EMPTY,
    ):
        self.languages: list[Language] = list(languages)
        self.by_code = {language.code: language for language in self.languages}
        self.fallback = fallback
        self.list_untranslated = list_untranslated
        self.tag_table = tag_table  # content/tags.toml: a tag's name per language
        self._order = {language.code: n for n, language in enumerate(self.languages)}
        self._items: tuple[Item, ...] = tuple(items)
        self._groups: dict[tuple, dict[str, Item]] = defaultdict(dict)
        for item in self._items:
            self._groups[item.key][item.lang] = item
        self._by_path = {item.path: item for item in self._items}
        # Lists are asked for many times per build (switchers, tags); the registry
        # never changes after it is built, so each answer is computed once.
        self._listings: dict[tuple, list[Listed]] = {}
        self._tags: dict[str, dict] = {}

    def with_items(self, replacements: dict[str, Item]) -> "Registry":
        """A new registry in which the items at these paths are the given ones;
        everything else, order included, as in this one (which stays as it is)."""
        unknown = replacements.keys() - self._by_path.keys()
        if unknown:
            raise KeyError(f"no item to replace at {', '.join(sorted(unknown))}")
        items = [replacements.get(item.path, item) for item in self._items]
        registry = Registry(
            self.languages,
            items,
            self.fallback,
            self.list_untranslated,
            self.tag_table,
        )
        # Lists and tags are made of fixed fields (kind, language, dates, slugs,
        # tags, hidden...): when the new items keep theirs, the answers found so
        # far hold with the new items in place (the devserver's quick rebuild).
        if all(
            self._by_path[path].fixed_revision == item.fixed_revision
            for path, item in replacements.items()
        ):
            swap = partial(swapped, replacements)
            registry._listings = {
                key: swap(listing) for key, listing in self._listings.items()
            }
            registry._tags = {
                lang: {
                    slug: (tag, swap(entries)) for slug, (tag, entries) in tags.items()
                }
                for lang, tags in self._tags.items()
            }
        return registry

    def __iter__(self):
        """Every listed (not hidden) item of every language, in a stable order."""
        return (item for item in self.every_item() if not item.hidden)

    def every_item(self):
        """Every item of every language, hidden ones too: each gets its page."""
        for key in sorted(self._groups):
            yield from self.versions(key).values()

    def item_at(self, path: str) -> Item | None:
        """The item published at a site-relative path."""
        return self._by_path.get(path)

    def versions(self, key) -> dict[str, Item]:
        """The translations of an item, keyed by language in site order."""
        group = self._groups.get(key, {})
        return {code: group[code] for code in sorted(group, key=self._order.get)}

    def versions_seen_from(self, item: Item) -> dict[str, Item]:
        """The translations a page of the item links to: itself and listed ones."""
        return {
            code: other
            for code, other in self.versions(item.key).items()
            if code == item.lang or not other.hidden
        }

    def switcher(self, item: Item) -> list[Version]:
        """One entry per site language: the item's version there, or None."""
        group = self._groups[item.key]
        return [
            Version(language, group.get(language.code), language.code == item.lang)
            for language in self.languages
        ]

    def representative(self, key) -> Item:
        """The version shown to readers of a language that has none of its own."""
        versions = {
            code: item for code, item in self.versions(key).items() if not item.hidden
        }
        authored = [item for item in versions.values() if not item.generated_from]
        for item in authored:
            if item.lang == self.fallback:
                return item
        return (authored or list(versions.values()))[0]

    def listing(self, lang: str, kinds=("news", "events")) -> list[Listed]:
        """Items of the given kinds for one language's lists, newest first."""
        if (lang, kinds) not in self._listings:
            self._listings[lang, kinds] = self._make_listing(lang, kinds)
        return self._listings[lang, kinds]

    def _make_listing(self, lang: str, kinds) -> list[Listed]:
        listed = []
        for key, group in self._groups.items():
            any_item = next(iter(group.values()))
            if any_item.kind not in kinds:
                continue
            if lang in group:
                if not group[lang].hidden:
                    listed.append(Listed(group[lang], foreign=False))
            elif self.list_untranslated and any(
                not item.hidden for item in group.values()
            ):
                listed.append(Listed(self.representative(key), foreign=True))
        listed.sort(key=lambda entry: (entry.item.sort_date(), entry.item.slug))
        listed.reverse()
        return listed

    def pages_in(self, lang: str) -> list[Item]:
        """Institutional pages written in a language, in menu order."""
        pages = [
            group[lang]
            for group in self._groups.values()
            if lang in group and group[lang].kind == "page" and not group[lang].hidden
        ]
        return sorted(pages, key=lambda page: (page.order, page.title.casefold()))

    def tags_in(self, lang: str) -> dict[str, tuple[Tag, list[Listed]]]:
        """Tags used in a language's lists, by slug, with the items carrying them."""
        if lang not in self._tags:
            self._tags[lang] = self._make_tags(lang)
        return self._tags[lang]

    def _make_tags(self, lang: str) -> dict[str, tuple[Tag, list[Listed]]]:
        entries: dict[str, list[Listed]] = defaultdict(list)
        labels: dict[str, Tag] = {}
        for entry in self.listing(lang, kinds=("news", "events", "page")):
            for tag in map(partial(self.tag_in, lang=lang), entry.item.tags):
                entries[tag.slug].append(entry)
                # A tag is labelled as the language's own items write it.
                if not entry.foreign or tag.slug not in labels:
                    labels[tag.slug] = tag
        ordered = sorted(labels, key=lambda slug: labels[slug].name.casefold())
        return {slug: (labels[slug], entries[slug]) for slug in ordered}

    def tag_in(self, tag: Tag, lang: str) -> Tag:
        """A tag of an item as a language's pages show it: by its name there when
        tags.toml has it, else as written (an item of another language's tags)."""
        if tag.key and tag.key in self.tag_table.names:
            return self.tag_table.tag(tag.key, lang)
        return tag

    def former_tag_slugs(self, lang: str) -> dict[str, str]:
        """Old tag addresses of a language (the slug as written, before tags.toml
        named the tag) that lead to a tag page now, by old slug."""
        current = self.tags_in(lang)
        former = {}
        for entry in self.listing(lang, kinds=("news", "events", "page")):
            for tag in entry.item.tags:
                if tag.key and tag.former and tag.former not in current:
                    former.setdefault(tag.former, self.tag_in(tag, lang).slug)
        return dict(sorted(former.items()))


def swapped(replacements: dict[str, Item], listing: list[Listed]) -> list[Listed]:
    """A list with the replaced items in place of those at their paths."""
    return [
        Listed(replacements[entry.item.path], entry.foreign)
        if entry.item.path in replacements
        else entry
        for entry in listing
    ]
