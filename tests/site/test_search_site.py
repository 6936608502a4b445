"""Search on the fixture site: the Pagefind bundle, what it holds, the search pages."""

import gzip
import json
import xml.etree.ElementTree as ET

import pytest

from plugins.search import words
from plugins.search.core import is_stemmed

from .conftest import SITEURL

# Language code -> URL prefix.
LANGUAGES = {
    "cs": "cs",
    "lv": "lv",
    "sr-Cyrl": "sr",
    "sr-Latn": "sr-latn",
    "bg": "bg",
    "en": "en",
}
ITEMS = [
    "lv/news/annual-report/",
    "lv/events/forced-labour-webinar/",
    "sr/news/annual-report/",
    "sr-latn/news/annual-report/",
    "en/who-we-are/",
    "bg/contacts/",
]
NOT_INDEXED = [
    "lv/",
    "lv/news/",
    "lv/events/",
    "lv/tags/",
    "lv/tags/zinojumi/",
    "lv/sitemap/",
    "lv/search/",
    "text/lv/news/annual-report/",
    "lv/news/annual-report/print/",
    "text/en/who-we-are/",
    "en/who-we-are/print/",
]


@pytest.fixture(scope="module")
def entry(site) -> dict:
    """The bundle's list of language indexes."""
    return json.loads((site / "pagefind/pagefind-entry.json").read_text())


@pytest.fixture(scope="module")
def fragments(site) -> dict[str, dict]:
    """Every indexed page by its link: content, filters and meta as Pagefind stored."""
    records = {}
    for file in (site / "pagefind/fragment").iterdir():
        data = gzip.decompress(file.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        record = json.loads(data[len(b"pagefind_dcd") :])
        records[record["url"]] = record
    return records


def test_the_index_lists_every_language_separately(entry):
    assert set(entry["languages"]) == {code.lower() for code in LANGUAGES}
    counts = {code: info["page_count"] for code, info in entry["languages"].items()}
    assert all(count > 0 for count in counts.values())
    assert counts["sr-cyrl"] == counts["sr-latn"]  # every Cyrillic item has a twin


@pytest.mark.parametrize("code", LANGUAGES)
def test_stemming_is_where_the_search_page_expects_it(entry, code):
    assert (entry["languages"][code.lower()]["wasm"] is not None) is is_stemmed(code)


def test_item_pages_and_only_they_are_indexed(site, fragments, page):
    indexed = set(fragments)
    for path in ITEMS:
        assert f"/{path}" in indexed
        assert page(path).find("main").has_attr("data-pagefind-body")
    for path in NOT_INDEXED:
        assert f"/{path}" not in indexed
        assert page(path).find(attrs={"data-pagefind-body": True}) is None, path
    assert not [url for url in indexed if url.startswith("/text/")]
    assert not [url for url in indexed if url.endswith("/print/")]


def test_each_page_is_indexed_in_its_own_language(fragments):
    languages = {prefix: code for code, prefix in LANGUAGES.items()}
    for url, record in fragments.items():
        prefix = url.split("/")[1]
        assert prefix in languages, url
        assert record["meta"]["title"], url


def test_an_item_is_filed_with_section_year_tags_and_its_date(fragments):
    record = fragments["/lv/news/annual-report/"]
    assert record["filters"] == {
        "section": ["news"],
        "year": ["2024"],
        "tag": ["zinojumi"],
    }
    assert record["meta"]["date"] == "2024. gada 5. marts"
    # Page tools, the publication line and links to translations are not indexed.
    assert "Teksta versija" not in record["content"]
    assert "Publicēts" not in record["content"]
    assert "Annual report" not in record["content"]
    assert "identificētajām" in record["content"]


def test_an_event_is_filed_under_the_day_it_takes_place(fragments):
    record = fragments["/lv/events/forced-labour-webinar/"]
    assert record["filters"]["section"] == ["events"]
    assert record["filters"]["year"] == ["2027"]  # announced in 2026
    assert record["meta"]["date"].startswith("2027. gada 14. janvāris")


def test_undated_pages_sort_last_both_ways(page, fragments):
    assert fragments["/en/who-we-are/"]["filters"] == {"section": ["page"]}
    sorts = {
        data["data-pagefind-sort"]: data["value"]
        for data in page("en/who-we-are/").find_all(attrs={"data-pagefind-sort": True})
    }
    assert sorts == {"newest[value]": "0000-00-00", "oldest[value]": "9999-99-99"}


def test_the_bundle_is_the_sites_own(site):
    names = {path.name for path in (site / "pagefind").iterdir()}
    assert {"pagefind.js", "pagefind-worker.js", "pagefind-entry.json"} <= names
    assert not [name for name in names if "-ui" in name or "highlight" in name]


@pytest.mark.parametrize(("code", "prefix"), LANGUAGES.items())
def test_a_search_page_per_language(page, code, prefix):
    html = page(f"{prefix}/search/")
    assert html.find("html")["lang"] == code
    form = html.find("form", attrs={"data-search": True})
    assert form["action"] == f"/{prefix}/search/"
    assert form.has_attr("hidden")  # search.js shows it once Pagefind has loaded
    assert form["data-bundle"] == "/pagefind/pagefind.js"
    links = [a["href"] for a in html.find(class_="search-browse").find_all("a")]
    assert links == [f"/{prefix}/sitemap/", f"/{prefix}/tags/"]
    # Every language has word-form tables: no advice to type the beginning of words.
    assert html.find(id="search-tip") is None
    assert form["data-forms"] == f"/pagefind/words/{code.lower()}"
    assert form["data-script"] == ("Cyrl" if code in ("sr-Cyrl", "bg") else "Latn")
    letters = json.loads(form["data-letters"])
    assert (letters.get("љ") == "lj") is code.startswith("sr")


@pytest.mark.parametrize(
    ("prefix", "heading", "results"),
    [
        ("lv", "Meklēt", "Atrasti rezultāti: {count}"),
        ("sr", "Претрага", "Пронађени резултати: {count}"),
        ("sr-latn", "Pretraga", "Pronađeni rezultati: {count}"),
        ("bg", "Търсене", "Намерени резултати: {count}"),
        ("en", "Search", "Results found: {count}"),
    ],
)
def test_search_pages_speak_their_language(page, prefix, heading, results):
    html = page(f"{prefix}/search/")
    assert html.find("h1").get_text() == heading
    assert html.find("form", attrs={"data-search": True})["data-text-results"] == (
        results
    )


def test_filters_offer_the_languages_own_values(page):
    form = page("lv/search/").find("form", attrs={"data-search": True})

    def values(name):
        return [o["value"] for o in form.find("select", attrs={"name": name})("option")]

    assert values("section")[:3] == ["", "news", "events"]
    assert {"2027", "2024", "2023"} <= set(values("year"))
    assert values("year")[1:] == sorted(values("year")[1:], reverse=True)
    assert {"zinojumi", "apmacibas"} <= set(values("tag"))
    assert values("sort") == ["", "newest", "oldest"]


def test_search_page_runs_no_inline_or_foreign_script(page):
    html = page("lv/search/")
    scripts = html.find_all("script")
    assert [s["src"] for s in scripts] == ["/theme/js/search.js"]
    assert [s.get("type") for s in scripts] == ["module"]
    assert all(not s.string for s in scripts)


def test_the_text_twin_of_the_search_page_has_no_form(page):
    html = page("text/sr-latn/search/")
    assert html.find("form") is None and html.find("script") is None
    links = [a["href"] for a in html.find(class_="search-browse").find_all("a")]
    assert links == ["/text/sr-latn/sitemap/", "/text/sr-latn/tags/"]


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("lv/", "/lv/search/"),
        ("sr-latn/news/annual-report/", "/sr-latn/search/"),
        ("bg/tags/", "/bg/search/"),
    ],
)
def test_full_pages_have_a_search_box_in_the_header(page, path, target):
    form = page(path).find("header", class_="site-header").find("form")
    assert (form["action"], form["method"]) == (target, "get")
    assert form.find("input")["name"] == "q"


@pytest.mark.parametrize(
    "path",
    [
        "lv/search/",
        "text/lv/",
        "text/lv/news/annual-report/",
        "lv/news/annual-report/print/",
    ],
)
def test_no_header_search_box_where_it_does_not_belong(page, path):
    assert page(path).find("form", class_="site-search") is None


def test_search_pages_stay_out_of_the_sitemap(site):
    tree = ET.parse(site / "sitemap.xml")
    locations = {element.text for element in tree.iter() if element.tag.endswith("loc")}
    assert f"{SITEURL}/lv/news/annual-report/" in locations
    assert not [loc for loc in locations if loc.endswith("/search/")]


def shard(site, code, word) -> list[str]:
    """The groups of the word-form shard a word is looked up in."""
    key = words.lookup_key(word, "hbs" if code.startswith("sr") else code)
    file = site / "pagefind/words" / code.lower() / words.shard_name(key)
    return json.loads(gzip.decompress(file.read_bytes()))


def forms_of(line: str) -> tuple[set[str], set[str]]:
    """The forms and the site's forms of a shard's group."""
    stem, endings, site_forms = line.split("|")
    return {stem + end for end in endings.split(",")}, set(site_forms.split(","))


@pytest.mark.parametrize(
    ("code", "query", "site_form"),
    [
        # Forms no page of the fixture holds lead to the forms its pages hold.
        ("lv", "ziņojumam", "zinojums"),
        ("sr-Cyrl", "izveštajima", "извештај"),
        ("sr-Latn", "извештајима", "izvestaj"),
        ("en", "reported", "report"),
    ],
)
def test_word_forms_lead_to_the_forms_on_the_site(site, code, query, site_form):
    key = words.lookup_key(query, "hbs" if code.startswith("sr") else code)
    matches = [
        forms_of(line)[1]
        for line in shard(site, code, query)
        if key in forms_of(line)[0]
    ]
    assert matches and any(site_form in found for found in matches)


def test_word_forms_grow_the_index_by_less_than_half(site):
    bundle = site / "pagefind"
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
    forms = sum(f.stat().st_size for f in (bundle / "words").rglob("*") if f.is_file())
    assert 0 < forms <= (size - forms) / 2


def test_event_facts_and_page_tools_stay_out_of_excerpts(page, fragments):
    html = page("lv/events/forced-labour-webinar/")
    assert html.select_one("ul.page-tools").has_attr("data-pagefind-ignore")
    facts = html.select_one("dl.event-facts")
    kept = [
        tag.get_text()
        for tag in facts.find_all(["dt", "dd"])
        if not tag.has_attr("data-pagefind-ignore")
    ]
    assert kept == [html.select("dl.event-facts dd")[1].get_text()]  # the place
    content = fragments["/lv/events/forced-labour-webinar/"]["content"]
    for label in ("Laiks", "Vieta", "Laika josla", "Pievienot kalendāram"):
        assert label not in content
    assert kept[0] in content
