"""Rules about alphabets: Serbian Cyrillic files must be written in Cyrillic, and
no word in any language may mix Latin and Cyrillic look-alike letters."""

import re
from collections.abc import Iterator

from plugins.checks.markdown_text import blank, line_of, mask_code
from plugins.checks.metadata import ContentFile
from plugins.checks.options import CheckOptions
from plugins.checks.problem import Problem, error

VISIBLE_FIELDS = ("Title", "Summary", "Location")
# Not prose: addresses, e-mails, link targets, tags, entities. An e-mail starts
# where a word starts: tried from every letter of a long word, it was quadratic.
NOT_PROSE = re.compile(
    r"(?:https?|ftp)://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\]\([^)\]]*\)|^[ ]{0,3}\[[^\]]+\]:.*$|<[^<>]+>|&#?\w+;|\{\w+\}\S*",
    re.MULTILINE,
)
LATIN = r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]"
CYRILLIC = r"[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]"
LATIN_LETTER = re.compile(LATIN)
CYRILLIC_LETTER = re.compile(CYRILLIC)
# A whole word (a run of letters); it is mixed when it holds a letter of each script.
# Finding the words first keeps this linear: one regex for "a word with both" would
# backtrack quadratically over a long word (16 s for one of 20,000 letters).
WORD = re.compile(r"[^\W\d_]+")
ACRONYM = re.compile(r"\b[A-Z]+\b")
MOSTLY_LATIN_MINIMUM = 20


def script_of(letter: str) -> str:
    """Return "Latin", "Cyrillic" or "" for one letter."""
    if LATIN_LETTER.match(letter):
        return "Latin"
    return "Cyrillic" if CYRILLIC_LETTER.match(letter) else ""


def _prose(text: str) -> str:
    """Blank everything that is not prose, keeping positions."""
    return NOT_PROSE.sub(lambda found: blank(found[0]), text)


def _texts(item: ContentFile) -> Iterator[tuple[str, int]]:
    """Yield each visible text with the line number it starts on."""
    for key in VISIBLE_FIELDS:
        field = item.field(key)
        if field is not None:
            yield _prose(field.value), field.line
    yield _prose(mask_code(item.body)), item.body_line


def _mixed_words(item: ContentFile) -> Iterator[tuple[str, int]]:
    """Yield each word mixing Latin and Cyrillic letters, with its line number."""
    for text, first_line in _texts(item):
        for word in WORD.finditer(text):
            if LATIN_LETTER.search(word[0]) and CYRILLIC_LETTER.search(word[0]):
                yield word[0], line_of(text, word.start(), first_line)


def _mixed_word_problem(path: str, word: str, line: int) -> Problem:
    latin = LATIN_LETTER.findall(word)
    cyrillic = CYRILLIC_LETTER.findall(word)
    odd_script, odd, keep = (
        ("Latin", latin, "Cyrillic")
        if len(cyrillic) >= len(latin)
        else ("Cyrillic", cyrillic, "Latin")
    )
    return error(
        path,
        line,
        f'Word "{word}" mixes Latin and Cyrillic letters'
        f" ({odd_script}: {''.join(dict.fromkeys(odd))}).",
        f"retype the word using only {keep} letters.",
    )


def check_mixed_words(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report words that mix Latin and Cyrillic letters (look-alikes, any language)."""
    seen = set()
    for word, line in _mixed_words(item):
        if (word, line) not in seen:
            seen.add((word, line))
            yield _mixed_word_problem(item.path, word, line)


def latin_share(item: ContentFile) -> tuple[int, int]:
    """Return (Latin letters, all Latin and Cyrillic letters); acronyms such as
    OSCE (all-capital Latin words) are left out."""
    latin = letters = 0
    for text, _ in _texts(item):
        acronym_letters = sum(len(word) for word in ACRONYM.findall(text))
        text_latin = len(LATIN_LETTER.findall(text)) - acronym_letters
        latin += text_latin
        letters += text_latin + len(CYRILLIC_LETTER.findall(text))
    return latin, letters


def check_serbian_script(item: ContentFile, options: CheckOptions) -> Iterator[Problem]:
    """Report a Serbian Cyrillic file written mostly in Latin script."""
    lang = item.field("Lang")
    if lang is None or lang.value != options.serbian_cyrillic:
        return
    latin, letters = latin_share(item)
    if latin < MOSTLY_LATIN_MINIMUM or latin * 2 <= letters:
        return
    yield error(
        item.path,
        lang.line,
        f'Lang is "{lang.value}" (Serbian Cyrillic), but the text is mostly in'
        f" Latin script ({latin * 100 // letters}% of letters).",
        "write the text in Cyrillic; the Latin page is generated from it.",
    )
