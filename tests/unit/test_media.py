"""The media plugin's pure parts: re-encoding, cache, markup, labels, settings."""

import io
from pathlib import Path

import pytest
from PIL import Image

from plugins.base.languages import build_languages
from plugins.base.settings import settings_problems
from plugins.media.documents import Document, document_facts, document_label
from plugins.media.images import (
    Plan,
    Variant,
    clean_picture,
    open_picture,
    planned_widths,
    render_picture,
)
from plugins.media.markup import (
    FIGURE_SIZES,
    GALLERY_SIZES,
    Pictures,
    labelled_documents,
    linked_originals,
    responsive_images,
)
from plugins.media.pictures import process_pictures
from plugins.media.settings import DECLARATION
from plugins.media.store import Picture, PictureCache
from plugins.multilingual.i18n import load_catalog
from tests.media_samples import (
    SECRETS,
    camera_jpeg,
    docx_document,
    pdf_document,
    png_with_text,
    webp_with_exif,
)

ROOT = Path(__file__).resolve().parents[2]
PLAN = Plan(widths=(100, 200, 400), max_width=300, formats=("avif", "webp"))


@pytest.mark.parametrize(
    ("width", "widths", "cap", "expected"),
    [
        (4000, (480, 960, 1600, 2400), 2400, [480, 960, 1600, 2400]),
        (1000, (480, 960, 1600, 2400), 2400, [480, 960, 1000]),
        (960, (480, 960, 1600), 2400, [480, 960]),
        (300, (480, 960), 2400, [300]),
        (5000, (480, 3000), 2400, [480, 2400]),
    ],
)
def test_widths_are_never_larger_than_the_original_or_the_cap(
    width, widths, cap, expected
):
    assert planned_widths(width, widths, cap) == expected


def assert_clean(data: bytes) -> None:
    """No metadata at all in an encoded picture."""
    for secret in SECRETS:
        assert secret not in data
    with Image.open(io.BytesIO(data)) as picture:
        assert not picture.getexif()
        assert not picture.info.get("xmp")
        assert "comment" not in picture.info
        assert "icc_profile" not in picture.info
        assert not getattr(picture, "text", {})


@pytest.mark.parametrize(
    ("source", "fallback"),
    [
        (camera_jpeg(320, 240), "jpg"),
        (png_with_text(), "png"),
        (webp_with_exif(), "jpg"),
    ],
    ids=["camera-jpeg", "png-text", "webp-exif"],
)
def test_every_variant_is_free_of_metadata(source, fallback):
    variants, files, _size = render_picture(source, "photo", "abc123", PLAN)
    assert {v.format for v in variants} == {
        "avif",
        "webp",
        fallback.replace("jpg", "jpeg"),
    }
    assert files
    for name, data in files.items():
        assert name.startswith("photo.abc123.")
        assert_clean(data)


def test_orientation_is_applied_before_the_tag_goes():
    variants, files, size = render_picture(camera_jpeg(320, 240), "p", "abc123", PLAN)
    assert size == (320, 240)  # stored 240x320 with orientation 6
    assert sorted({(v.width, v.height) for v in variants}) == [
        (100, 75), (200, 150), (300, 225)
    ]  # fmt: skip
    with Image.open(io.BytesIO(files["p.abc123.300.jpg"])) as picture:
        assert picture.size == (300, 225)


def test_an_upside_down_webp_is_turned_round():
    source = Image.new("RGB", (40, 20), (0, 0, 0))
    source.paste((255, 255, 255), (0, 0, 40, 10))  # white on top as stored
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 3  # shown rotated 180°: white at the bottom
    source.save(buffer, "WEBP", exif=exif, lossless=True)
    clean, _alpha = clean_picture(open_picture(buffer.getvalue()))
    assert clean.getpixel((20, 2)) == (0, 0, 0)
    assert clean.getpixel((20, 17)) == (255, 255, 255)


def test_a_text_file_is_not_a_picture():
    with pytest.raises(ValueError, match="not a picture Pillow can read"):
        open_picture(b"hello, I am a text file")


def test_a_rebuild_processes_no_unchanged_picture(tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "a.jpg").write_bytes(camera_jpeg(120, 90))
    (tmp_path / "images" / "b.png").write_bytes(png_with_text())
    labels = ["images/a.jpg", "images/b.png"]
    first = process_pictures(tmp_path, labels, PLAN, PictureCache(tmp_path / "c"))
    assert sorted(first.processed) == labels and not first.problems
    again = process_pictures(tmp_path, labels, PLAN, PictureCache(tmp_path / "c"))
    assert again.processed == []
    assert again.pictures == first.pictures
    other = Plan(widths=(50,), max_width=300, formats=("webp",))
    changed = process_pictures(tmp_path, labels, other, PictureCache(tmp_path / "c"))
    assert sorted(changed.processed) == labels  # new settings: new files, new names
    assert (
        changed.pictures["images/a.jpg"].digest != first.pictures["images/a.jpg"].digest
    )


def test_a_broken_picture_is_reported_with_its_path(tmp_path):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "fake.jpg").write_bytes(b"not a picture")
    outcome = process_pictures(
        tmp_path, ["images/fake.jpg"], PLAN, PictureCache(tmp_path / "c")
    )
    assert len(outcome.problems) == 1
    assert outcome.problems[0].startswith(
        "images/fake.jpg: error: The picture cannot be published: not a picture"
    )


def sample_pictures() -> Pictures:
    widths = ((480, 360), (960, 720))
    variants = tuple(
        Variant(w, h, fmt, f"m.abc123.{w}.{ext}")
        for w, h in widths
        for fmt, ext in (("avif", "avif"), ("webp", "webp"), ("jpeg", "jpg"))
    )
    picture = Picture("images/m.jpg", 960, 720, "abc123", variants)
    return Pictures(
        by_address={"/images/m.jpg": picture},
        address_of=lambda p, v: f"/images/{v.name}",
        default_width=960,
    )


def test_a_figure_becomes_a_picture_linking_to_its_largest_version():
    html = (
        '<figure><img alt="A &quot;meeting&quot;" src="/images/m.jpg"'
        ' loading="lazy"></figure>'
    )
    sizes = FIGURE_SIZES
    assert responsive_images(html, sample_pictures()) == (
        '<figure><a href="/images/m.abc123.960.jpg" class="enlarge"><picture>'
        '<source type="image/avif" srcset="/images/m.abc123.480.avif 480w,'
        f' /images/m.abc123.960.avif 960w" sizes="{sizes}">'
        '<source type="image/webp" srcset="/images/m.abc123.480.webp 480w,'
        f' /images/m.abc123.960.webp 960w" sizes="{sizes}">'
        '<img alt="A &quot;meeting&quot;" src="/images/m.abc123.960.jpg"'
        ' srcset="/images/m.abc123.480.jpg 480w, /images/m.abc123.960.jpg 960w"'
        f' sizes="{sizes}" width="960" height="720" loading="lazy"'
        ' decoding="async"></picture></a></figure>'
    )


def test_a_gallery_picture_is_sized_for_the_grid_and_inline_ones_get_no_link():
    html = (
        '<div class="gallery"><figure><img alt="a" src="/images/m.jpg"></figure></div>'
        '<p>Text <img alt="b" src="/images/m.jpg"> and <img alt="c" src="/x.png"></p>'
    )
    result = responsive_images(html, sample_pictures())
    gallery, paragraph = result.split("</div>")
    assert f'sizes="{GALLERY_SIZES}"' in gallery and FIGURE_SIZES not in gallery
    assert 'class="enlarge"' not in paragraph
    assert f'sizes="{FIGURE_SIZES}"' in paragraph
    assert paragraph.endswith('and <img alt="c" src="/x.png"></p>')  # not ours


def test_a_link_to_the_original_leads_to_the_largest_version():
    html = '<p><a href="/images/m.jpg" title="t">full size</a></p>'
    assert linked_originals(html, sample_pictures()) == (
        '<p><a href="/images/m.abc123.960.jpg" title="t">full size</a></p>'
    )


def test_document_links_get_their_label_inside_the_link():
    html = (
        '<p><a href="/d/s.pdf">Strategy</a>, <a href="/x/">x</a>,'
        ' <a href="/d/s.pdf">again</a></p>'
    )
    assert labelled_documents(html, {"/d/s.pdf": "PDF, 1.5 MB, 32 pages"}) == (
        '<p><a href="/d/s.pdf">Strategy <span class="document-label">(PDF, 1.5 MB,'
        ' 32 pages)</span></a>, <a href="/x/">x</a>, <a href="/d/s.pdf">again'
        ' <span class="document-label">(PDF, 1.5 MB, 32 pages)</span></a></p>'
    )


LANGUAGES = {language.code: language for language in build_languages(
    ["cs", "lv", "sr-Cyrl", "sr-Latn", "bg", "en"]
)}  # fmt: skip


@pytest.mark.parametrize(
    ("code", "size", "pages", "expected"),
    [
        ("en", 1_500_000, 32, "PDF, 1.5 MB, 32 pages"),
        ("en", 1_500_000, 1, "PDF, 1.5 MB, 1 page"),
        ("cs", 1_500_000, 32, "PDF, 1,5 MB, 32 stran"),
        ("cs", 1_500_000, 3, "PDF, 1,5 MB, 3 strany"),
        ("cs", 1_500_000, 1, "PDF, 1,5 MB, 1 strana"),
        ("lv", 1_500_000, 32, "PDF, 1,5 MB, 32 lpp."),
        ("sr-Cyrl", 1_500_000, 32, "PDF, 1,5 MB, 32 странице"),
        ("sr-Cyrl", 1_500_000, 25, "PDF, 1,5 MB, 25 страница"),
        ("sr-Latn", 1_500_000, 21, "PDF, 1,5 MB, 21 stranica"),
        ("bg", 1_500_000, 32, "PDF, 1,5 MB, 32 страници"),
        ("bg", 340_000, None, "PDF, 340 kB"),
        ("en", 240_000_000, None, "PDF, 240 MB"),
    ],
)
def test_labels_in_every_language(code, size, pages, expected):
    language = LANGUAGES[code]
    catalog = load_catalog(ROOT / "translations", language)
    document = Document("PDF", size, pages)
    assert document_label(document, language.locale, catalog.ngettext) == expected


def test_facts_of_a_pdf_and_a_docx(tmp_path):
    pdf, docx = tmp_path / "s.pdf", tmp_path / "f.docx"
    pdf.write_bytes(pdf_document(7))
    docx.write_bytes(docx_document())
    assert document_facts(pdf) == Document("PDF", pdf.stat().st_size, 7)
    assert document_facts(docx) == Document("DOCX", docx.stat().st_size, None)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 nothing else")
    assert document_facts(broken) == Document("PDF", 21, None)


def test_settings_problems_name_the_setting_and_what_is_expected():
    assert settings_problems(
        [DECLARATION],
        {
            "MEDIA_WIDTHS": [480, "big"],
            "MEDIA_FORMATS": ["heic"],
            "MEDIA_MAX_WIDTH": 0,
            "MEDIA_SIZE": 1,
        },
    ) == [
        "MEDIA_SIZE: unknown setting. Expected one of: MEDIA_WIDTHS, MEDIA_MAX_WIDTH,"
        " MEDIA_DEFAULT_WIDTH, MEDIA_FORMATS, MEDIA_PROCESSES.",
        "MEDIA_WIDTHS: [480, 'big'] is not valid. Expected a list of whole numbers of"
        " 16 or more, e.g. [480, 960, 1600, 2400].",
        "MEDIA_MAX_WIDTH: 0 is not valid. Expected a whole number of 16 or more.",
        "MEDIA_FORMATS: ['heic'] is not valid. Expected a list of 'avif', 'webp' (or"
        " an empty list).",
    ]
    assert settings_problems([DECLARATION], {}) == []


def test_addresses_of_names_with_spaces_and_commas_are_encoded():
    from plugins.media.publish import addresses, variant_address

    variant = Variant(480, 360, "webp", "my photo, 2.abc123.480.webp")
    picture = Picture("images/my photo, 2.jpg", 480, 360, "abc123", (variant,))
    assert variant_address("/site", picture, variant) == (
        "/site/images/my%20photo%2C%202.abc123.480.webp"
    )
    assert addresses("", "images/my photo.jpg") == {
        "/images/my photo.jpg",
        "/images/my%20photo.jpg",
    }


def test_a_known_pdf_is_not_read_again(tmp_path, monkeypatch):
    from plugins.media import documents

    pdf = tmp_path / "s.pdf"
    pdf.write_bytes(pdf_document(4))
    known = {}
    assert document_facts(pdf, known).pages == 4
    monkeypatch.setattr(documents, "pdf_pages", lambda path: 99)
    assert document_facts(pdf, known).pages == 4  # same size and time: remembered
    pdf.write_bytes(pdf_document(5))
    assert document_facts(pdf, known).pages == 99  # changed: read again
