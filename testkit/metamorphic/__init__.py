"""A metamorphic résumé corpus: known-good résumés, perturbed one way at a time.

The contents are the generated corpus's (``tests/corpus/labels.json``). Each résumé is written
in one known-good form, then in forms that change one thing a recruiter would not care about
(a heading's wording, a field label, a date format, separators, bullets, field order, spacing,
wrapping, DOCX tables or list styles). Extraction must give the same claims from every form;
the share that does measures invariance, not generalisation to layouts never seen.
"""

from testkit.metamorphic.axes import AXES, BASELINE, Variant
from testkit.metamorphic.invariance import (
    AxisResult,
    Run,
    claims_of,
    measure,
    reads_right,
    signature,
    signatures,
)
from testkit.metamorphic.render import DATE_FORMS, Style, render, render_text
from testkit.metamorphic.resumes import Credential, Resume, load_resumes

__all__ = [
    "AXES",
    "BASELINE",
    "DATE_FORMS",
    "AxisResult",
    "Credential",
    "Resume",
    "Run",
    "Style",
    "Variant",
    "claims_of",
    "load_resumes",
    "measure",
    "reads_right",
    "render",
    "render_text",
    "signature",
    "signatures",
]
