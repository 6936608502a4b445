"""The benchmark's synthetic corpus: deterministic, realistic proportions, valid."""

import re
import struct
import zlib
from pathlib import Path

import pytest
from pelican.settings import read_settings

from bench import corpus
from bench.images import corpus_images
from bench.plan import LAST_DAY, edit_target, plan_corpus
from plugins.checks.handlers import problems_in
from plugins.checks.problem import ERROR

ROOT = Path(__file__).resolve().parents[2]
BENCH_CONF = ROOT / "bench" / "bench.conf.py"


def test_same_seed_gives_identical_files():
    assert corpus.corpus_files(12, 7) == corpus.corpus_files(12, 7)


def test_another_seed_gives_other_text():
    assert corpus.corpus_files(12, 7) != corpus.corpus_files(12, 8)


def test_items_do_not_depend_on_corpus_size():
    small, large = corpus.corpus_files(10, 3), corpus.corpus_files(11, 3)
    shared = [path for path in small if path.startswith("news/") and path in large]
    # Links may point to any earlier item, so only the metadata must match.
    heads = {path: small[path].split("\n\n")[0] for path in shared}
    assert shared and heads == {path: large[path].split("\n\n")[0] for path in shared}


def test_every_item_is_in_english_and_60_percent_in_each_other_language():
    plans = plan_corpus(600, 1)
    assert all(plan.languages[0] == "en" for plan in plans)
    for language in ("cs", "lv", "sr", "bg"):
        share = sum(language in plan.languages for plan in plans) / len(plans)
        assert 0.54 <= share <= 0.66, language


def test_a_third_of_the_items_are_events_some_timed_some_multi_day():
    plans = plan_corpus(600, 1)
    events = [plan.event for plan in plans if plan.kind == "events"]
    assert 0.28 <= len(events) / len(plans) <= 0.39
    assert any(" " in event.start and event.timezone for event in events)
    assert any(event.end and " " not in event.end for event in events)


def test_tags_come_from_a_pool_of_fifty_and_dates_span_ten_years():
    plans = plan_corpus(600, 1)
    assert len({tag for plan in plans for tag in plan.tags}) == 50
    years = {plan.date[:4] for plan in plans}
    assert min(years) == "2015" and max(years) == "2025"


@pytest.mark.parametrize(
    "language, letters",
    [
        ("cs", "čřžěů"),
        ("lv", "āēīūķļņšž"),
        ("sr", "љњџђћ"),
        ("bg", "щъюя"),
    ],
)
def test_each_language_is_written_in_its_script(language, letters):
    text = "".join(
        data
        for path, data in corpus.corpus_files(30, 1).items()
        if path.endswith(f".{language}.md")
    )
    assert set(letters) <= set(text)
    if language in ("sr", "bg"):
        body = re.sub(r"\]\([^)]*\)|^\w[\w-]*: .*$", "", text, flags=re.MULTILINE)
        assert not re.search(r"[a-z]", body)


def test_items_have_headings_lists_links_and_some_images():
    files = corpus.corpus_files(40, 1)
    items = [
        data
        for path, data in files.items()
        if path.endswith(".en.md") and not path.startswith("pages/")
    ]
    assert all("\n## " in text and "\n- " in text for text in items)
    assert all("]({filename}/" in text for text in items[1:])
    assert any("](images/bench-" in text for text in items)
    words = [len(text.split("\n\n", 1)[1].split()) for text in items]
    assert 330 <= sum(words) / len(words) <= 480


def test_images_are_real_pngs():
    for data in corpus_images().values():
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = struct.unpack(">II", data[16:24])
        (length,) = struct.unpack(">I", data[33:37])
        pixels = zlib.decompress(data[41 : 41 + length])
        assert len(pixels) == height * (1 + 3 * width)


def test_the_edit_changes_only_the_last_sentence():
    text = "Title: X\n\nFirst one. Second one. Last one.\n"
    assert corpus.edited_text(text, 2) == (
        "Title: X\n\nFirst one. Second one. This sentence changed in benchmark edit "
        "run 2.\n"
    )


def test_the_edited_item_is_english_news_and_the_added_one_is_newest():
    plans = plan_corpus(20, 1)
    assert corpus.edited_path(20, 1) == edit_target(plans).path("en")
    assert corpus.edited_path(20, 1).startswith("news/")
    path, text = corpus.added_item(20, 1)
    assert path.startswith("news/") and path.endswith(".en.md")
    assert f"Date: {LAST_DAY.isoformat()}" in text
    assert all(plan.date < LAST_DAY.isoformat() for plan in plans)


def test_the_corpus_passes_the_content_checks(tmp_path):
    files = corpus.corpus_files(15, 1)
    added_path, added_text = corpus.added_item(15, 1)
    files[added_path] = added_text
    corpus.write_files(tmp_path / "content", files)
    settings = read_settings(
        str(BENCH_CONF), override={"PATH": str(tmp_path / "content")}
    )
    problems = problems_in(settings)
    assert [p for p in problems if p.severity == ERROR] == []
    assert problems == []


def test_the_metadata_edits_change_the_title_then_the_date_only():
    text = "Title: Old title\nDate: 2020-03-01 09:30\nLang: en\n\nBody. Title: no.\n"
    retitled = corpus.retitled_text(text, 4)
    assert retitled == text.replace(
        "Old title", "Title changed in benchmark edit run 4", 1
    )
    assert corpus.redated_text(retitled) == retitled.replace(
        "2020-03-01 09:30", "2020-02-29 09:30"
    )
    assert corpus.redated_text("Date: 2021-01-01\n") == "Date: 2020-12-31\n"
