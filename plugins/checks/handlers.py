"""Run the content checks before Pelican reads anything; stop on any error."""

import hashlib
import logging
from pathlib import Path

from pelican import __version__ as pelican_version
from pelican.utils import slugify as pelican_slugify

from plugins.base.cache import SHARDS, Store
from plugins.base.languages import DEFAULT_CODES, KNOWN_LANGUAGES, authored_codes
from plugins.base.reserved import page_sources, reserved_paths, site_languages
from plugins.base.schedule import build_day
from plugins.base.settings import SiteError
from plugins.base.transliteration.core import slugify

from .core import CheckMemo, check_content_tree, format_report, unpublished_files
from .policy import IGNORED_NAMES
from .problem import ERROR

logger = logging.getLogger(__name__)
# Results kept for this many sets of options: the demo and the fixture site both stay.
KEEP = 2


class ContentCheckError(SiteError):
    """The content has errors; the message is the full report."""


def page_slug(settings):
    """Pelican's slug for a title, with the site's slug settings."""
    return lambda title: pelican_slugify(
        title,
        regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []),
        preserve_case=settings.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=settings.get("SLUGIFY_USE_UNICODE", False),
    )


# What slugify and site_paths (below) compute with besides their arguments and the
# code of plugins/base, which the checks' results depend on anyway (core.RULES_DIGEST).
FUNCTION_SETTINGS = (
    "DEFAULT_LANG",
    "MULTILINGUAL_LANGUAGES",
    "MULTILINGUAL_LANGUAGE_OVERRIDES",
    "SLUG_REGEX_SUBSTITUTIONS",
    "SLUGIFY_PRESERVE_CASE",
    "SLUGIFY_USE_UNICODE",
)


def functions_digest(settings) -> str:
    """A digest of FUNCTION_SETTINGS and of Pelican's version (its slugify)."""
    values = [f"pelican={pelican_version}"]
    values += [f"{name}={settings.get(name)!r}" for name in FUNCTION_SETTINGS]
    return hashlib.sha256("\0".join(values).encode()).hexdigest()


def site_paths(settings, codes, default: str):
    """The output paths of the site's own pages, which no alias may replace, worked
    out from the content files the checker has parsed."""
    overrides = settings.get("MULTILINGUAL_LANGUAGE_OVERRIDES", {})
    languages = site_languages(codes, overrides)
    slug = page_slug(settings)

    def of_files(files) -> frozenset[str]:
        return reserved_paths(page_sources(files, default, slug), languages)

    return of_files


def phone_regions(settings) -> tuple[tuple[str, str], ...]:
    """(Lang as written, country) of every language, with the site's `country`
    overrides (malformed ones are the multilingual plugin's to report)."""
    overrides = settings.get("MULTILINGUAL_LANGUAGE_OVERRIDES", {})
    overrides = overrides if isinstance(overrides, dict) else {}
    regions = []
    for code, row in KNOWN_LANGUAGES.items():
        override = overrides.get(code)
        country = override.get("country") if isinstance(override, dict) else None
        regions.append(
            (row["authored"], country if isinstance(country, str) else row["country"])
        )
    return tuple(regions)


def problems_in(settings, memo: CheckMemo | None = None, edited=None) -> list:
    """Every problem in the content folder the settings point at; `memo` keeps
    per-file results in a running process, which may tell the `edited` files
    (see check_content_tree)."""
    codes = settings.get("MULTILINGUAL_LANGUAGES", DEFAULT_CODES)
    default = settings.get("DEFAULT_LANG", "en")
    return check_content_tree(
        Path(settings["PATH"]),
        list(authored_codes(codes)),
        default_language=default,
        slugify=lambda title: slugify(title, default),
        site_paths=site_paths(settings, codes, default),
        timezone=settings.get("TIMEZONE") or "UTC",
        cache=Store.in_cache(settings, "checks", keep=KEEP * len(SHARDS)),
        memo=memo,
        static_paths=settings.get("STATIC_PATHS", ["images"]),
        today=day_of_build(settings),
        ignored=settings.get("IGNORE_FILES", IGNORED_NAMES),
        phone_regions=phone_regions(settings),
        edited=edited,
        functions=functions_digest(settings),
    )


def day_of_build(settings):
    """The build day, as the multilingual generator works it out."""
    return build_day(
        settings.get("MULTILINGUAL_TODAY", ""), settings.get("TIMEZONE") or "UTC"
    )


def unpublished_in(settings) -> list[str]:
    """One line per draft or scheduled file, with its date (for `make check`)."""
    return unpublished_files(Path(settings["PATH"]), day_of_build(settings))


def check_before_build(pelican) -> None:
    """The `initialized` receiver: report warnings, raise on errors."""
    check_content(pelican.settings)


def check_content(settings, memo: CheckMemo | None = None, edited=None) -> None:
    """Report warnings, raise ContentCheckError with the full report on errors."""
    problems = problems_in(settings, memo, edited)
    if not problems:
        return
    report = format_report(problems, root_label=Path(settings["PATH"]).name)
    if any(problem.severity == ERROR for problem in problems):
        raise ContentCheckError(report)
    logger.warning("checks: %s", report)
