"""The Pelican generator that turns the content read once into six language sites."""

import logging
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pelican.generators import Generator

from plugins.base.confine import confined
from plugins.base.languages import build_languages
from plugins.base.progress import working_on
from plugins.base.settings import SiteError, declared, site_values
from plugins.base.transliteration.core import to_latin
from plugins.base.urls import SiteAddress

from . import fingerprints, hooks, i18n, parallel, site_pages
from .fingerprints import Record, RecordPlace
from .from_pelican import (
    assign_url,
    content_sources,
    item_from_content,
    language_of,
)
from .latin_copies import latin_copies
from .output import OutputTree
from .registry import Registry
from .render import Renderer
from .state import SiteState

logger = logging.getLogger(__name__)
STATE_KEY = "multilingual"
RECORD_KEY = "multilingual_record"  # the build's Record, for the quick rebuild


class ContentError(SiteError):
    """Content the site cannot be built from; the message lists every problem."""


def build_day(settings, options) -> date:
    """The day "upcoming" is measured from: MULTILINGUAL_TODAY or today in TIMEZONE."""
    fixed = options["MULTILINGUAL_TODAY"]
    if fixed:
        return date.fromisoformat(str(fixed))
    return datetime.now(ZoneInfo(settings["TIMEZONE"])).date()


def site_information(options, languages) -> dict[str, dict]:
    """Per-language site information; generated languages derive theirs."""
    info = {code: dict(values) for code, values in options["MULTILINGUAL_SITE"].items()}
    for language in languages:
        if language.code not in info and language.generated_from in info:
            source = info[language.generated_from]
            info[language.code] = {
                key: to_latin(value) for key, value in source.items()
            }
        info.setdefault(language.code, {})
    return info


class MultilingualGenerator(Generator):
    """Collects items into the registry, then writes every language site."""

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
        items = self.read_items(languages, address)
        items += latin_copies(items, languages, address)
        registry = Registry(
            languages,
            items,
            fallback=options["MULTILINGUAL_FALLBACK"],
            list_untranslated=options["MULTILINGUAL_LIST_UNTRANSLATED"],
        )
        translations_dir = Path(options["MULTILINGUAL_TRANSLATIONS_DIR"])
        return SiteState(
            catalogs={
                language.code: i18n.load_catalog(translations_dir, language)
                for language in languages
            },
            registry=registry,
            address=address,
            settings=options,
            pelican_settings=self.settings,
            site_info=site_information(options, languages),
            today=build_day(self.settings, options),
        )

    def read_items(self, languages, address) -> list:
        """Items of every published or hidden article and page, in our languages."""
        by_code = {language.code: language for language in languages}
        problems, known = [], []
        for content, is_page in content_sources(self.context):
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
        items = []
        for content, language, is_page in known:
            try:
                with working_on(f"reading {content.relative_source_path}"):
                    item = item_from_content(
                        content, language, is_page, address.base_path
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

    def write_theme_files(self, output: OutputTree) -> None:
        """The theme's CSS, scripts and images, written only when their bytes change."""
        static = Path(self.theme) / "static"
        destination = self.settings["THEME_STATIC_DIR"]
        for path in sorted(static.rglob("*")):
            if path.is_file():
                relative = path.relative_to(static).as_posix()
                output.write(f"{destination}/{relative}", path.read_bytes())

    @staticmethod
    def page_plan(state: SiteState, language) -> list:
        """Every page of a language: the core's and those plugins add."""
        specs = list(
            site_pages.language_site(
                state.registry, language, state.settings, state.today
            )
        )
        for _receiver, extra in hooks.language_pages.send(state, language=language):
            specs.extend(extra or ())
        return specs

    def render_languages(self, state: SiteState, base, previous, output) -> Record:
        """Render the language sites, on several cores where possible."""
        codes = [language.code for language in state.languages]

        def render(code: str):
            part = OutputTree(output.root)
            renderer = Renderer(self.env, part, state, base, previous)
            renderer.write_language(state.registry.by_code[code], state.pages[code])
            made = renderer.record
            return part.written, part.unchanged, made.current, made.shows

        workers = parallel.worker_count(
            state.settings["MULTILINGUAL_PROCESSES"], len(codes)
        )
        weights = [len(state.pages[code]) for code in codes]
        groups = parallel.share_out(codes, weights, workers)
        record = Record(output, base, previous, RecordPlace.for_settings(self.settings))
        for written, unchanged, current, shows in parallel.run_in_parallel(
            render, groups
        ):
            output.written.extend(written)
            output.unchanged.extend(unchanged)
            record.current.update(current)
            record.shows.update(shows)
        record.save()
        return record

    def build_base(self, state: SiteState) -> str:
        """What every page depends on: theme, catalogs, plugin code, settings, day."""
        project = Path(__file__).resolve().parents[2]
        theme = Path(self.theme) / "templates"
        templates = [*self.settings["THEME_TEMPLATES_OVERRIDES"], theme]
        parts = [
            fingerprints.files_digest(templates, {".html"}),
            fingerprints.files_digest(
                [state.settings["MULTILINGUAL_TRANSLATIONS_DIR"]], {".po"}
            ),
            fingerprints.files_digest([project / "plugins"], {".py"}),
            fingerprints.settings_digest(self.settings),
            state.today.isoformat(),
        ]
        return "|".join(parts)

    def generate_output(self, writer):
        """Render every page of every language, then the site-wide files."""
        state = self.context[STATE_KEY] = self.build_state()
        self.confine_statics()
        output = OutputTree(Path(self.output_path))
        base = self.build_base(state)
        previous = RecordPlace.for_settings(self.settings).load(base)
        for language in state.languages:
            state.pages[language.code] = self.page_plan(state, language)
        self.context[RECORD_KEY] = self.render_languages(state, base, previous, output)
        chooser = Renderer(self.env, output, state, base, previous)
        chooser.write_chooser(
            state.registry.by_code[state.settings["MULTILINGUAL_FALLBACK"]]
        )
        self.write_theme_files(output)
        for receiver in hooks.site_files.receivers_for(state):
            with working_on(f"writing the site-wide files of {receiver.__module__}"):
                for path, data in receiver(state) or ():
                    output.write(path, data)
        logger.info(
            "multilingual: %d files written, %d unchanged",
            len(output.written),
            len(output.unchanged),
        )
        self.context["multilingual_output"] = output
