"""A link to a document that is not there (issue 15): the build stops with the
checks' `file:line` error, never with Pelican's "Cannot get modification stamp"
and a crash report (every relative link becomes a Pelican {static} link)."""

from .conftest import build_site
from .test_publishing_faults import tiny_content

LINKS = "[Plan](../documents/missing.pdf), [Old plan](missing.pdf), [Form](form.docx)"
FIX = (
    "Fix: check the file name; documents are linked from the content folder,"
    " e.g. documents/report.pdf."
)


def test_a_missing_document_stops_the_build_with_the_checks_error(tmp_path):
    content = tiny_content(tmp_path / "content", LINKS)
    result = build_site(tmp_path / "output", extra=["--input", str(content)])
    report = result.stdout + result.stderr
    assert result.returncode == 1, report
    for url in ("../documents/missing.pdf", "form.docx", "missing.pdf"):
        line = (
            f'content/news/one.en.md:6: error: Link "{url}" points to a file that'
            f" does not exist. {FIX}"
        )
        assert line in report.splitlines(), report
    assert "Cannot get modification stamp" not in report
    assert "Unexpected error" not in report
    assert "Traceback" not in report
