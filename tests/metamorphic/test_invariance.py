"""Metamorphic invariance: the same résumé in forms a recruiter reads alike gives the same claims.

The floors sit a little under what the extractor reached when they were set (``python -m
bench.metamorphic`` prints every axis over the whole set; these run on every third résumé to
keep the suite quick). They measure invariance on forms the tuner wrote, not generalisation.
"""

from __future__ import annotations

import pytest

from testkit.metamorphic import (
    AXES,
    BASELINE,
    Run,
    Style,
    load_resumes,
    measure,
    render,
    render_text,
)

#: The share of renderings, per axis, whose claims must stay the known-good form's.
FLOORS = {
    "heading": 0.97,
    "id_label": 0.97,
    "dates": 0.97,
    "separator": 0.97,
    "bullet": 0.97,
    "order": 0.97,
    "spacing": 0.97,
    "wrapping": 0.97,
    "docx": 0.97,
    "combined": 0.97,
}
OVERALL_FLOOR = 0.98


@pytest.fixture(scope="module")
def run() -> Run:
    return measure(load_resumes()[::3])


def test_every_axis_has_a_floor() -> None:
    assert set(FLOORS) == set(AXES)


@pytest.mark.parametrize("axis", sorted(FLOORS))
def test_claims_hold_along_each_axis(run: Run, axis: str) -> None:
    result = run.axes[axis]
    assert result.share >= FLOORS[axis], (
        f"{axis}: {result.kept}/{result.total} kept, floor {FLOORS[axis]}; changed: "
        f"{result.changed}"
    )


def test_claims_hold_overall_and_the_known_good_form_reads_right(run: Run) -> None:
    assert run.overall >= OVERALL_FLOOR, f"overall {run.overall:.3f}, floor {OVERALL_FLOOR}"
    assert not run.misread, run.misread


def test_every_variant_changes_the_form_and_keeps_every_field() -> None:
    """A perturbation that changed nothing would count as kept for free; one that dropped a
    field would not be meaning-preserving."""
    resume = load_resumes()[1]
    baseline = render(resume, BASELINE)
    for variants in AXES.values():
        for variant in variants:
            filename, data = render(resume, variant.style)
            assert (filename, data) != baseline, variant.name
            if variant.style.form != "text":
                continue
            text = data.decode("utf-8")
            for credential in resume.credentials:
                for value in (credential.credential_id, credential.url, credential.issuer):
                    if value:
                        assert value in text, (variant.name, value)


def test_text_forms_write_what_the_style_says() -> None:
    resume = load_resumes()[0]
    text = render_text(resume, Style(heading_numbers=True, heading_rule="=", bullet="numbered"))
    assert "3. CERTIFICATIONS\n================" in text
    assert "\n1. " in text
    wrapped = render_text(resume, Style(wrap=50))
    section = wrapped.split("CERTIFICATIONS")[1].split("SKILLS")[0]
    assert all(len(line) <= 50 or " " not in line.strip() for line in section.splitlines())
