"""Turning measured runs into medians, target results and the printed table.

Everything here is a pure function of plain dicts, so it is tested on fixed numbers.
"""

from statistics import median

from .measure import KINDS

SCENARIOS = (
    ("clean", "clean build"),
    ("warm", "clean, warm"),
    ("edit", "edit one item"),
    ("title", "its title"),
    ("date", "its date"),
    ("add", "add one item"),
    ("resident", "edit, devserver"),
    ("plain", "plain Pelican"),
    ("hugo", "Hugo"),
)
TIMES = ("wall_s", "cpu_s", "build_s", "pages_per_s", "ms_per_page", "images_s")
COUNTS = ("written", "unchanged", "html_pages", "images_processed")
PAGES_PER_S_TARGET = 400
EDIT_S_TARGET = 1.0  # `make html` after one text edit (issue 20)
METADATA_S_TARGET = 3.0  # after an edit of its title, date or tags (issue 20)
RESIDENT_S_TARGET = 0.3  # the devserver's rebuild of the same edit
BROWSER_S_TARGET = 0.3  # from saving it to the open page showing it (issue 20)
PEAK_MB_TARGET = 500
SCALING_TARGET = 0.20
# Issue 20: pages/s against Hugo's on the same corpus, measured in the same run.
HUGO_TARGETS = {"clean": 1.0, "warm": 1.5}


def summarise(runs: list[dict]) -> dict:
    """Medians over runs of each scenario's times and counts; peak memory is the max."""
    summary = {}
    for name, _label in SCENARIOS:
        measured = [run[name] for run in runs if run.get(name)]
        if not measured:
            continue
        last = measured[-1]
        entry = {
            key: median(run[key] for run in measured)
            for key in TIMES + COUNTS
            if all(run.get(key) is not None for run in measured)
        }
        entry["peak_rss_mb"] = max(run["peak_rss_mb"] for run in measured)
        entry["by_kind"] = {
            kind: median(run["by_kind"][kind] for run in measured) for kind in KINDS
        }
        for key in ("changed", "sample", "touched"):
            if key in last:
                entry[key] = last[key]
        summary[name] = entry
    return summary


def ratio(value: float | None, base: float | None) -> float | None:
    """value / base, or None when either is missing."""
    return value / base if value and base else None


def hugo_ratios(summary: dict) -> dict[str, float]:
    """Our pages/s over Hugo's, for the clean and the warm-cache build."""
    hugo = summary.get("hugo")
    if not hugo:
        return {}
    return {
        name: summary[name]["pages_per_s"] / hugo["pages_per_s"]
        for name in HUGO_TARGETS
        if name in summary
    }


def hugo_rows(summary: dict) -> list[dict]:
    """The targets against Hugo; not measured (n/a) when Hugo is not installed."""
    ratios = hugo_ratios(summary)
    return [
        target(
            f"{label}, pages/s vs Hugo",
            f"{ratios[name]:.2f}x" if name in ratios else "n/a",
            f">= {goal:g}x",
            ratios[name] >= goal if name in ratios else None,
        )
        for (name, goal), label in zip(
            HUGO_TARGETS.items(), ("clean build", "warm cache"), strict=True
        )
    ]


def target(name: str, shown: str, goal: str, passed: bool | None) -> dict:
    """One row of the targets table."""
    return {"name": name, "shown": shown, "target": goal, "pass": passed}


def targets(
    summary: dict, baseline: dict | None, browser: dict | None = None
) -> list[dict]:
    """Each target with what was measured and True, False or None (not measured);
    `browser`: what bench/browser.py measured, or only a note why it did not."""
    clean = summary["clean"]
    rows = [
        target(
            "clean build, HTML pages/s",
            f"{clean['pages_per_s']:.0f}",
            f">= {PAGES_PER_S_TARGET}",
            clean["pages_per_s"] >= PAGES_PER_S_TARGET,
        )
    ]
    rows += hugo_rows(summary)
    rows += edit_rows(summary)
    rows.append(browser_row(browser or {}))
    peak = max(  # our builds only, not the references'
        entry["peak_rss_mb"]
        for name, entry in summary.items()
        if name not in ("plain", "hugo")
    )
    rows.append(
        target(
            "peak memory, MB",
            f"{peak:.0f}",
            f"< {PEAK_MB_TARGET}",
            peak < PEAK_MB_TARGET,
        )
    )
    growth = ratio(clean["ms_per_page"], baseline["ms_per_page"]) if baseline else None
    rows.append(
        target(
            f"ms/page vs N={baseline['n'] if baseline else '?'} (--compare)",
            "n/a" if growth is None else f"{growth - 1:+.0%}",
            f"<= +{SCALING_TARGET:.0%}",
            None if growth is None else growth <= 1 + SCALING_TARGET,
        )
    )
    return rows


def edit_rows(summary: dict) -> list[dict]:
    """The edit-rebuild targets of issue 20: `make html` after editing one item's
    text, the devserver's rebuild of the same edit, and no rewrite of a file with
    the bytes it had."""
    rows = [
        target(
            label,
            f"{entry['wall_s']:.1f}",
            f"<= {goal:g}",
            entry["wall_s"] <= goal,
        )
        for name, label, goal in (
            ("edit", "rebuild after one edit (make html), wall s", EDIT_S_TARGET),
            ("resident", "  the same edit, devserver, wall s", RESIDENT_S_TARGET),
            ("title", "  then a new title (make html), wall s", METADATA_S_TARGET),
            ("date", "  then a new date (make html), wall s", METADATA_S_TARGET),
        )
        if (entry := summary.get(name))
    ]
    edit = summary.get("edit")
    if edit:
        same = edit["touched"]["same_bytes"]
        rows.append(
            target(
                "  rewritten with the bytes they had",
                f"{same} of {edit['changed']}",
                "0",
                same == 0,
            )
        )
    return rows


def browser_row(browser: dict) -> dict:
    """The devserver's edit as an editor sees it: saved, then shown in the page."""
    seen = browser.get("wall_s")
    return target(
        "  the same edit, saved to seen in the browser, s",
        "n/a" if seen is None else f"{seen:.2f}",
        f"<= {BROWSER_S_TARGET:g}",
        None if seen is None else seen <= BROWSER_S_TARGET,
    )


def verdict(passed: bool | None) -> str:
    """PASS, FAIL, or n/a when the target could not be measured."""
    return "n/a" if passed is None else ("PASS" if passed else "FAIL")


def number(value, digits: int = 1) -> str:
    """A number for the table; "-" when missing."""
    if value is None:
        return "-"
    return f"{value:,.{digits}f}" if isinstance(value, float) else f"{value:,}"


def picture_lines(summary: dict) -> list[str]:
    """Time spent on pictures (plugins/media), apart from the rest of each build."""
    rows = [
        f"  {label}: {number(entry['images_s'], 2)} s,"
        f" {number(entry.get('images_processed'), 0)} processed"
        for name, label in SCENARIOS
        if (entry := summary.get(name)) and entry.get("images_s") is not None
    ]
    return ["", "pictures (in the wall time above):", *rows] if rows else []


def format_report(result: dict) -> str:
    """The table `make bench` prints."""
    summary, corpus, machine = result["summary"], result["corpus"], result["machine"]
    lines = [
        f"make bench: N={result['n']} items, "
        f"{corpus['markdown_files']} Markdown files, seed {result['seed']}",
        f"median of {result['runs']} runs; {machine['cpus']} CPUs, "
        f"load {machine['load']} at start; code {machine['commit']}",
        "",
        f"{'scenario':<15}{'wall s':>8}{'cpu s':>8}{'peak MB':>9}{'written':>9}"
        f"{'unchanged':>10}{'HTML':>8}{'pages/s':>9}{'ms/page':>9}",
    ]
    for name, label in SCENARIOS:
        entry = summary.get(name)
        if entry:
            lines.append(
                f"{label:<15}{number(entry['wall_s']):>8}{number(entry['cpu_s']):>8}"
                f"{number(entry['peak_rss_mb'], 0):>9}"
                f"{number(entry.get('written'), 0):>9}"
                f"{number(entry.get('unchanged'), 0):>10}"
                f"{number(entry['html_pages'], 0):>8}"
                f"{number(entry.get('pages_per_s'), 0):>9}"
                f"{number(entry.get('ms_per_page'), 2):>9}"
            )
    if result.get("ratio_to_plain"):
        lines.append(
            f"clean build / plain Pelican: {result['ratio_to_plain']:.1f}x wall time"
        )
    lines += picture_lines(summary)
    lines += ["", f"{'files written':<15}" + "".join(f"{k:>9}" for k in KINDS)]
    for name, label in SCENARIOS:
        if name in ("clean", "edit", "title", "date", "add") and name in summary:
            by_kind = summary[name]["by_kind"]
            lines.append(
                f"{label:<15}" + "".join(f"{number(by_kind[k], 0):>9}" for k in KINDS)
            )
    lines += ["", f"{'target':<48}{'measured':>14}{'target':>9}  result"]
    for row in result["targets"]:
        lines.append(
            f"{row['name']:<48}{row['shown']:>14}{row['target']:>9}  "
            f"{'-' if row['target'] == '-' else verdict(row['pass'])}"
        )
    edit = summary.get("edit")
    if edit:
        lines += ["", f"edit one item: {edit['changed']} files rewritten, e.g."]
        lines += [f"  {path}" for path in edit["sample"]]
    lines += ["", f"search index: {result['search']['note']}"]
    if result.get("browser"):
        lines.append(
            f"devserver, saved to seen in Chromium: {result['browser']['note']}"
        )
    if result.get("project_changed"):
        lines.append(
            "WARNING: plugins/, theme/, tools/, translations/ or pelican.conf.py "
            "changed during the runs; incremental numbers are not valid."
        )
    return "\n".join(lines)
