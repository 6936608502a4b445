"""The Pelican generator that turns the content read once into six language sites."""

import logging
import time
from datetime import date
from functools import partial
from pathlib import Path

from pelican.generators import Generator

from plugins.base import schedule
from plugins.base.confine import confined
from plugins.base.languages import build_languages
from plugins.base.progress import working_on
from plugins.base.settings import SiteError, declared, site_values
from plugins.base.tag_file import read_tag_table
from plugins.base.tag_table import TAG_FILE, TagTable
from plugins.base.transliteration.core import to_latin
from plugins.base.urls import SiteAddress

from . import hooks, i18n
from .from_pelican import (
    assign_url,
    content_sources,
    item_from_content,
    language_of,
)
from .kept_html import KeptHtml, link_targets
from .latin_copies import latin_copies
from .registry import Registry
from .session import BuildSession, PelicanParts
from .settings import DEFAULT_EMBLEM
from .state import SiteState

logger = logging.getLogger(__name__)


class ContentError(SiteError):
    """Content the site cannot be built from; the message lists every problem."""


def build_day(settings, options) -> date:
    """The day "upcoming" is measured from and scheduled items are published on:
    MULTILINGUAL_TODAY or today in TIMEZONE."""
    return schedule.build_day(options["MULTILINGUAL_TODAY"], settings["TIMEZONE"])


def site_information(options, languages) -> dict[str, dict]:
    """Per-language site information; generated languages derive theirs."""
    info = {code: dict(values) for code, values in options["MULTILINGUAL_SITE"].items()}
    for language in languages:
        if language.code not in info and language.generated_from in info:
            source = info[language.generated_from]
            info[language.code] = {
                key: to_latin(value) for key, value in source.items()
            }
        info.setdefault(language.code, {}).setdefault("emblem", DEFAULT_EMBLEM)
    return info


class MultilingualGenerator(Generator):
    """Collects items into the registry, then writes every language site."""

    read_from_ns = 0  # made without Pelican: no file is settled (see KeptHtml)

    def __init__(self, *args, **kwargs):
        # Pelican makes every generator before any reads a file (see KeptHtml).
        self.read_from_ns = time.time_ns()
        super().__init__(*args, **kwargs)

    def build_state(self) -> SiteState:
        """The registry of every item, built once all generators have read content.

        Item HTML is taken only now: `{static}` links resolve against the static
        files, which Pelican's StaticGenerator collects last. The settings of every
        plugin were validated when Pelican started (check_site_settings): their
        values, defaults filled in, are read once here for the whole build.
        """
        options = site_values(declared(), self.settings)
        languages = build_languages(
            options["MULTILINGUAL_LANGUAGES"],
            options["MULTILINGUAL_LANGUAGE_OVERRIDES"],
        )
        address = SiteAddress(self.settings["SITEURL"])
        translations_dir = Path(options["MULTILINGUAL_TRANSLATIONS_DIR"])
        catalogs = {
            language.code: i18n.load_catalog(translations_dir, language)
            for language in languages
        }
        preview = options["MULTILINGUAL_PREVIEW"]
        today = build_day(self.settings, options)
        tag_table = self.tag_table(options["MULTILINGUAL_FALLBACK"])
        rewrite = hooks.item_html_rewriter(self)
        kept = KeptHtml.for_build(self.settings, translations_dir, rewrite)
        items = self.read_items(
            languages, address, catalogs, preview, tag_table, rewrite, kept
        )
        logger.info(
            "multilingual: %d of %d items were kept as their files were read before",
            kept.by_source,
            len(items),
        )
        items += latin_copies(items, languages, address, tag_table, kept)
        kept.save()
        items = schedule.publishable(items, today, preview)
        registry = Registry(
            languages,
            items,
            fallback=options["MULTILINGUAL_FALLBACK"],
            list_untranslated=options["MULTILINGUAL_LIST_UNTRANSLATED"],
            tag_table=tag_table,
        )
        return SiteState(
            catalogs=catalogs,
            registry=registry,
            address=address,
            settings=options,
            pelican_settings=self.settings,
            site_info=site_information(options, languages),
            today=today,
        )

    def tag_table(self, fallback: str) -> TagTable:
        """The tags of content/tags.toml (none without the file); a mistake in it
        stops the build (`make check` lists them first)."""
        source = Path(self.settings.get("PATH") or ".") / TAG_FILE
        if not self.settings.get("PATH") or not source.is_file():
            return TagTable(fallback=fallback)
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ContentError(f"{TAG_FILE}: cannot be read ({error}).") from None
        table, problems = read_tag_table(text, fallback)
        if problems:
            raise ContentError(
                "\n".join(
                    f"{TAG_FILE}:{p.line}: {p.severity}: {p.message} Fix: {p.fix}"
                    for p in problems
                )
            )
        return table

    def read_items(
        self,
        languages,
        address,
        catalogs,
        preview=False,
        tag_table=None,
        rewrite=None,
        kept: KeptHtml | None = None,
    ) -> list:
        """Items of every published or hidden article and page (drafts too in a
        preview), in our languages; `rewrite`: hooks.item_html_rewriter's, `kept`:
        the HTML an earlier build finished (kept_html.py)."""
        by_code = {language.code: language for language in languages}
        rewrite = rewrite or hooks.item_html_rewriter(self)
        kept = kept or KeptHtml()
        problems, known = [], []
        for content, is_page in content_sources(self.context, preview):
            language = language_of(content, by_code)
            if language is None:
                problems.append(
                    f"{content.relative_source_path}: Lang {content.lang!r} "
                    f"is not a site language ({', '.join(by_code)})."
                )
                continue
            try:
                assign_url(content, language, is_page)
            except ValueError as error:
                problems.append(f"{content.relative_source_path}: {error}")
                continue
            known.append((content, language, is_page))
        if kept.store is not None:  # source keys are made only to be kept
            kept.know_links(link_targets(self.context), self.read_from_ns)
        items = []
        for content, language, is_page in known:
            try:
                with working_on(f"reading {content.relative_source_path}"):
                    item = item_from_content(
                        content,
                        language,
                        is_page,
                        address.base_path,
                        partial(
                            rewrite,
                            language=language,
                            translations=catalogs[language.code],
                        ),
                        tag_table or TagTable(),
                        kept,
                    )
            except ValueError as error:
                problems.append(f"{content.relative_source_path}: {error}")
            else:
                items.append(item)
        if problems:
            raise ContentError("\n".join(problems))
        return items

    def confine_statics(self) -> None:
        """Prove where Pelican will copy each static file before it copies any.

        Pelican's StaticGenerator runs after this generator, and `{attach}` links
        (resolved while item HTML was taken) may have moved a file's `save_as`.
        """
        for static in self.context.get("staticfiles", []):
            confined(self.output_path, static.save_as, static.relative_source_path)

    def generate_output(self, writer):
        """Start the build session from what Pelican read, and write every page of
        every language and the site-wide files; the session stays on `session`."""
        state = self.build_state()
        self.confine_statics()
        parts = PelicanParts(
            env=self.env,
            readers=self.readers,
            context=self.context,
            settings=self.settings,
            theme=Path(self.theme),
            output_path=Path(self.output_path),
        )
        sources = {
            content.relative_source_path: (content, is_page)
            for content, is_page in content_sources(
                self.context, state.settings["MULTILINGUAL_PREVIEW"]
            )
        }
        self.session = BuildSession(parts, state, sources).full()


def session_of(generators) -> BuildSession:
    """The session of the multilingual generator among a Pelican run's generators."""
    for generator in generators:
        if isinstance(generator, MultilingualGenerator):
            return generator.session
    raise LookupError("the multilingual plugin is not in PLUGINS")
