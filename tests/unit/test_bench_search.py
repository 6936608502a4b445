"""make bench: the line that reports the search index and its word-form tables."""

from bench import search


def test_the_report_line_gives_index_and_tables_apart():
    alone = {
        "pages": 3442,
        "files": 9000,
        "bytes": 20_000_000,
        "wall_s": 7.5,
        "cpu_s": 9.1,
        "peak_rss_mb": 570.4,
        "word_forms": {"files": 1500, "bytes": 3_500_000, "wall_s": 6.2, "cpu_s": 6.0},
    }
    assert search.describe(30.0, 27.2, alone) == (
        "a clean build with plugins.search took 30.0 s (+2.8 s against the median "
        "clean build, one run); Pagefind alone indexed 3442 pages into 9000 files in "
        "7.5 s wall, 9.1 s CPU, 570 MB; the index is 20.0 MB, the word-form tables "
        "3.50 MB more (+18%, 1500 files) made in 6.2 s wall, 6.0 s CPU."
    )


def test_a_failed_index_reports_the_build_only():
    assert search.describe(30.0, 27.2, {"note": "Pagefind failed"}) == (
        "a clean build with plugins.search took 30.0 s (+2.8 s against the median "
        "clean build, one run)."
    )
