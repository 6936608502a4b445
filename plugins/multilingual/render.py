"""Rendering page plans with the theme's templates, one language at a time."""

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from plugins.base import urls
from plugins.base.dates import format_event_when
from plugins.base.languages import Language, cldr_locale
from plugins.base.progress import working_on

from . import hooks, i18n
from .fingerprints import Digester, Record
from .site_pages import PageSpec
from .state import SiteState
from .variants import PageVariant


@dataclass(frozen=True)
class SwitcherEntry:
    """A link of the language switcher."""

    language: Language
    path: str  # site-relative: templates link it with url(), so variants map it
    available: bool  # False: the page does not exist there; href is a fallback
    current: bool


@lru_cache(maxsize=65536)
def event_when(start, end, locale: str) -> str:
    """When an event happens, in CLDR's words; the same event shows on many pages."""
    return format_event_when(start, end, cldr_locale(locale))


def merge_context(context: dict, extra: dict) -> None:
    """Merge a plugin's context; lists such as `head_links` add up."""
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(context.get(key), list):
            context[key] = context[key] + value
        else:
            context[key] = value


class Renderer:
    """Renders PageSpecs of every language into an OutputTree."""

    def __init__(self, env, output, state: SiteState, base: str = "", previous=None):
        self.env = env
        self.output = output
        self.state = state
        self.address = state.address
        self.registry = state.registry
        self.catalogs = state.catalogs
        self.variants: list[PageVariant] = [
            variant
            for _receiver, variants in hooks.page_variants.send(state)
            for variant in variants or ()
        ]
        self._item_views: dict[tuple[str, str, str], object] = {}
        self.digester = Digester()
        self.record = Record(output, base, previous)

    def use_language(self, language: Language) -> None:
        """Switch gettext, date filters and globals to one language."""
        self.env.install_gettext_translations(
            self.catalogs[language.code], newstyle=True
        )
        self.env.filters["long_date"] = lambda moment: i18n.long_date(moment, language)

    def language_context(self, language: Language) -> dict:
        """What every page of a language shares."""
        return {
            "lang": language,
            "languages": self.registry.languages,
            "registry": self.registry,
            "site": self.state.site_info[language.code],
            "menu": self.registry.pages_in(language.code),
            "url": self.address.link,
            "absolute": self.address.absolute,
            "home_path": urls.home_path(language.prefix),
            "language_named": lambda code: self.registry.by_code[code].name_in(
                language
            ),
            "today": self.state.today,
            "head_links": [],
            # An item's HTML field as the current view shows it (see render_variant).
            "item_html": lambda item, field: getattr(item, field),
            "event_when": lambda item: event_when(
                item.event_start, item.event_end, language.locale
            ),
        }

    def page_context(self, spec: PageSpec, language: Language) -> dict:
        """Canonical address, hreflang alternates and the switcher of one page."""
        switcher = []
        alternates = []
        for other in self.registry.languages:
            path, available = spec.same_page_in(other)
            switcher.append(SwitcherEntry(other, path, available, other == language))
            if available:
                alternates.append((other.code, self.address.absolute(path)))
        fallback = self.registry.by_code[self.registry.fallback]
        default_path, default_exists = spec.same_page_in(fallback)
        if spec.path == urls.home_path(language.prefix):
            default_path = ""  # the language chooser
        elif not default_exists:
            default_path = spec.path
        alternates.append(("x-default", self.address.absolute(default_path)))
        return {
            "page_path": spec.path,
            "canonical": self.address.absolute(spec.path),
            "alternates": alternates,
            "switcher": switcher,
            "item": spec.item,
            "tag_pages": self.tag_pages(spec, language),
        }

    def tag_pages(self, spec: PageSpec, language: Language) -> tuple[str, ...]:
        """Slugs of the item's tags that have a page: a hidden item's may have none.

        In the context rather than asked by the template, so fingerprints see it.
        """
        if spec.item is None:
            return ()
        listed = self.registry.tags_in(language.code)
        return tuple(tag.slug for tag in spec.item.tags if tag.slug in listed)

    def render(self, spec: PageSpec, context: dict) -> str:
        """The HTML of the full page, with links to its variants."""
        context = dict(context)
        context["view"] = "full"
        context["views"] = {
            variant.name: self.address.link(variant.path_of(spec.path))
            for variant in self.variants
            if variant.applies(spec)
        }
        return self.env.get_template(spec.template).render(context)

    def render_variant(
        self, spec: PageSpec, variant: PageVariant, language: Language, context: dict
    ) -> str:
        """The HTML of one variant: the page's own context, its links mapped."""
        context = dict(context)
        context["view"] = variant.name
        context["views"] = {}
        context["full_url"] = self.address.link(spec.path)
        context["url"] = lambda path: self.address.link(variant.link_target(path))
        if variant.item_view is not None:
            if spec.item is not None:
                context["item"] = self.item_view(variant, spec.item, language)
            context["item_html"] = lambda item, field: getattr(
                self.item_view(variant, item, language), field
            )
        return self.env.get_template(variant.template or spec.template).render(context)

    def item_view(self, variant: PageVariant, item, language: Language):
        """An item as a variant shows it, made once per item, variant and language."""
        key = (variant.name, item.path, language.code)
        if key not in self._item_views:
            gettext = self.catalogs[language.code].gettext
            self._item_views[key] = variant.item_view(item, language, gettext)
        return self._item_views[key]

    def context_for(self, spec: PageSpec, language: Language, shared: dict) -> dict:
        """Language context, page context, the page's own and plugins' additions."""
        context = {**shared, **self.page_context(spec, language), **spec.context}
        for receiver, extra in hooks.page_context.send(
            self.state, language=language, spec=spec
        ):
            hooks.check_page_context(receiver.__module__, spec.path, extra or {})
            merge_context(context, extra or {})
        return context

    def language_base(self, language: Language, shared: dict) -> str:
        """What every page of a language depends on: the build's base, site, menu."""
        digest = hashlib.sha256(f"{self.record.base}|{language.code}|".encode())
        self.digester.feed(digest, shared["site"])
        self.digester.feed(digest, shared["menu"])
        self.digester.feed(digest, self.registry.languages)
        return digest.hexdigest()

    def fingerprint(self, spec: PageSpec, context: dict, shared: dict, base: str):
        """The page's fingerprint, including its item's translations (footer)."""
        if spec.item is not None:
            versions = self.registry.versions_seen_from(spec.item)
            context = {**context, "versions": versions}
        return self.digester.page(base, spec.template, context, shared, spec.item)

    def write_language(self, language: Language, specs) -> None:
        """Render and write every page of a language and its variants.

        A page (or variant) whose fingerprint matches the last build's is kept as it is.
        """
        self.use_language(language)
        shared = self.language_context(language)
        base = self.language_base(language, shared)
        for spec in specs:
            self.write_page(spec, language, shared, base)

    def write_page(self, spec: PageSpec, language: Language, shared: dict, base: str):
        """Render and write one page and its variants, unless their inputs are the
        last build's; record what each file shows."""
        target = urls.output_file(spec.path)
        with working_on(f"rendering {target}"):
            self.write_page_files(spec, language, shared, base)

    def write_page_files(self, spec, language: Language, shared: dict, base: str):
        """The page and its variants (see write_page)."""
        context = self.context_for(spec, language, shared)
        fingerprint = self.fingerprint(spec, context, shared, base)
        shows = frozenset(self.digester.seen)
        target = urls.output_file(spec.path)
        source = spec.item.source_path if spec.item is not None else ""
        self.record.shows[target] = shows
        if not self.record.reuse(target, fingerprint):
            self.output.write(target, self.render(spec, context), source)
        for variant in self.variants:
            if not variant.applies(spec):
                continue
            target = urls.output_file(variant.path_of(spec.path))
            self.record.shows[target] = shows
            if not self.record.reuse(target, f"{fingerprint}:{variant.name}"):
                with working_on(f"rendering {target}"):
                    html = self.render_variant(spec, variant, language, context)
                    self.output.write(target, html, source)

    def write_chooser(self, language: Language) -> None:
        """The site root: a plain list of links to every language's home."""
        self.use_language(language)
        template = self.env.get_template("chooser.html")
        html = template.render(
            {
                **self.language_context(language),
                "canonical": self.address.absolute(""),
                "page_path": "",
                "alternates": [
                    (other.code, self.address.absolute(urls.home_path(other.prefix)))
                    for other in self.registry.languages
                ]
                + [("x-default", self.address.absolute(""))],
                "site_info": self.state.site_info,
                "chooser_links": self.chooser_links(),
                "view": "full",
                "views": {},
            }
        )
        self.output.write("index.html", html)

    def chooser_links(self) -> list[tuple[Language, str, str]]:
        """(language, label in that language, path) of what plugins link from the
        site root in every language, e.g. the accessibility statements."""
        links = []
        for language in self.registry.languages:
            gettext = self.catalogs[language.code].gettext
            for _receiver, pairs in hooks.chooser_links.send(
                self.state, language=language
            ):
                links += [(language, gettext(msgid), path) for msgid, path in pairs]
        return links
