"""What the editors' tools need from the site settings; the one module here that
reads them with Pelican."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pelican.settings import read_settings

from plugins.base.languages import DEFAULT_CODES, authored_codes, normalise_code
from plugins.base.transliteration.core import slugify
from plugins.checks.options import CheckOptions
from tools.editors.languages import EditorError, written_languages

DEFAULT_LANGUAGES = DEFAULT_CODES


@dataclass(frozen=True)
class Site:
    """The content folder and the languages of a site, as editors write them."""

    content_root: Path
    languages: tuple[str, ...]  # every Lang: editors may write, sr-Latn included
    written: tuple[str, ...]  # the languages editors write in (no sr-Latn)
    fallback: str = "en"
    default_language: str = "en"
    timezone: str = "UTC"
    site_info: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def slugify(self, title: str) -> str:
        """Return the slug the site gives a file without a Slug line."""
        return slugify(title, self.default_language)

    def check_options(self) -> CheckOptions:
        """Return the checker's options for this site (no file-existence checks)."""
        return CheckOptions(
            languages=self.languages,
            default_language=self.default_language,
            slugify=self.slugify,
        )

    def info(self, lang: str, key: str) -> str:
        """Return a MULTILINGUAL_SITE entry (publisher, phone...) of lang, or ''."""
        site_code = normalise_code(lang) or lang
        return str(self.site_info.get(site_code, {}).get(key, ""))


def site_from_settings(settings: Mapping) -> Site:
    """Return the Site that Pelican settings (a plain dict) describe."""
    codes = settings.get("MULTILINGUAL_LANGUAGES") or DEFAULT_LANGUAGES
    fallback = settings.get("MULTILINGUAL_FALLBACK", "en")
    return Site(
        content_root=Path(settings["PATH"]),
        languages=authored_codes(codes),
        written=written_languages(codes),
        fallback=authored_codes([normalise_code(fallback) or fallback])[0],
        default_language=settings.get("DEFAULT_LANG", "en"),
        timezone=settings.get("TIMEZONE") or "UTC",
        site_info=settings.get("MULTILINGUAL_SITE", {}),
    )


def load_site(settings_file: str, content_dir: str | None) -> Site:
    """Read the settings file; content_dir (INPUTDIR) replaces its PATH."""
    if not Path(settings_file).is_file():
        raise EditorError(f"The settings file {settings_file} does not exist.")
    override = {"PATH": str(Path(content_dir).resolve())} if content_dir else {}
    if content_dir and not Path(content_dir).is_dir():
        raise EditorError(
            f"The content folder {content_dir} does not exist: check INPUTDIR."
        )
    try:
        return site_from_settings(read_settings(settings_file, override=override))
    except ValueError as problem:  # Pelican's word for a missing PATH folder
        raise EditorError(f"{settings_file}: {problem}") from None
