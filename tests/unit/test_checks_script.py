"""Serbian Cyrillic files are written in Cyrillic, and no word mixes scripts."""

import time

import pytest

from plugins.checks.core import check_file_text
from plugins.checks.script_rules import script_of

CYRILLIC_TEXT = (
    "Радна група наставља рад на питањима безбедности у сарадњи са OSCE и EU.\n\n"
    "Више на https://example.org/sr/vesti/radna-grupa или пишите на info@mup.gov.rs.\n"
    "Погледајте [извештај]({filename}/news/izvestaj.md) и `config.yaml`.\n\n"
    "```\nsome code in Latin letters here\n```\n"
)


def serbian(body, title="Радна група", lang="sr"):
    return f"Title: {title}\nDate: 2017-03-13\nLang: {lang}\n\n{body}\n"


def report(text, path="news/a.md"):
    return [problem.describe() for problem in check_file_text(path, text)]


def test_cyrillic_text_with_urls_acronyms_and_code_is_clean():
    assert report(serbian(CYRILLIC_TEXT)) == []


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Радна група",
            "Састанак у Сaрајеву.",
            'news/a.md:5: error: Word "Сaрајеву" mixes Latin and Cyrillic letters'
            " (Latin: a). Fix: retype the word using only Cyrillic letters.",
        ),
        (
            "Семинар о сaрадњи",
            "Текст.",
            'news/a.md:1: error: Word "сaрадњи" mixes Latin and Cyrillic letters'
            " (Latin: a). Fix: retype the word using only Cyrillic letters.",
        ),
        (
            "Радна група",
            "Први ред.\n\nСарадња са OSСE.",
            'news/a.md:7: error: Word "OSСE" mixes Latin and Cyrillic letters'
            " (Cyrillic: С). Fix: retype the word using only Latin letters.",
        ),
        (
            "Радна група",
            "Рeпублика Сeрбија",
            'news/a.md:5: error: Word "Рeпублика" mixes Latin and Cyrillic letters'
            " (Latin: e). Fix: retype the word using only Cyrillic letters.",
        ),
    ],
)
def test_words_mixing_scripts(title, body, expected):
    problems = report(serbian(body, title))
    assert problems[0] == expected


def test_every_mixed_word_is_named():
    problems = report(serbian("Рeпублика Сeрбија"))
    assert [p.split(": error: ")[1].split(" mixes")[0] for p in problems] == [
        'Word "Рeпублика"',
        'Word "Сeрбија"',
    ]


def test_text_mostly_in_latin_script():
    body = "Radna grupa nastavlja rad na pitanjima bezbednosti u saradnji sa OSCE."
    assert report(serbian(body, title="Radna grupa")) == [
        'news/a.md:3: error: Lang is "sr" (Serbian Cyrillic), but the text is mostly'
        " in Latin script (100% of letters). Fix: write the text in Cyrillic;"
        " the Latin page is generated from it.",
    ]


@pytest.mark.parametrize(
    ("lang", "title", "body"),
    [
        ("sr", "Вести", "Kratko."),  # too few Latin letters to judge
        ("sr-Latn", "Radna grupa", "Radna grupa nastavlja rad na pitanjima."),
        ("sr", "Вести", "Конференција Microsoft и Google у Београду, сарадња."),
    ],
)
def test_script_rules_that_do_not_apply(lang, title, body):
    assert report(serbian(body, title, lang)) == []


def test_latvian_words_with_a_cyrillic_look_alike_are_reported():
    assert report(serbian("Darba grupa tiekas Рīgā.", "Darba grupa", "lv")) == [
        'news/a.md:5: error: Word "Рīgā" mixes Latin and Cyrillic letters'
        " (Cyrillic: Р). Fix: retype the word using only Latin letters.",
    ]


def test_bulgarian_words_mixing_scripts_are_reported():
    assert report(serbian("Министерствo на вътрешните работи.", "Новини", "bg")) == [
        'news/a.md:5: error: Word "Министерствo" mixes Latin and Cyrillic letters'
        " (Latin: o). Fix: retype the word using only Cyrillic letters.",
    ]


@pytest.mark.parametrize(
    ("letter", "script"),
    [("a", "Latin"), ("а", "Cyrillic"), ("ž", "Latin"), ("ђ", "Cyrillic"), ("7", "")],
)
def test_script_of(letter, script):
    assert script_of(letter) == script


def test_a_very_long_word_is_checked_in_time_in_proportion_to_its_length():
    # A hostile file: one "word" of tens of thousands of letters. CPU time of this
    # process, best of three: linear is 16x for 16x the letters, quadratic 256x.
    def seconds(letters):
        text = serbian("ж" * letters + "a")
        runs = []
        for _ in range(3):
            start = time.process_time()
            problems = report(text)
            runs.append(time.process_time() - start)
        assert len([p for p in problems if "mixes Latin and Cyrillic" in p]) == 1
        return min(runs)

    assert seconds(32_000) < seconds(2_000) * 16 * 4
