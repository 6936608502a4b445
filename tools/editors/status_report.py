"""The plain-text report of `make translations`: a table with aligned columns, the
totals per language, footnotes, and the commands to run next."""

from collections import Counter
from collections.abc import Sequence

from tools.editors.new_files import language_name
from tools.editors.status import COLOURS, GAPS, MISSING, TOTALS, Row, language_totals

HEADINGS = ("section", "slug")
GAP = "  "


def paint(word: str, width: int, colour: bool) -> str:
    """Return a cell padded to width, its word in the state's colour if asked."""
    padding = " " * (width - len(word))
    if colour and word in COLOURS:
        return f"\x1b[{COLOURS[word]}m{word}\x1b[0m{padding}"
    return word + padding


def _line(cells: Sequence[str], widths: Sequence[int], colour: bool) -> str:
    painted = [
        paint(cell, width, colour) for cell, width in zip(cells, widths, strict=True)
    ]
    return GAP.join(painted).rstrip()


def table_lines(
    rows: Sequence[Row], languages: Sequence[str], colour: bool = False
) -> list[str]:
    """Return the table: one line per item, then one line per total."""
    totals = language_totals(rows, languages)
    body = [
        [row.section, row.slug, *(row.states[lang] for lang in languages)]
        for row in rows
    ]
    sums = [
        [
            "total" if index == 0 else "",
            state,
            *(str(totals[lang][state]) for lang in languages),
        ]
        for index, state in enumerate(TOTALS)
    ]
    header = [*HEADINGS, *languages]
    widths = [
        max(len(line[column]) for line in [header, *body, *sums])
        for column in range(len(header))
    ]
    rule = ["-" * width for width in widths]
    lines = [_line(header, widths, False), _line(rule, widths, False)]
    lines += [_line(line, widths, colour) for line in body]
    lines.append(_line(rule, widths, False))
    return lines + [_line(line, widths, False) for line in sums]


def gap_summary(rows: Sequence[Row]) -> str:
    """Return the closing line: how many translations are missing, outdated, drafts."""
    counts = {state: 0 for state in GAPS}
    for row in rows:
        for state in row.states.values():
            if state in counts:
                counts[state] += 1
    if not any(counts.values()):
        return "Every translation is present and up to date."
    return ", ".join(f"{counts[state]} {state}" for state in GAPS) + "."


def translate_commands(rows: Sequence[Row], languages: Sequence[str]) -> list[str]:
    """Return a `make translate` command for every missing translation; SECTION=
    only where the slug is used in more than one section."""
    sections = Counter(row.slug for row in rows)
    commands = []
    for row in rows:
        where = f" SECTION={row.section}" if sections[row.slug] > 1 else ""
        commands += [
            f"make translate SLUG={row.slug} LANG={lang}{where}"
            for lang in languages
            if row.states.get(lang) == MISSING
        ]
    return commands


def next_steps(rows: Sequence[Row], languages: Sequence[str], root: str) -> list[str]:
    """Return the closing block: the commands for missing translations, then what
    to compare for each outdated one."""
    outdated = [
        f"{reason.why} {reason.fix(root)}" for row in rows for reason in row.reasons
    ]
    steps = translate_commands(rows, languages) + outdated
    return ["", "Next steps:", *(f"  {step}" for step in steps)] if steps else []


def report(
    rows: Sequence[Row],
    languages: Sequence[str],
    *,
    fallback: str,
    overrides: Sequence[str] = (),
    unknown: Sequence[str] = (),
    untabled: Sequence[str] = (),
    colour: bool = False,
    root: str = "content",
) -> str:
    """Return the whole report of `make translations`."""
    lines = table_lines(rows, languages, colour) if rows else ["No content files."]
    lines += [
        "",
        '"original": the file without "Translation: true"; if several or none lack it,',
        f"the oldest (first commit, else Date), then the {language_name(fallback)}"
        ' one. "draft": Status: draft.',
        "sr-Latn is generated from sr, so it has no column."
        + (" Authored sr-Latn overrides:" if overrides else ""),
        *(f"  {override}" for override in overrides),
    ]
    if unknown:
        lines.append(
            "Not in the table, Lang is not a site language (see make check): "
            + ", ".join(unknown)
        )
    if untabled:
        lines.append(
            f"Tags not in tags.toml, shown as written in every language: "
            f"{len(untabled)} ({', '.join(untabled)}); make check says where."
        )
    lines.append(gap_summary(rows))
    return "\n".join(lines + next_steps(rows, languages, root))
