"""Settings the site cannot be built with: one report, no traceback, site kept."""

from .conftest import SETTINGS, build_site


def test_bad_settings_are_reported_together(tmp_path):
    settings = tmp_path / "bad.conf.py"
    settings.write_text(
        "import runpy\n"
        f"globals().update(runpy.run_path({str(SETTINGS)!r}))\n"
        "MULTILINGUAL_PAGE_SIZE = 'ten'\n"
        "MULTILINGUAL_HOME_EVENTS = 0.5\n"
        "TIMEZONE = 'Mars/Olympus'\n"
        f"MULTILINGUAL_TRANSLATIONS_DIR = {str(tmp_path / 'none')!r}\n",
        encoding="utf-8",
    )
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("the previous site")
    result = build_site(output, settings=settings)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "Build failed; the previous site is unchanged."
    assert "MULTILINGUAL_PAGE_SIZE: 'ten' is not valid." in lines[1]
    assert lines[2].startswith("MULTILINGUAL_HOME_EVENTS: 0.5 is not valid.")
    assert lines[3].startswith("TIMEZONE: 'Mars/Olympus' is not a known time zone.")
    assert sum("has no catalog for" in line for line in lines) == 6
    assert (output / "index.html").read_text() == "the previous site"


def test_every_plugins_problems_in_one_report_before_content_is_read(tmp_path):
    settings = tmp_path / "bad.conf.py"
    settings.write_text(
        "import runpy\n"
        f"globals().update(runpy.run_path({str(SETTINGS)!r}))\n"
        "MULTILINGUAL_HOME_NEWS = -1\n"
        "CALENDAR_NEWS = 'no'\n"
        "FEEDS_LIMT = 20\n"
        "SEARCH_EXCERPT_WORDS = 500\n"
        "ACCESSIBILITY_STATUS = 'compliant'\n",
        encoding="utf-8",
    )
    # Content the checks would refuse: the settings are reported before it is read.
    content = tmp_path / "content"
    (content / "news").mkdir(parents=True)
    (content / "news" / "bad.md").write_text("Title: Bad\nDate: soon\n\nText.\n")
    output = tmp_path / "output"
    result = build_site(output, settings=settings, extra=["--input", str(content)])
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"Build failed; no site is published in {output}.",
        "MULTILINGUAL_HOME_NEWS: -1 is not valid. Expected a whole number of 0 or "
        "more.",
        "CALENDAR_NEWS: 'no' is not valid. Expected True or False.",
        "FEEDS_LIMT: unknown setting. Expected one of: FEEDS_LIMIT, FEEDS_CONTENT, "
        "FEEDS_INCLUDE_UNTRANSLATED, FEEDS_ALL_LANGUAGES.",
        "SEARCH_EXCERPT_WORDS: 500 is not valid. Expected a whole number from 5 to "
        "100.",
        "ACCESSIBILITY_STATUS: 'compliant' is not valid. Expected one of: 'full', "
        "'partial', 'none'.",
    ]
    assert not output.exists()
