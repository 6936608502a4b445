"""Serbian Cyrillic to Gaj's Latin, script checks, and ASCII URL slugs.

Pure functions with no Pelican imports: the sr-Latn site is made from the sr-Cyrl one
by running `to_latin` over every text, and every language's titles become slugs here.

Cyrillic letters Serbian does not have are written the way a Serbian reader would
transcribe them (Pravopis practice) so that nothing is dropped and no Cyrillic is left
in the Latin site. Bulgarian is a language of this network, so where Russian and
Bulgarian read a letter differently the Bulgarian reading wins: щ→št, ъ→ă, ь→j
(Bulgarian `ьо`→`jo`, and Russian `ль`, `нь` become `lj`, `nj` as Serbian writes
Gogolj, Kazanj). Russian-only letters: ы→i, э→e, ё→jo. Ukrainian: є→je, і→i, ї→ji,
ґ→g; Belarusian ў→u; Macedonian ѓ→đ, ќ→ć, ѕ→dz; accented ѐ, ѝ→è, ì. Any other
Cyrillic letter (historic or Central Asian) is kept as written, never dropped.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from types import MappingProxyType

SERBIAN_TO_LATIN = MappingProxyType(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e",
        "ж": "ž", "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj",
        "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
        "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č",
        "џ": "dž", "ш": "š",
    }
)  # fmt: skip

OTHER_CYRILLIC_TO_LATIN = MappingProxyType(
    {
        "щ": "št", "ъ": "ă", "ь": "j", "ю": "ju", "я": "ja", "й": "j", "ы": "i",
        "э": "e", "ё": "jo", "є": "je", "і": "i", "ї": "ji", "ґ": "g", "ў": "u",
        "ѓ": "đ", "ќ": "ć", "ѕ": "dz", "ѐ": "è", "ѝ": "ì",
    }
)  # fmt: skip

# Bulgarian Streamlined System (Transliteration Act 2009), lowercase, for slugs.
BULGARIAN_STREAMLINED = MappingProxyType(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
        "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y",
        "ю": "yu", "я": "ya",
    }
)  # fmt: skip

# Ukrainian national system (Cabinet of Ministers resolution No. 55 of 2010, the
# UN's since 2012), lowercase, for slugs: Київ -> kyiv, Харків -> kharkiv. The soft
# sign and the apostrophe are dropped; the letters below are written with y at
# the start of a word (UKRAINIAN_WORD_INITIAL), and зг as zgh, apart from ж
# (apostrophes go for every language: fold_to_ascii).
UKRAINIAN_NATIONAL = MappingProxyType(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
        "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
        "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
    }
)  # fmt: skip
UKRAINIAN_WORD_INITIAL = MappingProxyType(
    {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
)

# Latin letters that Unicode decomposition does not reduce to ASCII.
LATIN_TO_ASCII = MappingProxyType(
    {
        "đ": "dj", "Đ": "Dj", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss",
        "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
        "ð": "d", "ı": "i", "ħ": "h", "Ħ": "H",
    }
)  # fmt: skip


def _translate_table(letters: dict[str, str], title_case: bool) -> MappingProxyType:
    """A str.translate table for the letters, with their capitals if title_case."""
    table = {ord(letter): latin for letter, latin in letters.items()}
    if title_case:
        table.update({ord(small.upper()): latin.capitalize()
                      for small, latin in letters.items()})  # fmt: skip
    return MappingProxyType(table)


_TO_LATIN = _translate_table({**SERBIAN_TO_LATIN, **OTHER_CYRILLIC_TO_LATIN}, True)
_BULGARIAN_TO_LATIN = _translate_table(dict(BULGARIAN_STREAMLINED), False)
_UKRAINIAN_TO_LATIN = _translate_table(dict(UKRAINIAN_NATIONAL), False)
_TO_ASCII = _translate_table(dict(LATIN_TO_ASCII), False)
# Capitals written with several Latin letters: Љ Њ Џ and the non-Serbian Щ Ю Я ...
_CAPITAL_DIGRAPHS = "".join(
    chr(code) for code, latin in _TO_LATIN.items() if len(latin) > 1 and latin.istitle()
)
_CAPITAL_DIGRAPH = re.compile(f"[{_CAPITAL_DIGRAPHS}]")
_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")
_CYRILLIC_TLDS = "срб|рф|бг|мкд|укр|бел|ею|рус|мон|қаз"
# URLs with a scheme, www. forms, e-mail addresses and domains with a Cyrillic TLD.
_URL_OR_EMAIL = re.compile(
    r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.|\bmailto:)[^\s<>\"]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    rf"|\b(?:[\w-]+\.)+(?:{_CYRILLIC_TLDS})\b(?:/[^\s<>\"]*)?",
    re.IGNORECASE,
)
# Lowercase endings of the bare domains `_URL_OR_EMAIL` protects besides www. forms.
_DOMAIN_MARKERS = ("www.", *(f".{tld}" for tld in _CYRILLIC_TLDS.split("|")))
_WORD = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
APOSTROPHES = "'\u2019\u02bc"  # ' ’ ʼ: inside a word, never a separator
_APOSTROPHES = re.compile(f"[{APOSTROPHES}]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_BULGARIAN_WORD_FINAL_IA = re.compile(r"ия\b")
# A letter with no letter or apostrophe before it (м'ясо -> miaso, not myaso).
_UKRAINIAN_INITIAL = re.compile(f"(?<![\\w{APOSTROPHES}])[єїйюя]")


def to_latin(text: str, *, before: str = "", after: str = "") -> str:
    """Transliterate Serbian Cyrillic to Gaj's Latin, leaving URLs and e-mails alone.

    `before` and `after` are the texts around `text` (neighbouring HTML text nodes):
    they decide whether a lone capital such as `Љ` ends or starts an all-caps word.
    """
    if not has_cyrillic(text):
        return text
    if not _may_hold_address(text):
        return _transliterate(text, 0, len(text), before, after)
    pieces = []
    done = 0
    for match in _URL_OR_EMAIL.finditer(text):
        pieces.append(_transliterate(text, done, match.start(), before, after))
        pieces.append(match.group())
        done = match.end()
    pieces.append(_transliterate(text, done, len(text), before, after))
    return "".join(pieces)


def _may_hold_address(text: str) -> bool:
    """Cheap test that lets most texts skip the slower URL and e-mail search."""
    if "@" in text or ":" in text:
        return True
    if "." not in text:
        return False
    lowered = text.lower()
    return any(marker in lowered for marker in _DOMAIN_MARKERS)


def _transliterate(text: str, start: int, end: int, before: str, after: str) -> str:
    """Transliterate text[start:end], reading letter case around it in full text."""

    def capital_digraph(match: re.Match[str]) -> str:
        latin = _TO_LATIN[ord(match.group())]
        position = start + match.start()
        if _in_capitals_word(text, position, before, after):
            return latin.upper()
        return latin

    part = _CAPITAL_DIGRAPH.sub(capital_digraph, text[start:end])
    return part.translate(_TO_LATIN)


def _in_capitals_word(text: str, position: int, before: str, after: str) -> bool:
    """Say whether the capital at `position` belongs to a word written in capitals.

    The next letter decides (`ЏЕП` → DŽEP, `Џемпер` → Džemper); with no letter after
    it the previous one does (`КОЊ` → KONJ), and a letter alone is title case (`Lj`).
    """
    following = _next_character(text, position + 1, 1) or _next_character(after, 0, 1)
    if following.isalpha():
        return following.isupper()
    preceding = _next_character(text, position - 1, -1) or _next_character(
        before, len(before) - 1, -1
    )
    return preceding.isalpha() and preceding.isupper()


def _next_character(text: str, index: int, step: int) -> str:
    """The character at or after index (before it if step is -1), marks skipped."""
    while 0 <= index < len(text):
        if not unicodedata.combining(text[index]):
            return text[index]
        index += step
    return ""


def has_cyrillic(text: str) -> bool:
    """Say whether the text contains any Cyrillic character."""
    return _CYRILLIC.search(text) is not None


def _script(letter: str) -> str:
    """Return 'cyrillic', 'latin' or '' for one letter."""
    if _CYRILLIC.match(letter):
        return "cyrillic"
    if letter.isascii() or unicodedata.name(letter, "").startswith("LATIN"):
        return "latin"
    return ""


def _letter_scripts(word: str) -> set[str]:
    """The scripts of the letters in one word, combining marks ignored."""
    return {_script(letter) for letter in word if letter.isalpha()} - {""}


def words_mixing_scripts(text: str) -> list[str]:
    """Words mixing Latin and Cyrillic letters, each once, URLs and e-mails ignored."""
    prose = _URL_OR_EMAIL.sub(" ", text)
    mixed = (
        word.group()
        for word in _WORD.finditer(prose)
        if len(_letter_scripts(word.group())) == 2
    )
    return list(dict.fromkeys(mixed))


def is_mostly_latin(text: str) -> bool:
    """Say whether most Latin-or-Cyrillic letters are Latin (URLs, e-mails ignored)."""
    prose = _URL_OR_EMAIL.sub(" ", text)
    latin = cyrillic = 0
    for letter in prose:
        if letter.isalpha():
            script = _script(letter)
            latin += script == "latin"
            cyrillic += script == "cyrillic"
    return latin > cyrillic


@functools.lru_cache(maxsize=1 << 16)  # tags: the same few names on every item
def slugify(text: str, lang: str) -> str:
    """ASCII URL slug for a title in `lang` (`sr`, `sr-Cyrl`, `bg`, `cs`, `lv`, ...).

    Serbian goes through Gaj's Latin (đ→dj), Bulgarian through the Streamlined System,
    Ukrainian through its national system, other Latin scripts lose their
    diacritics. A title with letters or digits that fold to nothing (e.g. Greek)
    gets a short stable hash, so the slug is never empty.
    """
    lowered = text.lower()
    language = lang.replace("_", "-").split("-")[0].lower()
    if language == "bg":
        lowered = _bulgarian_to_latin(lowered)
    elif language == "uk":
        lowered = _ukrainian_to_latin(lowered)
    latin = _transliterate(lowered, 0, len(lowered), "", "")
    slug = _NOT_SLUG.sub("-", fold_to_ascii(latin)).strip("-")
    if not slug and any(character.isalnum() for character in text):
        return hashlib.blake2s(text.encode("utf-8"), digest_size=4).hexdigest()
    return slug


def _bulgarian_to_latin(lowered: str) -> str:
    """Lowercase Bulgarian in the Streamlined System, word-final `ия` as `ia`."""
    return _BULGARIAN_WORD_FINAL_IA.sub("ia", lowered).translate(_BULGARIAN_TO_LATIN)


def _ukrainian_to_latin(lowered: str) -> str:
    """Lowercase Ukrainian in the national system (UKRAINIAN_NATIONAL)."""
    lowered = lowered.replace("зг", "zgh")
    lowered = _UKRAINIAN_INITIAL.sub(
        lambda found: UKRAINIAN_WORD_INITIAL[found.group()], lowered
    )
    return lowered.translate(_UKRAINIAN_TO_LATIN)


def fold_to_ascii(text: str) -> str:
    """Drop diacritics and apostrophes (`Žluťoučký kůň` → `Zlutoucky kun`).

    Characters with no ASCII form are kept, for the caller to treat as separators.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_TO_ASCII))
    kept = (
        character
        for character in _APOSTROPHES.sub("", decomposed)
        if not unicodedata.combining(character)
        and unicodedata.category(character) != "Lm"
    )
    return "".join(kept)


def latin_slug(slug: str) -> str:
    """The sr-Latn slug for an sr-Cyrl slug: ASCII kept, anything else re-slugified."""
    if slug.isascii():
        return slug
    return slugify(slug, "sr")
