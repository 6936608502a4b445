"""The one table of languages: codes, URL prefixes, CLDR locales, what editors write,
scripts, time zones and how each is produced; every plugin and tool reads it."""

from dataclasses import dataclass
from functools import cache

from babel import Locale

# What we know about each language the network publishes in: the one table every
# plugin and tool reads. A site picks from these with MULTILINGUAL_LANGUAGES and may
# override prefix or locale in its settings; adding a language the table knows is
# one line in pelican.conf.py and a catalog (README: Languages and URL layout).
#   prefix      the URL folder ("sr-latn/")
#   locale      the CLDR locale of dates and numbers
#   catalog     the gettext catalog folder under translations/
#   authored    what editors write in `Lang:` (sr for sr-Cyrl)
#   aliases     other things editors write for it, lower case ("czech", "српски")
#   script      ISO 15924: Latn or Cyrl
#   timezone    where events written in it most likely happen ("": the site's)
#   country     ISO 3166 country whose phone numbers the site writes
#   generated_from  the language this one is made from by transliteration
KNOWN_LANGUAGES = {
    "cs": {
        "prefix": "cs", "locale": "cs_CZ", "catalog": "cs", "authored": "cs",
        "aliases": ("cz", "cze", "ces", "czech", "cesky", "česky", "čeština",
                    "cestina"),
        "script": "Latn", "timezone": "Europe/Prague", "country": "CZ",
    },
    "lv": {
        "prefix": "lv", "locale": "lv_LV", "catalog": "lv", "authored": "lv",
        "aliases": ("lav", "latvian", "latviesu", "latviešu"),
        "script": "Latn", "timezone": "Europe/Riga", "country": "LV",
    },
    "sr-Cyrl": {
        "prefix": "sr", "locale": "sr_Cyrl_RS", "catalog": "sr", "authored": "sr",
        "aliases": ("srp", "srb", "rs", "serbian", "srpski", "српски", "sr-cyrl",
                    "sr-cyrillic", "sr-cyr"),
        "script": "Cyrl", "timezone": "Europe/Belgrade", "country": "RS",
    },
    "sr-Latn": {
        "prefix": "sr-latn", "locale": "sr_Latn_RS", "catalog": "sr_Latn",
        "authored": "sr-Latn",
        "aliases": ("sr-latn", "sr-lat", "sr-latin", "srpski-latinica"),
        "script": "Latn", "timezone": "Europe/Belgrade", "country": "RS",
        "generated_from": "sr-Cyrl",
    },
    "bg": {
        "prefix": "bg", "locale": "bg_BG", "catalog": "bg", "authored": "bg",
        "aliases": ("bul", "bulgarian", "български"),
        "script": "Cyrl", "timezone": "Europe/Sofia", "country": "BG",
    },
    "en": {
        "prefix": "en", "locale": "en_GB", "catalog": "en", "authored": "en",
        "aliases": ("eng", "english"),
        # Written for everyone, wherever the event is: the site's TIMEZONE.
        "script": "Latn", "timezone": "", "country": "GB",
    },
    "uk": {
        "prefix": "uk", "locale": "uk_UA", "catalog": "uk", "authored": "uk",
        "aliases": ("ukr", "ua", "ukrainian", "ukrainska", "українська"),
        "script": "Cyrl", "timezone": "Europe/Kyiv", "country": "UA",
    },
}  # fmt: skip
# The site's languages when its settings name none (MULTILINGUAL_LANGUAGES).
DEFAULT_CODES = ("cs", "lv", "sr-Cyrl", "sr-Latn", "bg", "en")

# What editors may write in `Lang:` for a language whose BCP 47 code is longer.
AUTHORED_ALIASES = {
    spelling: code
    for code, row in KNOWN_LANGUAGES.items()
    for spelling in {row["authored"].lower(), code.lower()}
    if spelling != code
}
# What editors write for a language beyond its code, lower case, mapped to the code
# they should have written in `Lang:` (the checks suggest it).
LANGUAGE_ALIASES = {
    alias: row["authored"]
    for row in KNOWN_LANGUAGES.values()
    for alias in row["aliases"]
}


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
    authored: str = ""  # what editors write in `Lang:`; "" means the code itself
    aliases: tuple[str, ...] = ()
    script: str = "Latn"
    timezone: str = ""
    country: str = ""
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
        """This language's name in another language, from CLDR: "Latvian" in
        English. The script follows a dash, not CLDR's parentheses, since the name
        is shown in parentheses itself: "(srbština – cyrilice)"."""
        locale = other.babel
        name = locale.languages.get(self.locale.split("_")[0], self.code)
        script = self.locale.split("_")[1] if self.locale.count("_") == 2 else None
        if script:
            name = f"{name} – {locale.scripts.get(script, script)}"
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


def authored_code(code: str) -> str:
    """What editors write in `Lang:` for a site language: "sr" for sr-Cyrl."""
    row = KNOWN_LANGUAGES.get(code)
    return row["authored"] if row else code


def authored_codes(codes) -> tuple[str, ...]:
    """What editors write in `Lang:` for each of the site's languages, in order."""
    return tuple(authored_code(code) for code in codes)


def is_generated(code: str) -> bool:
    """Tell whether a language site is made from another by transliteration."""
    return bool(KNOWN_LANGUAGES.get(code, {}).get("generated_from"))


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
