"""The accessibility statement: where it lives and what it says.

It follows the model statement of Commission Implementing Decision (EU) 2018/1523;
the wording is in the theme's template (accessibility.html) and the gettext catalogs.
Pure: no Pelican imports.
"""

from dataclasses import dataclass
from datetime import date

STATEMENT_FOLDER = "accessibility"
# Compliance with WCAG 2.1 AA (EN 301 549): fully, partially, not compliant.
STATUSES = ("full", "partial", "none")


def statement_path(prefix: str) -> str:
    """The accessibility statement of a language: `lv/accessibility/`."""
    return f"{prefix}/{STATEMENT_FOLDER}/"


@dataclass(frozen=True)
class Statement:
    """What one language's statement says beyond its fixed text."""

    status: str  # one of STATUSES
    prepared: date
    reviewed: date | None
    email: str  # where to send feedback ("" when only a phone is given)
    phone: str

    @property
    def lists_problems(self) -> bool:
        """Whether the statement has a list of non-accessible content."""
        return self.status != "full"


def statement_for(options: dict, site_info: dict) -> Statement:
    """A language's statement from checked ACCESSIBILITY_ settings and site info."""
    reviewed = options["ACCESSIBILITY_REVIEWED"]
    return Statement(
        status=options["ACCESSIBILITY_STATUS"],
        prepared=date.fromisoformat(options["ACCESSIBILITY_PREPARED"]),
        reviewed=date.fromisoformat(reviewed) if reviewed else None,
        email=site_info.get("email", ""),
        phone=site_info.get("phone", ""),
    )
