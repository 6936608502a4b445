"""Interface translations (gettext catalogs) and CLDR date formatting for templates."""

from functools import lru_cache
from io import BytesIO
from pathlib import Path

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from plugins.base.languages import Language, cldr_locale


def load_catalog(translations_dir: Path, language: Language) -> Translations:
    """Compile a language's messages.po in memory: no .mo file to go stale."""
    po_path = translations_dir / language.catalog / "LC_MESSAGES" / "messages.po"
    with po_path.open("rb") as po_file:
        catalog = read_po(po_file, locale=language.catalog)
    compiled = BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return Translations(fp=compiled, domain="messages")


def long_date(moment, language: Language) -> str:
    """An article date in the language's long form: "15. července 2020"."""
    if moment is None:
        return ""
    day = moment.date() if hasattr(moment, "date") and callable(moment.date) else moment
    return long_day(day, language.locale)


@lru_cache(maxsize=65536)
def long_day(day, locale: str) -> str:
    """CLDR's long date of a day; lists repeat the same dates on many pages."""
    return format_date(day, "long", locale=cldr_locale(locale))
