"""The catalog's rigor and recognition: every entry carries it, every value has its source."""

from __future__ import annotations

import pytest

from extractors.catalog import Catalog, load_catalog
from extractors.rigor import Assessment, Rigor, Standard
from tools.catalog.first_hand import is_first_hand
from tools.catalog.gaps import UNSOURCED
from tools.catalog.rigor import apply_rigor
from tools.catalog_rigor import NO_SOURCE, TABLE, coverage, main, second_hand, table, unsourced


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def test_every_entry_carries_its_rigor(catalog: Catalog) -> None:
    missing = [entry.id for entry in catalog.entries if entry.rigor is None]
    assert not missing


def test_every_known_value_names_the_page_that_states_it(catalog: Catalog) -> None:
    for entry in catalog.entries:
        rigor = entry.rigor
        assert rigor is not None
        if rigor.assessment is not Assessment.UNKNOWN:
            assert rigor.assessment_source, entry.id
        if rigor.accreditation is not None:
            assert rigor.accreditation.source.startswith("http"), entry.id
        if rigor.renewal is not None:
            assert rigor.renewal.source.startswith("http"), entry.id


def test_an_entry_that_never_lapses_claims_no_renewal_cycle(catalog: Catalog) -> None:
    for entry in catalog.entries:
        if entry.validity_months is None and entry.kind.value != "licence":
            assert entry.rigor is not None and entry.rigor.renewal is None, entry.id


def test_spot_checks_of_sourced_facts(catalog: Catalog) -> None:
    cka, rhcsa, cissp = (catalog.by_id(name) for name in ("cka", "rhcsa", "cissp"))
    assert cka and cka.rigor and cka.rigor.assessment is Assessment.PERFORMANCE_EXAM
    assert rhcsa and rhcsa.rigor and rhcsa.rigor.assessment is Assessment.PERFORMANCE_EXAM
    assert cissp and cissp.rigor and cissp.rigor.accreditation
    assert cissp.rigor.accreditation.standard is Standard.ISO_17024
    assert cissp.rigor.accreditation.body == "ANAB"
    rn = catalog.by_id("rn-licence")
    assert rn and rn.rigor and rn.rigor.accreditation
    assert rn.rigor.accreditation.standard is Standard.LICENCE
    # DataCamp's associate certifications: a timed exam and a practical exam, not a course.
    for name in ("datacamp-data-analyst-associate", "datacamp-data-scientist-associate"):
        entry = catalog.by_id(name)
        assert entry and entry.rigor and entry.rigor.assessment is Assessment.EXAM, name
    sql = catalog.by_id("datacamp-sql-associate")
    assert sql and sql.rigor and sql.rigor.assessment is Assessment.EXAM


def test_every_entry_has_a_sourced_assessment_or_a_recorded_gap(catalog: Catalog) -> None:
    unknown = {
        entry.id
        for entry in catalog.entries
        if entry.rigor is None or entry.rigor.assessment is Assessment.UNKNOWN
    }
    assert unknown == UNSOURCED.keys()
    assert all(reason.strip() for reason in UNSOURCED.values())


def test_the_build_refuses_a_credential_with_no_assessment_and_no_recorded_gap() -> None:
    unassessed = {"id": "new-cert", "issuer": "Nobody", "kind": "certification"}
    with pytest.raises(ValueError, match=r"not listed in tools/catalog/gaps\.py"):
        apply_rigor([{**unassessed, "validity_months": None}])


def test_spot_checks_of_the_added_sources(catalog: Catalog) -> None:
    def rigor_of(entry_id: str) -> Rigor:
        entry = catalog.by_id(entry_id)
        assert entry is not None and entry.rigor is not None, entry_id
        return entry.rigor

    assert rigor_of("pecb-iso-27001-lead-auditor").assessment is Assessment.PROCTORED_EXAM
    assert rigor_of("alteryx-designer-core").assessment is Assessment.UNPROCTORED_EXAM
    assert rigor_of("tensorflow-developer-certificate").assessment is Assessment.PERFORMANCE_EXAM
    a_csm = rigor_of("a-csm")
    assert (a_csm.assessment, a_csm.prep_hours) == (Assessment.COMPLETION, 16)
    assert rigor_of("cipd-chartered-member").assessment is Assessment.ASSESSED_COURSE
    fcc = rigor_of("fcc-responsive-web-design")
    assert fcc.prep_hours == 300 and fcc.prep_source and "freeCodeCamp" in fcc.prep_source
    shrm = rigor_of("shrm-cp").accreditation
    assert shrm is not None and shrm.standard is Standard.BUROS
    assert shrm.label == "accredited by Buros Center for Testing"
    # The issuer's own FAQ, not a blog quoting its press release.
    assert shrm.source.startswith("https://shrm.org/certification/")
    assert rigor_of("cwna").assessment is Assessment.EXAM
    micromasters = rigor_of("gtx-micromasters-analytics")
    assert micromasters.assessment is Assessment.ASSESSED_COURSE


def test_the_coverage_figures_hold(catalog: Catalog) -> None:
    figures = coverage(catalog)
    assert figures["with rigor"] == figures["entries"]
    assert figures["assessment unknown"] == len(UNSOURCED)
    assert figures["accredited certifications"] >= 60
    assert figures["preparation time with source"] >= 15


def test_the_rigor_table_in_the_docs_is_what_the_catalog_says(catalog: Catalog) -> None:
    assert TABLE.read_text(encoding="utf-8") == table(catalog), (
        "run .venv/bin/python -m tools.catalog_rigor --write"
    )


def test_a_source_is_first_hand_on_the_issuers_domain_or_a_listed_page() -> None:
    isc2 = ("isc2.org",)
    assert is_first_hand("https://www.isc2.org/certifications/cissp", isc2)
    assert is_first_hand("https://support.isc2.org/hc/en-us/articles/1", isc2)
    assert not is_first_hand("https://notisc2.org/cissp", isc2)
    assert not is_first_hand("https://www.techtarget.com/definition/ISC2", isc2)
    # The platform that awards a hosted course's certificate speaks for it.
    coursera = "https://learner.coursera.help/hc/en-us/articles/209819063"
    assert is_first_hand(coursera, ("google.com",))
    # A listed organisation's repositories, not everyone's on the same host.
    assert is_first_hand("https://github.com/freeCodeCamp/freeCodeCamp/blob/main/x.md", ("f.org",))
    assert not is_first_hand("https://github.com/craigtrupp/data_analysis_projects", ("f.org",))


def test_the_issuers_own_pages_replace_second_hand_ones(catalog: Catalog) -> None:
    expected = {
        "aws-solutions-architect-associate": "https://aws.amazon.com/",
        "cissp": "https://www.isc2.org/",
        "ceh": "https://eccouncil.zendesk.com/",
        "cisa": "https://m.isaca.org/",
        "pmp": "https://www.pmi.org/",
        "iapp-cipm": "https://iapp.org/",
        "ancc-fnp-bc": "https://www.nursingworld.org/",
        # A licence earned by the NCLEX: NCSBN's page on the exam speaks for it.
        "rn-licence": "https://ncsbn.org/",
    }
    for entry_id, page in expected.items():
        entry = catalog.by_id(entry_id)
        assert entry is not None and entry.rigor is not None, entry_id
        assert entry.rigor.assessment is Assessment.PROCTORED_EXAM, entry_id
        assert (entry.rigor.assessment_source or "").startswith(page), entry_id
    assert not {row[0] for row in second_hand(catalog) if row[1] == "assessment"} & expected.keys()
    cissp = catalog.by_id("cissp")
    assert cissp is not None and cissp.rigor is not None and cissp.rigor.renewal is not None
    assert cissp.rigor.renewal.source.startswith("https://www.isc2.org/")
    assert cissp.rigor.renewal.continuing_education
    for entry_id, page in (
        ("csm", "https://support.scrumalliance.org/"),
        ("hrci-phr", "https://www.hrci.org/"),
    ):
        entry = catalog.by_id(entry_id)
        assert entry is not None and entry.rigor is not None, entry_id
        renewal = entry.rigor.renewal
        assert renewal is not None and renewal.source.startswith(page), entry_id
    psm = catalog.by_id("psm-1")
    assert psm is not None and psm.rigor is not None
    assert psm.rigor.assessment is Assessment.UNPROCTORED_EXAM
    assert (
        psm.rigor.assessment_source == "https://www.scrum.org/support/standard-conduct-assessments"
    )
    # ISACA's other credentials are not named by its page: they keep the issuer's policy.
    cdpse = catalog.by_id("cdpse")
    assert cdpse is not None and cdpse.rigor is not None
    assert cdpse.rigor.assessment is Assessment.EXAM


def test_second_hand_sources_are_listed_and_counted(catalog: Catalog) -> None:
    found = second_hand(catalog)
    assert (
        "datacamp-sql-associate",
        "assessment",
        "https://www.certkiller.com/blog/understanding-the-new-sql-associate-certification",
    ) in found
    # The CFA Institute's own exam page.
    assert ("cfa-level-1", "assessment") not in {row[:2] for row in found}
    figures = coverage(catalog)
    for field in ("assessment", "accreditation", "renewal"):
        listed = [row for row in found if row[1] == field]
        assert figures[f"{field} source second-hand"] == len(listed), field


def test_every_accredited_certification_names_its_body_and_a_page(catalog: Catalog) -> None:
    accredited = [
        entry
        for entry in catalog.entries
        if entry.rigor is not None
        and entry.rigor.accreditation is not None
        and entry.rigor.accreditation.standard not in (Standard.LICENCE, Standard.CHARTER)
    ]
    assert len(accredited) == coverage(catalog)["accredited certifications"] >= 60
    for entry in accredited:
        accreditation = entry.rigor.accreditation if entry.rigor else None
        assert accreditation is not None and accreditation.body.strip(), entry.id
        assert accreditation.source.startswith("http"), entry.id
    # BCEN's governance page under its former domain is BCEN's own word.
    bcen = catalog.by_id("bcen-cen")
    assert bcen is not None
    assert ("bcen-cen", "accreditation") not in {row[:2] for row in second_hand(catalog)}


def test_every_assessment_has_its_source(catalog: Catalog) -> None:
    assert not unsourced(catalog)
    assert not UNSOURCED
    explorer = catalog.by_id("ibm-agile-explorer")
    assert explorer is not None and explorer.rigor is not None
    assert explorer.rigor.assessment is Assessment.ASSESSED_COURSE
    assert is_first_hand(explorer.rigor.assessment_source or "", explorer.issuer_domains)


def test_an_assessment_with_no_source_is_reported_as_a_gap_not_left_out(
    catalog: Catalog, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = catalog.entries[0]
    assert entry.rigor is not None
    unknown = entry.model_copy(
        update={"rigor": entry.rigor.model_copy(update={"assessment": Assessment.UNKNOWN})}
    )
    gapped = catalog.model_copy(update={"entries": (unknown, *catalog.entries[1:])})
    reason = "no page states how it is earned"
    monkeypatch.setitem(UNSOURCED, entry.id, reason)
    monkeypatch.setattr("tools.catalog_rigor.load_catalog", lambda: gapped)

    assert unsourced(gapped) == [(entry.id, reason)]
    main(["--second-hand"])
    listed = {
        line.split("\t")[0]
        for line in capsys.readouterr().out.splitlines()
        if line.split("\t")[2].startswith(f"{NO_SOURCE}: ")
    }
    assert listed == {entry.id}
    main([])
    assert f"unsourced {entry.id}: {reason}" in capsys.readouterr().out
    row = next(row for row in table(gapped).splitlines() if row.startswith(f"| `{entry.id}` |"))
    assert f"unknown: no source found ({reason})" in row


def test_a_source_about_another_credential_is_not_cited(catalog: Catalog) -> None:
    # A holder's Professional Data Analyst certificate page spoke for the Associate before.
    entry = catalog.by_id("datacamp-data-analyst-associate")
    assert entry is not None and entry.rigor is not None
    assert "datacamp.com/certificate/DA" not in (entry.rigor.assessment_source or "")
    # CS50's own FAQ states the CS50x certificate's rule; CS50's repositories speak for it.
    cs50x = catalog.by_id("harvardx-cs50x")
    assert cs50x is not None and cs50x.rigor is not None
    assert (cs50x.rigor.assessment_source or "").startswith("https://github.com/cs50/")
    assert not {row for row in second_hand(catalog) if row[0] == "harvardx-cs50x"}


def test_the_most_claimed_issuers_cite_their_own_pages(catalog: Catalog) -> None:
    second = {(row[0], row[1]) for row in second_hand(catalog)}
    for entry_id, field in (
        ("ms-azure-administrator-associate", "renewal"),
        ("ccie-security", "assessment"),
        ("databricks-data-engineer-associate", "assessment"),
        ("nremt-emt", "assessment"),
        ("lpic-1", "assessment"),
        ("lpic-3", "assessment"),
        ("iia-cia", "assessment"),
        # Juniper's training help centre, hosted by Zendesk, speaks for its lab exam.
        ("jncie-ent", "assessment"),
        ("cka", "assessment"),
        ("ckad", "assessment"),
        ("aha-bls", "renewal"),
        ("aha-pals", "renewal"),
        ("bcen-cen", "assessment"),
        ("bcen-cpen", "assessment"),
    ):
        assert (entry_id, field) not in second, entry_id
    azure = catalog.by_id("ms-azure-administrator-associate")
    assert azure is not None and azure.rigor is not None and azure.rigor.renewal is not None
    # Microsoft's page gives no cycle: none is claimed beyond the entry's own validity.
    assert azure.rigor.renewal.period_months is None
    assert azure.rigor.renewal.continuing_education is False
    ccie = catalog.by_id("ccie-security")
    assert ccie is not None and ccie.rigor is not None
    assert ccie.rigor.assessment is Assessment.PERFORMANCE_EXAM


def test_former_gaps_cite_a_page_and_are_listed_as_second_hand(catalog: Catalog) -> None:
    # CSP-PO: an educational offering completed in full, with experience, no exam (as the A-CSPO).
    # CS50P: every problem set and the final project, graded by CS50's own checks. DataCamp's
    # Data Engineer Associate: a timed exam and a practical exam run by the evaluator.
    expected = {
        "csp-po": Assessment.COMPLETION,
        "harvardx-cs50p": Assessment.ASSESSED_COURSE,
        "datacamp-data-engineer-associate": Assessment.EXAM,
    }
    second = {(row[0], row[1]) for row in second_hand(catalog)}
    for entry_id, assessment in expected.items():
        entry = catalog.by_id(entry_id)
        assert entry is not None and entry.rigor is not None, entry_id
        assert entry.rigor.assessment is assessment, entry_id
        assert (entry.rigor.assessment_source or "").startswith("https://github.com/"), entry_id
        assert (entry_id, "assessment") in second, entry_id
        assert entry_id not in UNSOURCED, entry_id
    csp_po = catalog.by_id("csp-po")
    assert csp_po is not None and csp_po.rigor is not None and csp_po.rigor.renewal is not None
    assert csp_po.rigor.renewal.period_months == 24
