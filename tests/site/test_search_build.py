"""Search and the build: bad settings or a failed index stop it, publishing nothing."""

from .conftest import SETTINGS, build_site

EXTRA_SETTINGS = f"""
import runpy
globals().update(
    {{k: v for k, v in runpy.run_path({str(SETTINGS)!r}).items() if k.isupper()}}
)
"""


def settings_file(tmp_path, **overrides):
    """The fixture site's settings with some SEARCH_ settings changed."""
    lines = [f"{key} = {value!r}" for key, value in overrides.items()]
    path = tmp_path / "search.conf.py"
    path.write_text(EXTRA_SETTINGS + "\n".join(lines) + "\n")
    return path


def previous_site(tmp_path):
    """An output folder holding a site published earlier."""
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("previous")
    return output


def test_wrong_settings_are_listed_together_and_nothing_is_built(tmp_path):
    output = previous_site(tmp_path)
    settings = settings_file(tmp_path, SEARCH_KINDS=[], SEARCH_PAGE_SIZE=0)
    result = build_site(output, settings)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-3:] == [
        "Build failed; the previous site is unchanged.",
        "SEARCH_KINDS: [] is not valid. Expected a non-empty list of 'news', "
        "'events', 'page'.",
        "SEARCH_PAGE_SIZE: 0 is not valid. Expected a whole number from 1 to 100.",
    ]
    assert [p.name for p in output.iterdir()] == ["index.html"]


def test_a_failing_index_fails_the_build_and_publishes_nothing(tmp_path):
    output = previous_site(tmp_path)
    # Pagefind 1.5 cannot parse this selector and stops with status 101.
    settings = settings_file(tmp_path, SEARCH_EXCLUDE_SELECTORS=["[["])
    result = build_site(output, settings)
    assert result.returncode != 0
    assert result.stderr.splitlines()[-1] == (
        "SEARCH_EXCLUDE_SELECTORS: Pagefind cannot use ['[['] "
        "(MissingAttributeName). Fix: use simple selectors: a tag, .class, #id or "
        "[attribute], joined by a space or '>'."
    )
    assert "Traceback" not in result.stderr and "panicked" not in result.stderr
    assert [p.name for p in output.iterdir()] == ["index.html"]
    assert (output / "index.html").read_text() == "previous"
    # The failed staging folder is set aside for the next build, never published;
    # the build's bookkeeping (its lock) is beside the output too.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".output.previous",
        ".output.state",
        "output",
        "search.conf.py",
    ]
