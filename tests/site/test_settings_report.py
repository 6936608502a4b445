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
