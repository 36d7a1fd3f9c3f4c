"""A handful of catalog entries built in the tests, so claim finding is tested on known facts."""

from __future__ import annotations

from typing import Any

from extractors.catalog import CatalogEntry


def _entry(**fields: Any) -> CatalogEntry:
    defaults: dict[str, Any] = {
        "verified_on": ("credly",),
        "category": "cloud",
        "kind": "certification",
    }
    return CatalogEntry.model_validate({**defaults, **fields})


ENTRIES: tuple[CatalogEntry, ...] = (
    _entry(
        id="aws-solutions-architect-associate",
        title="AWS Certified Solutions Architect - Associate",
        aliases=(
            "AWS Solutions Architect Associate",
            "AWS Certified Solutions Architect Associate",
        ),
        acronyms=("AWS SAA",),
        exam_codes=("SAA-C03", "SAA-C02"),
        issuer="Amazon Web Services",
        issuer_aliases=("AWS", "Amazon Web Services (AWS)", "Amazon"),
        issuer_domains=("aws.amazon.com",),
        validity_months=36,
        level="associate",
    ),
    _entry(
        id="aws-cloud-practitioner",
        title="AWS Certified Cloud Practitioner",
        acronyms=("CLF-C02",),
        issuer="Amazon Web Services",
        issuer_aliases=("AWS",),
        issuer_domains=("aws.amazon.com",),
    ),
    _entry(
        id="cka",
        title="Certified Kubernetes Administrator",
        acronyms=("CKA",),
        issuer="The Linux Foundation",
        issuer_aliases=("Linux Foundation", "CNCF", "Cloud Native Computing Foundation"),
        issuer_domains=("linuxfoundation.org",),
    ),
    _entry(
        id="ckad",
        title="Certified Kubernetes Application Developer",
        acronyms=("CKAD",),
        issuer="The Linux Foundation",
        issuer_aliases=("Linux Foundation", "CNCF"),
        issuer_domains=("linuxfoundation.org",),
    ),
    _entry(
        id="pmp",
        title="Project Management Professional",
        acronyms=("PMP",),
        issuer="Project Management Institute",
        issuer_aliases=("PMI",),
        issuer_domains=("pmi.org",),
        category="project-management",
    ),
    _entry(
        id="cissp",
        title="Certified Information Systems Security Professional",
        acronyms=("CISSP",),
        issuer="ISC2",
        issuer_aliases=("(ISC)2", "(ISC)²"),
        issuer_domains=("isc2.org",),
        category="security",
    ),
    _entry(
        id="comptia-security-plus",
        title="CompTIA Security+",
        aliases=("Security+",),
        exam_codes=("SY0-701",),
        issuer="CompTIA",
        issuer_domains=("comptia.org",),
        category="security",
    ),
    _entry(
        id="azure-administrator-associate",
        title="Microsoft Certified: Azure Administrator Associate",
        aliases=("Azure Administrator Associate",),
        exam_codes=("AZ-104",),
        issuer="Microsoft",
        issuer_domains=("microsoft.com",),
        verified_on=("mslearn",),
    ),
    _entry(
        id="aha-bls",
        title="Basic Life Support",
        acronyms=("BLS",),
        issuer="American Heart Association",
        issuer_aliases=("AHA",),
        issuer_domains=("heart.org",),
        category="healthcare",
        verified_on=("vendor",),
    ),
    _entry(
        id="aha-acls",
        title="Advanced Cardiovascular Life Support",
        acronyms=("ACLS",),
        issuer="American Heart Association",
        issuer_aliases=("AHA",),
        issuer_domains=("heart.org",),
        category="healthcare",
        verified_on=("vendor",),
    ),
    _entry(
        id="google-data-analytics",
        title="Google Data Analytics Professional Certificate",
        aliases=("Google Data Analytics Certificate",),
        issuer="Google",
        issuer_aliases=("Coursera",),
        issuer_domains=("grow.google",),
        category="data",
        kind="professional-certificate",
        verified_on=("coursera",),
    ),
    _entry(
        id="terraform-associate",
        title="HashiCorp Certified: Terraform Associate",
        aliases=("Terraform Associate",),
        issuer="HashiCorp",
        issuer_domains=("hashicorp.com",),
    ),
)
