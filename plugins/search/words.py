"""Word forms for the search page: which forms of a word the site holds.

Pagefind has no stemmer for Czech, Latvian, Bulgarian or Ukrainian, so a query finds
only the form typed. The build therefore writes, per language, tables that map every
form simplemma knows of a lemma found on the site (also forms that appear nowhere on
it: "obětem") to the forms of that lemma that the site's pages hold ("oběť", "obětí").
The search page looks the reader's words up there and asks Pagefind for those forms.

A table is split into shards by the first letters of the folded form, each a gzip'd
JSON list of groups "stem|ending,ending,…|site form,site form", one per lemma. Serbian
is looked up in Latin (simplemma's "hbs" holds both scripts), so a query in either
script finds the pages of both Serbian sites.
"""

import gzip
import hashlib
import json
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import simplemma
from selectolax.lexbor import LexborHTMLParser
from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY
from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

from plugins.base.transliteration.core import SERBIAN_TO_LATIN

SHARD_LETTERS = 2  # shard by the first two letters of the folded form
FOLDER = "words"  # inside the search bundle: words/<language>/<shard>.json.gz
SHARD_LIST = "shards.json"  # beside them: the names of the shards there are
# Languages simplemma has under another code: Serbo-Croatian covers sr, hr, bs.
SIMPLEMMA_CODES = {"sr": "hbs", "hr": "hbs", "bs": "hbs"}
LATIN_LOOKUP = ("hbs",)  # looked up in Latin: the dictionary mixes both scripts
# Elements Pagefind 1.5 leaves out of the index by itself.
UNINDEXED = "footer, nav, form, label, script, noscript, style, svg, template, iframe"
WORD = re.compile(r"[^\W\d_]+")
# The code that makes the tables, as loaded (a process that outlives an edit of this
# file goes on making the old tables, and must not keep them under the new code's key).
CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
_LATIN = str.maketrans(dict(SERBIAN_TO_LATIN))  # lower-case letters, as in the JS


@dataclass
class Lemma:
    """The forms a lemma has (folded) and the forms of it the site holds."""

    forms: set[str] = field(default_factory=set)
    site_forms: set[str] = field(default_factory=set)


def fold(word: str) -> str:
    """Lower case without diacritics, as Pagefind matches: "Oběť" -> "obet"."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def simplemma_code(language_code: str, supported: Iterable[str]) -> str | None:
    """simplemma's code for a language ("sr-Latn" -> "hbs"), or None without one."""
    primary = language_code.split("-")[0].lower()
    code = SIMPLEMMA_CODES.get(primary, primary)
    return code if code in set(supported) else None


def lookup_key(word: str, code: str) -> str:
    """The folded form a word is looked up by (Serbian: in Latin)."""
    if code in LATIN_LOOKUP:
        return fold(word.lower().translate(_LATIN))
    return fold(word)


def words_of(text: str) -> set[str]:
    """The distinct words of a text: letters only, no numbers."""
    return set(WORD.findall(text))


def site_lemmas(words: Iterable[str], code: str, lemmatize) -> dict[str, Lemma]:
    """The lemmas of the site's words, each with the folded forms the site holds.

    `lemmatize(word, code)` is simplemma's; its lemma is taken in lower case."""
    lemmas: dict[str, Lemma] = defaultdict(Lemma)
    for word in words:
        lemma = lemma_key(word, code, lemmatize)
        lemmas[lemma].site_forms.add(fold(word))
        lemmas[lemma].forms.add(lookup_key(word, code))
        if WORD.fullmatch(lemma):  # not "naj-" or "a,b": the shards' separators
            lemmas[lemma].forms.add(lemma)
    return dict(lemmas)


def lemma_key(word: str, code: str, lemmatize=simplemma.lemmatize) -> str:
    """The folded lemma of a word (Serbian: lemmatized and given in Latin)."""
    if code in LATIN_LOOKUP:
        word = word.lower().translate(_LATIN)
    return lookup_key(lemmatize(word, code), code)


def dictionary_pairs(dictionary):
    """The (form, lemma) pairs of a simplemma dictionary.

    simplemma 2.0 wraps a dict of bytes whose Mapping interface encodes and looks
    up every key again: reading that dict directly is ten times faster."""
    raw = getattr(dictionary, "_dict", None)
    if isinstance(raw, dict):
        return ((form.decode(), lemma.decode()) for form, lemma in raw.items())
    return dictionary.items()


def dictionary_forms(dictionary, code: str, wanted: set[str]) -> dict[str, set[str]]:
    """The folded forms of each wanted lemma in a dictionary (form -> lemma)."""
    forms: dict[str, set[str]] = defaultdict(set)
    keys: dict[str, str] = {}  # a lemma has many forms: fold it once
    for form, lemma in dictionary_pairs(dictionary):
        key = keys.get(lemma)
        if key is None:
            key = keys[lemma] = lookup_key(lemma, code)
        if key in wanted and WORD.fullmatch(form):  # words only, as the site's
            forms[key].add(lookup_key(form, code))
    return forms


def group_line(lemma: Lemma) -> str:
    """One lemma as "stem|endings|site forms", the forms sorted."""
    forms = sorted(lemma.forms)
    stem = os.path.commonprefix(forms)
    endings = ",".join(form[len(stem) :] for form in forms)
    return f"{stem}|{endings}|{','.join(sorted(lemma.site_forms))}"


def shard_name(key: str) -> str:
    """The file a folded form is looked up in: its first letters in hex UTF-8."""
    return key[:SHARD_LETTERS].encode().hex() + ".json.gz"


def shards(lemmas: dict[str, Lemma]) -> dict[str, bytes]:
    """The shard files of a language's lemmas, and their list (SHARD_LIST), so that
    the search page asks for no file that is not there; a lemma of one form needs
    none."""
    lines: dict[str, list[str]] = defaultdict(list)
    for name in sorted(lemmas):
        lemma = lemmas[name]
        if len(lemma.forms | lemma.site_forms) < 2:
            continue  # the word as typed finds it
        line = group_line(lemma)
        for shard in sorted({shard_name(form) for form in lemma.forms}):
            lines[shard].append(line)
    files = {
        shard: gzip.compress(
            json.dumps(group, ensure_ascii=False, separators=(",", ":")).encode(),
            mtime=0,
        )
        for shard, group in sorted(lines.items())
    }
    return {SHARD_LIST: json.dumps(sorted(files)).encode(), **files} if files else {}


def page_text(html: bytes, selectors) -> str:
    """The text Pagefind indexes: the data-pagefind-body element without the
    excluded selectors and data-pagefind-ignore parts, and its images' alt texts."""
    body = LexborHTMLParser(html).css_first("[data-pagefind-body]")
    if body is None:
        return ""
    for selector in (*selectors, "[data-pagefind-ignore]", UNINDEXED):
        for node in body.css(selector):
            node.decompose()
    alts = [image.attributes.get("alt") or "" for image in body.css("img[alt]")]
    return " ".join([body.text(separator=" "), *alts])


def word_tables(pages, selectors) -> dict[str, bytes]:
    """The shards of every language simplemma knows, by path inside the bundle."""
    words: dict[str, set[str]] = defaultdict(set)
    for page in pages:
        words[page.lang] |= words_of(page_text(page.html, selectors))
    codes = {lang: simplemma_code(lang, SUPPORTED_LANGUAGES) for lang in words}
    lemmas = {
        lang: site_lemmas(words[lang], code, simplemma.lemmatize)
        for lang, code in codes.items()
        if code
    }
    factory = DEFAULT_DICTIONARY_FACTORY  # simplemma.lemmatize's: loaded once
    for code in sorted(set(codes.values()) - {None}):
        languages = [lang for lang in lemmas if codes[lang] == code]
        wanted = set().union(*(lemmas[lang] for lang in languages))
        known = dictionary_forms(factory.get_dictionary(code), code, wanted)
        for lang in languages:
            for key, lemma in lemmas[lang].items():
                lemma.forms |= known.get(key, set())
    return {
        f"{FOLDER}/{lang.lower()}/{name}": data
        for lang in sorted(lemmas)
        for name, data in shards(lemmas[lang]).items()
    }


def tables_version() -> str:
    """What makes the tables besides the pages: simplemma's version, this code."""
    return f"simplemma {metadata.version('simplemma')} words {CODE}"


def word_forms(bundle: str, language_code: str) -> dict | None:
    """What the search page needs to look words up: the folder of the language's
    shards, and for Serbian the Cyrillic letters in Latin; None without tables."""
    code = simplemma_code(language_code, SUPPORTED_LANGUAGES)
    if code is None:
        return None
    letters = dict(SERBIAN_TO_LATIN) if code in LATIN_LOOKUP else {}
    return {
        "folder": f"{bundle}/{FOLDER}/{language_code.lower()}",
        "letters": json.dumps(
            letters, ensure_ascii=False, sort_keys=True, separators=(",", ":")
        ),
    }
