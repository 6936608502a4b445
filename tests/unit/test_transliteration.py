"""Serbian Cyrillic to Gaj's Latin: text, script checks, slugs and HTML."""

import pytest

from plugins.base.transliteration.core import (
    fold_to_ascii,
    has_cyrillic,
    is_mostly_latin,
    latin_slug,
    slugify,
    to_latin,
    words_mixing_scripts,
)
from plugins.base.transliteration.html import is_serbian, latin_lang, transliterate_html

# Latin letters that look like Cyrillic ones, spelled out so tests say what they hold.
LATIN_A = "\N{LATIN SMALL LETTER A}"
LATIN_O = "\N{LATIN SMALL LETTER O}"


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("", ""),
        ("абвгдђежзијклљмнњопрстћуфхцчџш", "abvgdđežzijklljmnnjoprstćufhcčdžš"),
        ("АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ", "ABVGDĐEŽZIJKLLJMNNJOPRSTĆUFHCČDŽŠ"),
        # Capital digraphs: all caps inside capitals, title case otherwise.
        ("ЉУБОВ", "LJUBOV"),
        ("ЏЕП", "DŽEP"),
        ("ЊЕГОШ", "NJEGOŠ"),
        ("Њујорк", "Njujork"),
        ("Џемпер", "Džemper"),
        ("Љубав", "Ljubav"),
        ("Љ", "Lj"),
        ("Џ и Њ", "Dž i Nj"),
        ("Љ. Њ. Џ.", "Lj. Nj. Dž."),
        ("КОЊ", "KONJ"),
        ("Коњ", "Konj"),
        ("ЉЉ", "LJLJ"),
        ("ЂАК И ЉУБАВ", "ĐAK I LJUBAV"),
        ("ЏЕП-а", "DŽEP-a"),
        ("ЏЕП-ом", "DŽEP-om"),
        ("ЏеП", "DžeP"),
        ("(ЏЕП)", "(DŽEP)"),
        ("Љ̑УБ", "LJ̑UB"),
        ("пра̑во", "prȃvo"),
        # Punctuation and numbers pass through.
        ("„Чланак 12.“ — (стр. 3–5)!", "„Članak 12.“ — (str. 3–5)!"),
        ("У 2024. години: 15 % више", "U 2024. godini: 15 % više"),
        ("Ђорђе Ђурђевић, Ћуприја; Шабац?", "Đorđe Đurđević, Ćuprija; Šabac?"),
        ("Жабаљ… Чачак", "Žabalj… Čačak"),
        # URLs and e-mail addresses are never touched.
        ("Види https://www.astra.rs/о-нама.", "Vidi https://www.astra.rs/о-нама."),
        ("Види http://астра.срб/вести", "Vidi http://астра.срб/вести"),
        ("Пишите на info@астра.срб.", "Pišite na info@астра.срб."),
        ("Пишите: инфо@астра.срб или ђ", "Pišite: инфо@астра.срб ili đ"),
        ("Адреса www.астра.срб/вести и ђ", "Adresa www.астра.срб/вести i đ"),
        ("На сајту астра.срб/о-нама пише", "Na sajtu астра.срб/о-нама piše"),
        ("Веза mailto:инфо@астра.срб ради", "Veza mailto:инфо@астра.срб radi"),
        # Latin already in the source passes unchanged, also inside mixed words.
        ("ASTRA, OSCE и Beograd", "ASTRA, OSCE i Beograd"),
        ("Beograd", "Beograd"),
        ("OSCE-а", "OSCE-a"),
        (f"Пр{LATIN_A}вило", "Pravilo"),
        # Letters Serbian does not have: the Serbian reader's transcription.
        ("Щастие", "Štastie"),
        ("ЩАСТИЕ", "ŠTASTIE"),
        ("Търново", "Tărnovo"),
        ("Гоголь, шофьор", "Gogolj, šofjor"),
        ("Юрий и Ярослав", "Jurij i Jaroslav"),
        ("ЮГ", "JUG"),
        ("Ёлка, Крым, Эстония", "Jolka, Krim, Estonija"),
        ("Київ, Європа, ґанок", "Kijiv, Jevropa, ganok"),
        ("Ўладзімір", "Uladzimir"),
        ("Ѓорѓи, Ќерка, Ѕвезда", "Đorđi, Ćerka, Dzvezda"),
        ("ЅВЕЗДА", "DZVEZDA"),
        ("сѐ и ѝ", "sè i ì"),
        ("ѣ остаје", "ѣ ostaje"),
    ],
)
def test_to_latin(cyrillic, latin):
    assert to_latin(cyrillic) == latin


@pytest.mark.parametrize(
    ("text", "before", "after", "latin"),
    [
        ("Љ", "", "УБОВ", "LJ"),
        ("Љ", "", "убав", "Lj"),
        ("Љ", "КО", "", "LJ"),
        ("Љ", "Ко", "", "Lj"),
        ("Љ", "КО", " ДА", "LJ"),
        ("Љ", "", " УБОВ", "Lj"),
        ("УБОВ", "Љ", "", "UBOV"),
    ],
)
def test_to_latin_reads_case_from_surrounding_text(text, before, after, latin):
    assert to_latin(text, before=before, after=after) == latin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", False),
        ("ASTRA Beograd 2024", False),
        ("Београд", True),
        ("ASTRA у", True),
        ("Щ", True),
        ("Đorđe Ćuprija", False),
    ],
)
def test_has_cyrillic(text, expected):
    assert has_cyrillic(text) is expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", []),
        ("Правило и OSCE и Beograd", []),
        (f"Пр{LATIN_A}вило", [f"Пр{LATIN_A}вило"]),
        (
            f"Пр{LATIN_A}вило, Be{LATIN_O}град и пр{LATIN_A}вило",
            [f"Пр{LATIN_A}вило", f"Be{LATIN_O}град", f"пр{LATIN_A}вило"],
        ),
        (f"Пр{LATIN_A}вило и Пр{LATIN_A}вило", [f"Пр{LATIN_A}вило"]),
        ("OSCE-а и ЏЕП-a", []),
        ("https://astra.rs/о-нама и info@астра.srb", []),
        ("COVID19 и Covid-19", []),
    ],
)
def test_words_mixing_scripts(text, words):
    assert words_mixing_scripts(text) == words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", False),
        ("2024-05-01", False),
        ("Ovo je tekst napisan latinicom.", True),
        ("Ово је текст са ASTRA и OSCE.", False),
        ("Ovo je tekst: https://астра.срб/вести/о-нама-и-ђаци", True),
        ("Текст https://astra.rs/very-long-english-path-here", False),
        ("Đorđe Ђорђе", False),
        ("Đorđe i Ђорђе", True),
    ],
)
def test_is_mostly_latin(text, expected):
    assert is_mostly_latin(text) is expected


@pytest.mark.parametrize(
    ("title", "lang", "slug"),
    [
        ("Радна група наставља рад", "sr", "radna-grupa-nastavlja-rad"),
        ("Ђорђе Ђурђевић и Џон", "sr", "djordje-djurdjevic-i-dzon"),
        ("ЉУБАВ и ЊЕГОШ", "sr-Cyrl", "ljubav-i-njegos"),
        ("Ćirilica i latinica", "sr-Latn", "cirilica-i-latinica"),
        ("Жалба бр. 12/2024 — одлука!", "sr", "zalba-br-12-2024-odluka"),
        ("Ћаћа и ћерка", "sr_RS", "caca-i-cerka"),
        ("България", "bg", "balgaria"),
        ("Република България", "bg-BG", "republika-balgaria"),
        ("София", "bg", "sofia"),
        ("Мария и Георги", "bg", "maria-i-georgi"),
        ("Щастие, ъгъл и жаба", "bg", "shtastie-agal-i-zhaba"),
        ("Цветя в юни", "bg", "tsvetya-v-yuni"),
        ("Хаджи Димитър", "bg", "hadzhi-dimitar"),
        ("Йордан, шофьор", "bg", "yordan-shofyor"),
        ("Историята на чаша", "bg", "istoriyata-na-chasha"),
        # Ukrainian: the national system's own examples (resolution No. 55, 2010)
        ("Київ і Харків", "uk", "kyiv-i-kharkiv"),
        ("Згорани, Розгон", "uk", "zghorany-rozghon"),
        ("Юрій Яковенко", "uk", "yurii-yakovenko"),
        ("Йосипівка, Стрийська", "uk", "yosypivka-stryiska"),
        ("Україна, Запоріжжя", "uk-UA", "ukraina-zaporizhzhia"),
        ("Єнакієве, Їжакевич", "uk", "yenakiieve-yizhakevych"),
        ("Знам'янка, В’язниця", "uk", "znamianka-viaznytsia"),
        (
            "Гаряча лінія: протидія торгівлі людьми",
            "uk",
            "hariacha-liniia-protydiia-torhivli-liudmy",
        ),
        ("Щастя, ґанок", "uk", "shchastia-ganok"),
        ("Жена у Србији", "sr", "zena-u-srbiji"),  # the Serbian table is its own
        ("Žluťoučký kůň", "cs", "zlutoucky-kun"),
        (
            "Příliš žluťoučký kůň úpěl ďábelské ódy",
            "cs",
            "prilis-zlutoucky-kun-upel-dabelske-ody",
        ),
        ("Darba grupa turpina darbu", "lv", "darba-grupa-turpina-darbu"),
        ("Iekšlietu ministrija", "lv", "iekslietu-ministrija"),
        ("Ģimeņu ķēķi un ļaudis", "lv", "gimenu-keki-un-laudis"),
        ("Don't Stop: the Q&A — 2024!", "en", "dont-stop-the-q-a-2024"),
        ("  --Hello,   World--  ", "en", "hello-world"),
        ("snake_case title", "en", "snake-case-title"),
        ("Straße in Łódź", "en", "strasse-in-lodz"),
        ("Новости", "en", "novosti"),
        ("Ελλάδα", "en", "05086649"),
        ("!!!", "en", ""),
        ("", "sr", ""),
    ],
)
def test_slugify(title, lang, slug):
    assert slugify(title, lang) == slug


@pytest.mark.parametrize(
    ("cyrillic_slug", "slug"),
    [
        ("o-nama", "o-nama"),
        ("о-нама", "o-nama"),
        ("ђачки-дом-2024", "djacki-dom-2024"),
        ("Љубав", "ljubav"),
        ("Already-ASCII_slug", "Already-ASCII_slug"),
        ("", ""),
    ],
)
def test_latin_slug(cyrillic_slug, slug):
    assert latin_slug(cyrillic_slug) == slug


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Žluťoučký kůň", "Zlutoucky kun"),
        ("Đorđe", "Djordje"),
        ("O’Brien's", "OBriens"),
        ("Ģimene", "Gimene"),
    ],
)
def test_fold_to_ascii(text, folded):
    assert fold_to_ascii(text) == folded


@pytest.mark.parametrize(
    ("lang", "serbian", "latin"),
    [
        ("sr", True, "sr-Latn"),
        ("sr-Cyrl", True, "sr-Latn"),
        ("sr-RS", True, "sr-Latn-RS"),
        ("sr-Cyrl-RS", True, "sr-Latn-RS"),
        ("sr_RS", True, "sr-Latn-RS"),
        ("SR", True, "sr-Latn"),
        ("sr-Latn", True, None),
        ("sr-latn-RS", True, None),
        ("bg", False, None),
        ("en-GB", False, None),
        ("", False, None),
    ],
)
def test_serbian_lang_values(lang, serbian, latin):
    assert (is_serbian(lang), latin_lang(lang)) == (serbian, latin)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("", ""),
        ("Ђак <b>Ђ</b>", "Đak <b>Đ</b>"),
        ("<p>Ђак</p>", "<p>Đak</p>"),
        # Inline markup inside one word keeps the word's case.
        ("<p><strong>Љу</strong>бов</p>", "<p><strong>Lju</strong>bov</p>"),
        ("<p><strong>Љ</strong>УБОВ</p>", "<p><strong>LJ</strong>UBOV</p>"),
        ("<h2>КО<em>Њ</em></h2>", "<h2>KO<em>NJ</em></h2>"),
        ("<h2><a href='/'>ЊЕГОШ</a> и Љ</h2>", "<h2><a href='/'>NJEGOŠ</a> i Lj</h2>"),
        # ...but separate blocks do not.
        ("<td>КО</td><td>Љ</td>", "<td>KO</td><td>Lj</td>"),
        ("<li>Љ</li><li>УБ</li>", "<li>Lj</li><li>UB</li>"),
        # Prose attributes change; URLs, ids, classes and data-* do not.
        (
            '<img src="/images/ђак.jpg" alt="Ђак у школи" title="Ђак">',
            '<img src="/images/ђак.jpg" alt="Đak u školi" title="Đak">',
        ),
        (
            '<a href="/sr/о-нама/" class="Ђ" id="о-нама" data-title="Ђак" '
            'aria-label="О нама" hreflang="sr">О нама</a>',
            '<a href="/sr/о-нама/" class="Ђ" id="о-нама" data-title="Ђак" '
            'aria-label="O nama" hreflang="sr">O nama</a>',
        ),
        (
            '<input placeholder="Претрага" value="Тражи" name="упит">',
            '<input placeholder="Pretraga" value="Тражи" name="упит">',
        ),
        (
            '<div aria-labelledby="ђ" title=\'Ђ "Ћ"\'>Ђ</div>',
            '<div aria-labelledby="ђ" title=\'Đ "Ć"\'>Đ</div>',
        ),
        ("<P TITLE=Ђак>Ђ</P>", "<P TITLE=Đak>Đ</P>"),
        ('<img alt="Ђ &amp; Ћ &quot;Џ&quot;">', '<img alt="Đ &amp; Ć &quot;Dž&quot;">'),
        ('<p title="https://astra.rs/ђ">ђ</p>', '<p title="https://astra.rs/ђ">đ</p>'),
        # Meta descriptions and Open Graph prose, not their URLs or other metas.
        (
            '<meta name="description" content="Вести">',
            '<meta name="description" content="Vesti">',
        ),
        (
            '<meta content="Вести" property="og:title">',
            '<meta content="Vesti" property="og:title">',
        ),
        # Code-like elements keep their text.
        ("<p>Ђ <code>Ђ</code> Ђ</p>", "<p>Đ <code>Ђ</code> Đ</p>"),
        ("<textarea>Ђ</textarea>Ђ", "<textarea>Ђ</textarea>Đ"),
        ("<!-- Ђ --><p>Ђ</p>", "<!-- Ђ --><p>Đ</p>"),
        # Another language, or translate="no", is left alone, attributes included.
        (
            '<blockquote lang="ru"><p>Щи <em>да</em></p></blockquote>Ђ',
            '<blockquote lang="ru"><p>Щи <em>да</em></p></blockquote>Đ',
        ),
        (
            '<p lang="bg">Да <span lang="sr">Ђак</span></p>',
            '<p lang="bg">Да <span lang="sr-Latn">Đak</span></p>',
        ),
        (
            '<div translate="no">Ђ <b translate="yes">Ђ</b></div>',
            '<div translate="no">Ђ <b translate="yes">Đ</b></div>',
        ),
        # A Serbian lang becomes sr-Latn.
        ('<p lang="sr">Ђ</p>', '<p lang="sr-Latn">Đ</p>'),
        ('<p lang="sr-Cyrl">Ђ</p>', '<p lang="sr-Latn">Đ</p>'),
        ("<p lang=sr-RS>Ђ</p>", "<p lang=sr-Latn-RS>Đ</p>"),
        # Entities, void elements and self-closing syntax are kept as written.
        (
            "<p>Ђ &amp; Ћ &lt;тег&gt; &nbsp;&mdash; &#169; &#x409;</p>",
            "<p>Đ &amp; Ć &lt;teg&gt; &nbsp;&mdash; &#169; &#x409;</p>",
        ),
        ("<br><hr/><img alt=Ђак src=a.jpg>Ђ", "<br><hr/><img alt=Đak src=a.jpg>Đ"),
        ("a < b и Ђ", "a < b i Đ"),
        ("<p>Ђ\r\nЋ</p>\n<p>Џ</p>", "<p>Đ\r\nĆ</p>\n<p>Dž</p>"),
        # Addresses in text stay as written.
        (
            '<p>Види <a href="https://astra.rs/о-нама">https://astra.rs/о-нама</a>.</p>',
            '<p>Vidi <a href="https://astra.rs/о-нама">https://astra.rs/о-нама</a>.</p>',
        ),
        ("<p>Пишите на info@астра.срб</p>", "<p>Pišite na info@астра.срб</p>"),
    ],
)
def test_transliterate_html(source, expected):
    assert transliterate_html(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        '<p class="x">ASTRA &amp; OSCE</p>',
        '<meta property="og:url" content="https://astra.rs/вести/">',
        '<meta name="generator" content="Пеликан">',
        '<pre><code class="language-python">print("Ђ")</code></pre>',
        "<kbd>Ђ</kbd><samp>Ђ</samp>",
        '<script>var a = "<p>Ђ</p>" && b < c;</script>',
        '<style>p::before { content: "Ђ" }</style>',
        '<p lang="bg" title="Щастие">Щастие</p>',
        '<a href="/sr/" lang="sr-Cyrl" translate="no">Ћирилица</a>',
        '<p lang="sr-Latn">Đ</p>',
        '<link rel="alternate" hreflang="sr" href="/sr/вести/">',
    ],
)
def test_transliterate_html_leaves_alone(source):
    assert transliterate_html(source) == source


CYRILLIC_PAGE = """<!DOCTYPE html>
<html lang="sr">
<head>
<meta charset="utf-8">
<title>Вести &amp; догађаји — АСТРА</title>
<meta name="description" content="Најновије вести">
<meta property="og:url" content="https://astra.rs/sr/вести/">
<link rel="alternate" hreflang="sr" href="/sr/вести/">
</head>
<body class="вести">
<nav aria-label="Главни мени"><a href="/sr/о-нама/">О нама</a></nav>
<main><h1>ЏЕП-ови и Њујорк</h1><p>Текст<sup>1</sup></p></main>
</body>
</html>
"""

LATIN_PAGE = """<!DOCTYPE html>
<html lang="sr-Latn">
<head>
<meta charset="utf-8">
<title>Vesti &amp; događaji — ASTRA</title>
<meta name="description" content="Najnovije vesti">
<meta property="og:url" content="https://astra.rs/sr/вести/">
<link rel="alternate" hreflang="sr" href="/sr/вести/">
</head>
<body class="вести">
<nav aria-label="Glavni meni"><a href="/sr/о-нама/">O nama</a></nav>
<main><h1>DŽEP-ovi i Njujork</h1><p>Tekst<sup>1</sup></p></main>
</body>
</html>
"""


def test_transliterate_html_whole_document():
    assert transliterate_html(CYRILLIC_PAGE) == LATIN_PAGE
