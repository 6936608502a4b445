"""Search: the word-form tables the search page looks the reader's words up in."""

import gzip
import json

import pytest

from plugins.search import words
from plugins.search.indexer import IndexedPage
from plugins.search.words import Lemma


def shard_lines(files, path):
    """The groups of one shard file."""
    return json.loads(gzip.decompress(files[path]))


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Oběť", "obet"),
        ("ŽRTVAMA", "zrtvama"),
        ("tirdzniecības", "tirdzniecibas"),
        ("жертвите", "жертвите"),
        ("Йод", "иод"),  # as Pagefind matches: й is и with a breve
        ("đak", "đak"),  # no decomposition, kept
    ],
)
def test_fold_drops_case_and_diacritics(word, folded):
    assert words.fold(word) == folded


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("cs", "cs"),
        ("lv", "lv"),
        ("bg", "bg"),
        ("sr-Cyrl", "hbs"),
        ("sr-Latn", "hbs"),
        ("uk", "uk"),
        ("en-GB", "en"),
        ("xx", None),
    ],
)
def test_simplemma_code_by_primary_subtag(language, code):
    assert words.simplemma_code(language, ["cs", "lv", "bg", "hbs", "uk", "en"]) == code


@pytest.mark.parametrize(
    ("word", "code", "key"),
    [
        ("obětem", "cs", "obetem"),
        ("жртвама", "hbs", "zrtvama"),
        ("Žrtvama", "hbs", "zrtvama"),
        ("Љубав", "hbs", "ljubav"),
        ("џемпер", "hbs", "dzemper"),
        ("жертвите", "bg", "жертвите"),  # only Serbian is looked up in Latin
    ],
)
def test_lookup_key_is_folded_and_serbian_in_latin(word, code, key):
    assert words.lookup_key(word, code) == key


@pytest.mark.parametrize(
    ("word", "code", "lemma"),
    [
        ("obětem", "cs", "obet"),
        ("upuriem", "lv", "upuris"),
        ("жертвите", "bg", "жертва"),
        ("жртвама", "hbs", "zrtva"),
        ("žrtvama", "hbs", "zrtva"),
        ("children", "en", "child"),
    ],
)
def test_lemma_key_with_simplemma(word, code, lemma):
    assert words.lemma_key(word, code) == lemma


def test_words_of_keeps_letters_only():
    assert words.words_of("Oběť 2025, oběti_x – 3D «жертва»") == {
        "Oběť",
        "oběti",
        "x",
        "D",
        "жертва",
    }


def test_a_lemma_that_is_not_a_word_is_no_form():
    found = words.site_lemmas(["najlepší"], "cs", lambda word, code: "naj-,lepší")
    assert found == {"naj-,lepsi": Lemma({"najlepsi"}, {"najlepsi"})}


def test_site_lemmas_group_the_sites_forms_under_their_lemma():
    lemmas = {"Oběti": "oběť", "obětem": "oběť", "Praha": "Praha"}
    found = words.site_lemmas(lemmas, "cs", lambda word, code: lemmas[word])
    assert found == {
        "obet": Lemma({"obet", "obeti", "obetem"}, {"obeti", "obetem"}),
        "praha": Lemma({"praha"}, {"praha"}),
    }


def test_dictionary_forms_keep_the_wanted_lemmas_only():
    dictionary = {
        "obětmi": "oběť",
        "oběťmi": "oběť",
        "domem": "dům",
        "Obětí": "oběť",
        "obě(t)í": "oběť",  # not a word: it would break a shard's line
        "oběť|x": "oběť",
    }
    assert words.dictionary_forms(dictionary, "cs", {"obet"}) == {
        "obet": {"obetmi", "obeti"}
    }


def test_dictionary_forms_read_serbian_in_latin():
    dictionary = {"жртвама": "жртва", "žrtvom": "žrtva", "кућа": "кућа"}
    assert words.dictionary_forms(dictionary, "hbs", {"zrtva"}) == {
        "zrtva": {"zrtvama", "zrtvom"}
    }


@pytest.mark.parametrize(
    ("lemma", "line"),
    [
        (Lemma({"obet", "obeti", "obetem"}, {"obeti"}), "obet|,em,i|obeti"),
        (Lemma({"clovek", "lide"}, {"lide"}), "|clovek,lide|lide"),
        (Lemma({"zrtva", "zrtve"}, {"жртве", "жртва"}), "zrtv|a,e|жртва,жртве"),
    ],
)
def test_group_line_is_stem_endings_and_site_forms(lemma, line):
    assert words.group_line(lemma) == line


@pytest.mark.parametrize(
    ("key", "name"),
    [("obetem", "6f62.json.gz"), ("ж", "d0b6.json.gz"), ("žrt", "c5be72.json.gz")],
)
def test_shard_name_is_the_first_two_letters_in_hex(key, name):
    assert words.shard_name(key) == name


def test_shards_hold_a_lemma_in_every_shard_of_its_forms():
    files = words.shards(
        {
            "clovek": Lemma({"clovek", "lide"}, {"lide"}),
            "praha": Lemma({"praha"}, {"praha"}),  # one form: typed, it is found
        }
    )
    assert sorted(files) == ["636c.json.gz", "6c69.json.gz", "shards.json"]
    assert json.loads(files["shards.json"]) == ["636c.json.gz", "6c69.json.gz"]
    assert shard_lines(files, "6c69.json.gz") == ["|clovek,lide|lide"]
    assert files == words.shards({"clovek": Lemma({"lide", "clovek"}, {"lide"})})


PAGE = """<html lang="cs"><body><header>Hlavička obětí</header>
<main data-pagefind-body><h1>Pomáháme obětem</h1>
<p class="item-date">Zveřejněno</p>
<dl><dt data-pagefind-ignore>Kdy</dt><dd>Praha</dd></dl>
<img src="a.jpg" alt="Linka pomoci"><footer>Kontakt</footer>
<nav>Menu</nav><form><label>Hledat</label></form></main></body></html>"""


def test_page_text_is_what_pagefind_indexes():
    text = words.page_text(PAGE.encode(), [".item-date"])
    assert words.words_of(text) == {"Pomáháme", "obětem", "Praha", "Linka", "pomoci"}


def test_page_text_without_a_body_element_is_empty():
    assert words.page_text(b"<html><body><p>Text</p></body></html>", []) == ""


def test_word_tables_hold_forms_no_page_has():
    pages = [IndexedPage("/cs/a/", "cs", PAGE.encode())]
    files = words.word_tables(pages, [".item-date"])
    lines = shard_lines(files, "words/cs/" + words.shard_name("obetmi"))
    (line,) = [line for line in lines if line.endswith("|obetem")]
    stem, endings, _ = line.split("|")
    assert {"obet", "obeti", "obetmi", "obetem"} <= {
        stem + ending for ending in endings.split(",")
    }


def test_no_shards_no_list():
    assert words.shards({"praha": Lemma({"praha"}, {"praha"})}) == {}


def test_word_tables_skip_languages_simplemma_lacks():
    page = PAGE.replace('lang="cs"', 'lang="xx"').encode()
    assert words.word_tables([IndexedPage("/xx/a/", "xx", page)], []) == {}


@pytest.mark.parametrize(
    ("language", "folder", "letters"),
    [
        ("cs", "pagefind/words/cs", {}),
        ("sr-Latn", "pagefind/words/sr-latn", {"љ": "lj", "ж": "ž"}),
        ("sr-Cyrl", "pagefind/words/sr-cyrl", {"џ": "dž", "ћ": "ć"}),
    ],
)
def test_word_forms_tell_the_page_where_to_look(language, folder, letters):
    forms = words.word_forms("pagefind", language)
    assert forms["folder"] == folder
    assert letters.items() <= json.loads(forms["letters"]).items()


def test_no_word_forms_for_a_language_simplemma_lacks():
    assert words.word_forms("pagefind", "xx") is None
