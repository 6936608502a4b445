"""The metadata keys of the site and the words editors write for them in their
own languages (`Název:`, `Datums:`, `Заглавие:`), read exactly like the key.

The build rewrites such lines before Python-Markdown's meta extension reads them
(plugins/editor_metadata), and the content checks look keys up here, so both read
`Datums:` as `Date:`. Words are compared in lower case, without diacritics, with a
space or a hyphen between words alike (`Časové pásmo`, `casove-pasmo`).
"""

import functools
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from plugins.base.transliteration.core import to_latin

# Display spelling of every metadata key the site reads (Pelican: lower case).
METADATA_KEYS = (
    "Title", "Date", "Modified", "Lang", "Slug", "Category", "Tags", "Summary",
    "Publisher", "Contact", "Event-start", "Event-end", "Location", "Timezone",
    "Aliases", "Status", "Translation", "Authors", "Author", "Order",
)  # fmt: skip

# The words of each language, by key. Slug has none: the words for "address"
# (Adresa, Adrese, Адреса) mean a street address too, so they would be misread.
# Serbian Latin is made from the Serbian Cyrillic words (see LOCALIZED_WORDS).
_WORDS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "cs": {
        "Title": ("Název", "Titulek", "Nadpis"),
        "Date": ("Datum",),
        "Modified": ("Aktualizováno", "Změněno", "Upraveno"),
        "Lang": ("Jazyk",),
        "Category": ("Kategorie", "Rubrika"),
        "Tags": ("Štítky", "Tagy", "Klíčová slova"),
        "Summary": ("Shrnutí", "Anotace", "Perex"),
        "Publisher": ("Vydavatel",),
        "Contact": ("Kontakt",),
        "Event-start": ("Začátek",),
        "Event-end": ("Konec",),
        "Location": ("Místo", "Místo konání"),
        "Timezone": ("Časové pásmo",),
        "Aliases": ("Staré adresy",),
        "Status": ("Stav",),
        "Translation": ("Překlad",),
        "Authors": ("Autoři",),
        "Author": ("Autor",),
        "Order": ("Pořadí",),
    },
    "lv": {
        "Title": ("Virsraksts", "Nosaukums"),
        "Date": ("Datums",),
        "Modified": ("Atjaunināts", "Mainīts", "Labots"),
        "Lang": ("Valoda",),
        "Category": ("Kategorija", "Sadaļa"),
        "Tags": ("Birkas", "Tagi", "Atslēgvārdi"),
        "Summary": ("Kopsavilkums", "Anotācija"),
        "Publisher": ("Izdevējs",),
        "Contact": ("Kontakti", "Kontaktinformācija"),
        "Event-start": ("Sākums",),
        "Event-end": ("Beigas",),
        "Location": ("Vieta", "Norises vieta"),
        "Timezone": ("Laika josla",),
        "Aliases": ("Vecās adreses",),
        "Status": ("Statuss",),
        "Translation": ("Tulkojums",),
        "Authors": ("Autori",),
        "Author": ("Autors",),
        "Order": ("Secība",),
    },
    "sr": {
        "Title": ("Наслов", "Назив"),
        "Date": ("Датум",),
        "Modified": ("Ажурирано", "Измењено"),
        "Lang": ("Језик",),
        "Category": ("Категорија", "Рубрика"),
        "Tags": ("Ознаке", "Тагови", "Кључне речи"),
        "Summary": ("Сажетак", "Резиме"),
        "Publisher": ("Издавач",),
        "Contact": ("Контакт",),
        "Event-start": ("Почетак",),
        "Event-end": ("Крај",),
        "Location": ("Место", "Мјесто"),
        "Timezone": ("Временска зона",),
        "Aliases": ("Старе адресе",),
        "Status": ("Статус",),
        "Translation": ("Превод",),
        "Authors": ("Аутори",),
        "Author": ("Аутор",),
        "Order": ("Редослед",),
    },
    "bg": {
        "Title": ("Заглавие",),
        "Date": ("Дата",),
        "Modified": ("Актуализирано", "Променено"),
        "Lang": ("Език",),
        "Category": ("Категория", "Рубрика"),
        "Tags": ("Етикети", "Тагове", "Ключови думи"),
        "Summary": ("Резюме", "Анотация"),
        "Publisher": ("Издател",),
        "Contact": ("Контакт", "Контакти"),
        "Event-start": ("Начало",),
        "Event-end": ("Край",),
        "Location": ("Място",),
        "Timezone": ("Часова зона",),
        "Aliases": ("Стари адреси",),
        "Status": ("Статус",),
        "Translation": ("Превод",),
        "Authors": ("Автори",),
        "Author": ("Автор",),
        "Order": ("Подредба", "Ред"),
    },
    "uk": {
        "Title": ("Заголовок", "Назва"),
        "Date": ("Дата",),
        "Modified": ("Оновлено", "Змінено"),
        "Lang": ("Мова",),
        "Category": ("Категорія", "Рубрика"),
        "Tags": ("Теги", "Мітки", "Ключові слова"),
        "Summary": ("Резюме", "Анотація"),
        "Publisher": ("Видавець",),
        "Contact": ("Контакт", "Контакти"),
        "Event-start": ("Початок",),
        "Event-end": ("Кінець",),
        "Location": ("Місце",),
        "Timezone": ("Часовий пояс",),
        "Aliases": ("Старі адреси",),
        "Status": ("Статус",),
        "Translation": ("Переклад",),
        "Authors": ("Автори",),
        "Author": ("Автор",),
        "Order": ("Порядок",),
    },
}


def fold_key(written: str) -> str:
    """Return a key as it is compared: lower case, no diacritics, single spaces."""
    decomposed = unicodedata.normalize("NFKD", written.strip())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.casefold().replace("-", " ").split())


def _with_serbian_latin(
    words: Mapping[str, Mapping[str, tuple[str, ...]]],
) -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    """Add the sr-Latn column, transliterated from the Serbian Cyrillic words."""
    latin = {key: tuple(map(to_latin, forms)) for key, forms in words["sr"].items()}
    ordered = {}
    for language, table in words.items():
        ordered[language] = MappingProxyType(dict(table))
        if language == "sr":
            ordered["sr-Latn"] = MappingProxyType(latin)
    return MappingProxyType(ordered)


# Language code -> canonical key -> the words editors write for it.
LOCALIZED_WORDS = _with_serbian_latin(_WORDS)
_CANONICAL = {key.lower(): key for key in METADATA_KEYS}
_BY_WORD = MappingProxyType(
    {
        fold_key(word): key
        for table in LOCALIZED_WORDS.values()
        for key, forms in table.items()
        for word in forms
        if fold_key(word) != key.lower()
    }
)


def localized_key(written: str) -> str | None:
    """Return the key a word of the editors' languages means (`Datums` -> `Date`)."""
    return _BY_WORD.get(fold_key(written))


@functools.lru_cache(maxsize=4096)
def canonical_key(written: str) -> str | None:
    """Return the key a written key means: itself (any case) or a localized word."""
    return _CANONICAL.get(written.lower()) or localized_key(written)


# Each word as the table spells it, for suggestions: folded -> (word, key).
_SPELLINGS = MappingProxyType(
    {fold_key(key): (key, key) for key in METADATA_KEYS}
    | {
        fold_key(word): (word, key)
        for table in LOCALIZED_WORDS.values()
        for key, forms in table.items()
        for word in forms
    }
)


LONGEST_WORD = 40


def edit_distance(first: str, second: str) -> int:
    """Letters to insert, delete, change or swap (two neighbours) to get second."""
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for i, char in enumerate(first, 1):
        row = [i]
        for j, other in enumerate(second, 1):
            cost = min(
                previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (char != other)
            )
            if i > 1 and j > 1 and char == second[j - 2] and first[i - 2] == other:
                cost = min(cost, previous2[j - 2] + 1)
            row.append(cost)
        previous2, previous = previous, row
    return previous[-1]


def closest_key(written: str) -> tuple[str, str] | None:
    """Return the word (as the table spells it) and key an unknown key is a typo
    of: one letter off for short words, two for words of six letters or more."""
    folded = fold_key(written)
    if len(folded) > LONGEST_WORD:
        return None  # no typo of a key, and the distance would take long
    allowed = 1 if len(folded) < 6 else 2
    distances = sorted(
        (edit_distance(folded, word), word != fold_key(spelling[1]), word)
        for word, spelling in _SPELLINGS.items()
    )
    distance, _, word = distances[0]
    return _SPELLINGS[word] if distance <= allowed else None
