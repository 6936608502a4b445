"""The site's languages: codes, URL prefixes, CLDR locales and how each is produced."""

from dataclasses import dataclass
from functools import cache

from babel import Locale

# What we know about each language the network publishes in. A site picks from these
# with MULTILINGUAL_LANGUAGES and may override prefix or locale in its settings.
KNOWN_LANGUAGES = {
    "cs": {"prefix": "cs", "locale": "cs_CZ", "catalog": "cs"},
    "lv": {"prefix": "lv", "locale": "lv_LV", "catalog": "lv"},
    "sr-Cyrl": {"prefix": "sr", "locale": "sr_Cyrl_RS", "catalog": "sr"},
    "sr-Latn": {
        "prefix": "sr-latn",
        "locale": "sr_Latn_RS",
        "catalog": "sr_Latn",
        "generated_from": "sr-Cyrl",
    },
    "bg": {"prefix": "bg", "locale": "bg_BG", "catalog": "bg"},
    "en": {"prefix": "en", "locale": "en_GB", "catalog": "en"},
}

# What editors may write in `Lang:` for a language whose BCP 47 code is longer.
AUTHORED_ALIASES = {"sr": "sr-Cyrl", "sr-cyrl": "sr-Cyrl", "sr-latn": "sr-Latn"}


@cache
def cldr_locale(identifier: str) -> Locale:
    """The Babel locale for an identifier, parsed once per process."""
    return Locale.parse(identifier)


@dataclass(frozen=True)
class Language:
    """One language site: its BCP 47 code and everything derived from it."""

    code: str
    prefix: str
    locale: str
    catalog: str
    generated_from: str | None = None

    @property
    def babel(self) -> Locale:
        """The Babel locale used for dates, numbers and language names."""
        return cldr_locale(self.locale)

    @property
    def native_name(self) -> str:
        """The language's name in itself, capitalised: "Latviešu", "Српски"."""
        parts = self.locale.split("_")
        bare = cldr_locale("_".join(parts[:2]) if len(parts) == 3 else parts[0])
        name = bare.get_display_name(bare) or self.code
        return name[:1].upper() + name[1:]

    def name_in(self, other: "Language") -> str:
        """This language's name in another language: "Latvian" in English."""
        locale = other.babel
        name = locale.languages.get(self.locale.split("_")[0], self.code)
        script = self.locale.split("_")[1] if self.locale.count("_") == 2 else None
        if script:
            name = f"{name} ({locale.scripts.get(script, script)})"
        return name


def normalise_code(value: str) -> str | None:
    """Map what an editor wrote in `Lang:` to a site language code, or None."""
    cleaned = value.strip()
    if cleaned.lower() in AUTHORED_ALIASES:
        return AUTHORED_ALIASES[cleaned.lower()]
    for code in KNOWN_LANGUAGES:
        if code.lower() == cleaned.lower():
            return code
    return None


def build_languages(codes, overrides=None) -> list[Language]:
    """Make the ordered Language list from settings; unknown codes raise ValueError."""
    overrides = overrides or {}
    languages = []
    for code in codes:
        if code not in KNOWN_LANGUAGES:
            raise ValueError(code)
        spec = {**KNOWN_LANGUAGES[code], **overrides.get(code, {})}
        languages.append(Language(code=code, **spec))
    return languages
