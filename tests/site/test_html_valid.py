"""Every HTML file of the fixture site is valid HTML, by the Nu HTML Checker.

One Java run checks the whole site (pages, text and print views, redirect pages),
plus a broken page that proves the checker ran and reports what it finds.
"""

from tests.needs import html_checker
from tools import vnu

BROKEN = """<!doctype html>
<html lang="en"><head><title>Broken</title></head>
<body><p><div>never closed</p></body></html>
"""


def test_every_html_file_of_the_site_is_valid(site, tmp_path):
    java = html_checker()
    broken = tmp_path / "broken.html"
    broken.write_text(BROKEN, encoding="utf-8")
    findings = vnu.check_html([site, broken], java)
    assert [str(f) for f in findings if f.path != str(broken)] == []
    assert f"{broken}:3:10: Unclosed element “div”." in map(str, findings)
