"""The fixture site's settings: the project's own, with a fixed content and date."""

import runpy
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent
_project = runpy.run_path(str(FIXTURE.parents[1] / "pelican.conf.py"))
globals().update({key: value for key, value in _project.items() if key.isupper()})

PATH = str(FIXTURE / "content")
SITEURL = "https://network.example.org"
# The fixture's own languages, fixed so that a language added to the demo (uk) does
# not change the pages these tests were written against.
MULTILINGUAL_LANGUAGES = ["cs", "lv", "sr-Cyrl", "sr-Latn", "bg", "en"]
MULTILINGUAL_SITE = {
    code: info
    for code, info in _project["MULTILINGUAL_SITE"].items()
    if code in MULTILINGUAL_LANGUAGES
}
CONTACT_HELP = {
    code: info
    for code, info in _project["CONTACT_HELP"].items()
    if code in MULTILINGUAL_LANGUAGES
}
MULTILINGUAL_TODAY = "2026-11-23"
# The project's cache stays on (Pagefind's bundle is the same bytes only when kept,
# see plugins/search/cache.py), but Pelican reads every content file afresh.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = False
