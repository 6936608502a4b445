"""Keep the interface catalogs in step with the templates and plugins.

    python -m tools.catalogs

1. extracts every `_()` / `ngettext()` string into translations/messages.pot;
2. updates each language's messages.po (new strings appear untranslated, and the
   catalog test fails until a translator fills them in);
3. writes sr_Latn/messages.po from sr/messages.po by transliteration, so the Serbian
   Latin interface never lags behind the Cyrillic one.
"""

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

from plugins.base.languages import KNOWN_LANGUAGES
from plugins.base.transliteration.core import to_latin

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2)}
# Catalogs translators write, and catalogs made from another by transliteration,
# for every language of the table (plugins/base/languages.py) that has one.
LANGUAGES = tuple(
    row["catalog"] for row in KNOWN_LANGUAGES.values() if "generated_from" not in row
)
GENERATED = {
    row["catalog"]: KNOWN_LANGUAGES[row["generated_from"]]["catalog"]
    for row in KNOWN_LANGUAGES.values()
    if "generated_from" in row
}


def extract_template(root: Path = ROOT) -> Catalog:
    """Every interface string of the templates and plugins, sorted, no locations."""
    with (root / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    template = Catalog(project="multilingual-site", fuzzy=False)
    for _file, _line, message, comments, context in extract_from_dir(
        str(root), method_map, options_map, keywords=KEYWORDS
    ):
        template.add(message, None, auto_comments=comments, context=context)
    return template


def write_catalog(catalog: Catalog, path: Path) -> None:
    """Write a .po/.pot file in a stable form: sorted, without line numbers."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as output:
        write_po(
            output,
            catalog,
            omit_header=False,
            sort_output=True,
            no_location=True,
            ignore_obsolete=True,
            width=88,
        )


def read_catalog(path: Path, locale: str) -> Catalog:
    """Read a .po file."""
    with path.open("rb") as source:
        return read_po(source, locale=locale)


def latin_catalog(cyrillic: Catalog) -> Catalog:
    """The sr_Latn catalog: every Serbian Cyrillic translation transliterated."""
    latin = Catalog(locale="sr_Latn", project=cyrillic.project, fuzzy=False)
    for message in cyrillic:
        if not message.id:
            continue
        text = message.string
        translated = (
            tuple(to_latin(s) for s in text)
            if isinstance(text, tuple)
            else to_latin(text)
        )
        latin.add(message.id, translated, context=message.context, flags=message.flags)
    return latin


def po_path(code: str) -> Path:
    """Where a language's catalog lives."""
    return TRANSLATIONS / code / "LC_MESSAGES" / "messages.po"


def main() -> int:
    """Extract, update and regenerate every catalog."""
    template = extract_template()
    write_catalog(template, TRANSLATIONS / "messages.pot")
    for code in LANGUAGES:
        if not po_path(code).is_file():
            continue  # a language no site here uses yet: `pybabel init` starts it
        catalog = read_catalog(po_path(code), code)
        catalog.update(template, no_fuzzy_matching=True)
        write_catalog(catalog, po_path(code))
    for code, source in GENERATED.items():
        write_catalog(
            latin_catalog(read_catalog(po_path(source), source)), po_path(code)
        )
    print(f"{len(template)} strings; catalogs updated in {TRANSLATIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
