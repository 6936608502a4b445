"""What the build was working on when something failed, for a message that names it.

`with working_on("rendering lv/news/x/index.html"):` marks a step; an exception that
leaves it carries the innermost step's description (`failed_while(error)`), so the
build can say which content file or output page it was processing without a traceback.
"""

from collections.abc import Iterator
from contextlib import contextmanager, suppress

ATTRIBUTE = "site_build_step"


@contextmanager
def working_on(step: str) -> Iterator[None]:
    """Name a step of the build; an exception raised inside it remembers the step."""
    try:
        yield
    except Exception as error:
        if not hasattr(error, ATTRIBUTE):
            with suppress(AttributeError):  # an exception type without attributes
                setattr(error, ATTRIBUTE, step)
        raise


def failed_while(error: BaseException) -> str:
    """The innermost step an exception left, or '' when it left none."""
    return getattr(error, ATTRIBUTE, "")
