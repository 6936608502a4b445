"""content/tags.toml: tag names in every language, and every mistake in the file."""

import pytest

from plugins.base.items import Tag
from plugins.base.tag_file import read_tag_table

KEY = "labour-exploitation"
TABLE_TEXT = """\
[labour-exploitation]
en = "labour exploitation"
lv = "darba ekspluatācija"
cs = "pracovní vykořisťování"
sr = "радна експлоатација"
bg = "трудова експлоатация"

[training]
en = "training"
sr-Latn = "obuke"
"""


@pytest.fixture(name="table")
def table_fixture():
    table, problems = read_tag_table(TABLE_TEXT)
    assert problems == []
    return table


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("labour-exploitation", "labour-exploitation"),
        ("LABOUR-Exploitation", "labour-exploitation"),
        ("Darba ekspluatācija", "labour-exploitation"),
        ("  pracovní vykořisťování ", "labour-exploitation"),
        ("Радна експлоатација", "labour-exploitation"),
        ("radna eksploatacija", "labour-exploitation"),  # the derived Latin name
        ("Obuke", "training"),
        ("exploitation", None),
    ],
)
def test_an_editor_writes_the_key_or_a_name_in_any_language_and_case(
    table, written, key
):
    assert table.key_of(written) == key


@pytest.mark.parametrize(
    ("code", "tag"),
    [
        ("en", ("labour exploitation", "labour-exploitation")),
        ("lv", ("darba ekspluatācija", "darba-ekspluatacija")),
        ("cs", ("pracovní vykořisťování", "pracovni-vykoristovani")),
        ("sr-Cyrl", ("радна експлоатација", "radna-eksploatacija")),
        ("sr-Latn", ("radna eksploatacija", "radna-eksploatacija")),
        ("bg", ("трудова експлоатация", "trudova-eksploatatsia")),
        ("uk", ("labour exploitation", "labour-exploitation")),
    ],
)  # fmt: skip
def test_each_language_shows_its_name_at_an_address_made_from_it(table, code, tag):
    assert table.tag("labour-exploitation", code) == Tag(*tag, key=KEY)


def test_a_given_sr_latn_name_wins_over_the_derived_one(table):
    assert table.name("training", "sr-Latn") == "obuke"
    assert table.name("training", "sr-Cyrl") == "training"


def test_a_tag_as_written_keeps_its_former_address(table):
    assert table.tag_as_written("Labour-exploitation", "lv") == Tag(
        "darba ekspluatācija",
        "darba-ekspluatacija",
        key="labour-exploitation",
        former="labour-exploitation",
    )
    assert table.tag_as_written("Apmācības", "lv") == Tag("Apmācības", "apmacibas")


@pytest.mark.parametrize(
    ("written", "closest"),
    [
        ("labour-exploitaton", "labour-exploitation"),
        ("Trainings", "training"),
        ("darba ekspluatacija", "labour-exploitation"),
        ("victim support", None),
    ],
)
def test_the_closest_key_of_an_unknown_tag(table, written, closest):
    assert table.closest_key(written) == closest


def problems_of(text: str) -> list[str]:
    """The problems of a tags.toml text as `line: message Fix: fix`."""
    _table, problems = read_tag_table(text)
    return [f"{p.line}: {p.severity}: {p.message} Fix: {p.fix}" for p in problems]


EXAMPLE = '[labour-exploitation] followed by lines such as en = "labour exploitation"'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[training]\nen = "training\n',
            [
                "2: error: This is not valid TOML (Illegal character '\\n')."
                f" Fix: write {EXAMPLE}."
            ],
        ),
        (
            'title = "tags"\n',
            [f'1: error: "title" is not a table of names. Fix: write {EXAMPLE}.'],
        ),
        (
            '["Labour Exploitation"]\nen = "labour exploitation"\n',
            [
                "1: error: The key [Labour Exploitation] is not lower-case ASCII"
                " letters, digits and single hyphens. Fix: write"
                " [labour-exploitation] (editors may still write any name in Tags:)."
            ],
        ),
        (
            '[training]\nen = "training"\nfr = "formation"\n',
            [
                '3: error: "fr" in [training] is not a language.'
                " Fix: use one of cs, lv, sr, sr-Latn, bg, en, uk."
            ],
        ),
        (
            "[training]\nen = 3\nlv = '!!'\n",
            [
                "2: error: The en name of [training] is not text."
                ' Fix: write the name in quotes, e.g. en = "training".',
                "3: error: The lv name of [training] has no letters or digits."
                ' Fix: write the name in quotes, e.g. en = "training".',
            ],
        ),
        ("[training]\n", [f"1: error: [training] has no names. Fix: write {EXAMPLE}."]),
        (
            '[training]\nen = "training"\n\n[courses]\nen = "Training"\n',
            [
                '4: error: "training" names both [training] and [courses].'
                " Fix: give each tag its own names; one tag may carry one name once.",
                "4: error: [training] and [courses] have the same address"
                " tags/training/ in language en."
                " Fix: give them names that differ in letters or digits.",
            ],
        ),
        (
            '[support]\nlv = "Atbalsts!"\n\n[help]\nlv = "atbalsts"\n',
            [
                "4: error: [support] and [help] have the same address"
                " tags/atbalsts/ in language lv."
                " Fix: give them names that differ in letters or digits.",
            ],
        ),
    ],
)
def test_every_mistake_in_tags_toml_is_reported_at_its_line(text, expected):
    assert problems_of(text) == expected


def test_the_right_entries_still_form_a_table():
    table, problems = read_tag_table('[a]\nen = 3\n\n[training]\nen = "training"\n')
    assert [problem.line for problem in problems] == [2]
    assert list(table.names) == ["training"]
