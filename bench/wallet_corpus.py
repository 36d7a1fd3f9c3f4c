"""The made-up candidates of ``bench.wallets`` and the answers their sources give.

Eight candidates whose evidence is public somewhere, and a ``World`` that answers for Credly
(``testkit/credly_sandbox.py``), Coursera, edX and CertMetrics from the
recorded shapes in ``tests/verifiers/platforms/recorded`` (see their PROVENANCE.md). Every
name, code and id is made up.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from testkit.credly_sandbox import CredlySandbox, SandboxBadge

__all__ = ["Resume", "World", "corpus"]

RECORDED = Path(__file__).resolve().parent.parent / "tests/verifiers/platforms/recorded"
AWS = "Amazon Web Services Training and Certification"


@dataclass
class World:
    """Everything the loopback server answers for, by host."""

    credly: list[CredlySandbox] = field(default_factory=list)
    #: Coursera certificate code → the verify page.
    coursera: dict[str, bytes] = field(default_factory=dict)
    #: edX certificate id → the certificate page.
    edx: dict[str, bytes] = field(default_factory=dict)
    #: (client, validation number) → CertMetrics' JSON.
    certmetrics: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def answer(self, host: str, target: str) -> tuple[int, str, bytes]:
        parts = urlsplit(target)
        path, query = parts.path, dict(parse_qsl(parts.query))
        if host.startswith(("api.credly", "www.credly")):
            for sandbox in self.credly:
                status, body = sandbox.answer(path, query)
                if status == 200:
                    return status, "application/json", json.dumps(body).encode()
            return 404, "application/json", b'{"error": "not found"}'
        if host.startswith("www.coursera"):
            code = path.rstrip("/").rsplit("/", 1)[-1].upper()
            unknown = (RECORDED / "coursera/not_found_page.html").read_text()
            page = self.coursera.get(code)
            body = page if page is not None else unknown.replace("ZZZZ9999ZZZZ", code).encode()
            return 200, "text/html; charset=utf-8", body
        if host.startswith("courses.edx"):
            found = self.edx.get(path.rstrip("/").rsplit("/", 1)[-1])
            if found is None:
                return 404, "text/html", b"<html><body>Page not found</body></html>"
            return 200, "text/html; charset=utf-8", found
        if host.startswith("api.certmetrics"):
            match = re.fullmatch(r"/([a-z]+)/verification/certification/([A-Za-z0-9]+)", path)
            record = self.certmetrics.get((match.group(1), match.group(2))) if match else None
            if record is None:
                return 404, "application/json", b'{"message": "Not Found"}'
            return 200, "application/json", json.dumps(record).encode()
        return 404, "text/plain", b"no such host"


def coursera_page(
    code: str,
    holder: tuple[str, str],
    course: str,
    partners: tuple[str, str],
    granted: str = "2024-03-04",
) -> bytes:
    """The recorded verify page, for another certificate, learner, course and day."""
    text = (RECORDED / "coursera/verify_page.html").read_text()
    day = datetime.fromisoformat(granted + "T12:00:00+00:00")
    text = text.replace("1709571600000", str(int(day.timestamp() * 1000)))
    text = text.replace("K7QZ3M8PLX2D", code)
    text = text.replace(
        '"firstName":"Jane","middleName":"Q.","lastName":"Doe"',
        f'"firstName":"{holder[0]}","middleName":null,"lastName":"{holder[1]}"',
    )
    text = text.replace("Supervised Machine Learning: Regression and Classification", course)
    text = text.replace('"name":"DeepLearning.AI"', f'"name":"{partners[0]}"')
    return text.replace("Stanford University", partners[1]).encode()


def edx_page(certificate_id: str, holder: str, course: str, organisation: str, code: str) -> bytes:
    """The recorded course certificate page, for another certificate, learner and course."""
    text = (RECORDED / "edx/course_certificate.html").read_text()
    text = text.replace("4d2b9c0e7f1a4e6b8c3d5a7f9e1b2c4d", certificate_id)
    text = text.replace("Jane Q. Doe", holder)
    text = text.replace("Introduction to Analytics Modeling", course)
    text = text.replace("GTx", code)
    return text.replace("Georgia Institute of Technology", organisation).encode()


def certmetrics_record(
    holder: tuple[str, str], title: str, active: str, expires: str
) -> dict[str, Any]:
    return {
        "firstName": holder[0],
        "lastName": holder[1],
        "certName": title,
        "certActiveDate": f"{active}T00:00:00",
        "certExpireDate": f"{expires}T00:00:00",
        "certStatus": "Active" if expires > "2026-12-31" else "Expired",
    }


def badge(owner: str, title: str, issuer: str, issued: str, expires: str | None) -> SandboxBadge:
    return SandboxBadge(title, issuer, issued, expires, owner=owner)


@dataclass(frozen=True)
class Resume:
    text: str
    links: tuple[str, ...] = ()


def corpus(api: str) -> tuple[World, list[Resume]]:
    """Eight candidates, each with public evidence somewhere."""
    world = World()
    resumes: list[Resume] = []

    def credly(slug: str, holder: str, badges: Sequence[SandboxBadge], **extra: Any) -> None:
        world.credly.append(
            CredlySandbox(api, badges=tuple(badges), slug=slug, holder=holder, per_page=3, **extra)
        )

    credly(
        "jane-doe",
        "Jane Doe",
        [
            badge(
                "jane",
                "AWS Certified Solutions Architect – Associate",
                AWS,
                "2024-02-10",
                "2029-02-10",
            ),
            badge(
                "jane",
                "CKA: Certified Kubernetes Administrator",
                "The Linux Foundation",
                "2023-06-05",
                "2029-06-05",
            ),
            badge(
                "jane",
                "HashiCorp Certified: Terraform Associate (003)",
                "HashiCorp",
                "2024-09-18",
                "2029-09-18",
            ),
            badge("jane", "AWS Certified Cloud Practitioner", AWS, "2021-01-20", "2024-01-20"),
            badge(
                "jane", "Microsoft Certified: Azure Fundamentals", "Microsoft", "2022-05-02", None
            ),
        ],
    )
    resumes.append(
        Resume(
            "Jane Doe\nCloud Engineer · jane.doe@example.com\ncredly.com/users/jane-doe\n\n"
            "Certifications\n"
            "AWS Certified Solutions Architect – Associate, Amazon Web Services, 2024\n"
            "Certified Kubernetes Administrator (CKA), The Linux Foundation, 2023\n"
            "HashiCorp Certified: Terraform Associate, HashiCorp, 2024\n"
            "AWS Certified Cloud Practitioner, Amazon Web Services, 2021\n"
        )
    )
    credly(
        "mateo-alvarez",
        "Mateo Alvarez",
        [
            badge("mateo", "AWS Certified Developer – Associate", AWS, "2023-03-01", "2029-03-01"),
            badge(
                "mateo",
                "CKAD: Certified Kubernetes Application Developer",
                "The Linux Foundation",
                "2024-01-11",
                "2029-01-11",
            ),
            badge(
                "mateo",
                "Microsoft Certified: Azure Administrator Associate",
                "Microsoft",
                "2024-04-04",
                "2029-04-04",
            ),
        ],
    )
    resumes.append(
        Resume(
            "Mateo Alvarez\nBackend Developer · mateo.alvarez@example.com\n"
            "credly.com/users/mateo-alvarez\n\nCertifications\n"
            "AWS Certified Developer – Professional, Amazon Web Services, 2023\n"
            "Certified Kubernetes Application Developer (CKAD), The Linux Foundation, 2024\n"
            "Microsoft Certified: Azure Administrator Associate, Microsoft, 2024\n"
        )
    )
    world.certmetrics[("amazon", "Q1W2E3R4T5Y6U7I8")] = certmetrics_record(
        ("Priya", "Raman"), "AWS Certified Developer - Associate", "2024-03-01", "2027-03-01"
    )
    world.certmetrics[("cisco", "0f1e2d3c4b5a69788796a5b4c3d2e1f0")] = certmetrics_record(
        ("Priya", "Raman"), "Cisco Certified Network Associate", "2023-05-01", "2029-05-01"
    )
    world.coursera["K7QZ3M8PLX2D"] = coursera_page(
        "K7QZ3M8PLX2D",
        ("Priya", "Raman"),
        "Machine Learning Specialization",
        ("DeepLearning.AI", "Stanford University"),
        "2023-05-04",
    )
    world.edx["4d2b9c0e7f1a4e6b8c3d5a7f9e1b2c4d"] = edx_page(
        "4d2b9c0e7f1a4e6b8c3d5a7f9e1b2c4d",
        "Priya Raman",
        "Introduction to Analytics Modeling",
        "Georgia Institute of Technology",
        "GTx",
    )
    world.coursera["ABCD1234EFGH"] = coursera_page(
        "ABCD1234EFGH",
        ("Priya", "Raman"),
        "Supervised Machine Learning: Regression and Classification",
        ("DeepLearning.AI", "Stanford University"),
    )
    resumes.append(
        Resume(
            "Priya Raman\nData Engineer · priya.raman@example.org\n\nCertifications\n"
            "AWS Certified Developer – Associate, Amazon Web Services, 2024 — Validation Number: "
            "Q1W2E3R4T5Y6U7I8\n"
            "Cisco Certified Network Associate (CCNA), Cisco, 2023 — Verification code: "
            "0f1e2d3c4b5a69788796a5b4c3d2e1f0\n"
            "Machine Learning Specialization, Coursera, 2023 — Credential ID K7QZ3M8PLX2D\n"
            "Introduction to Analytics Modeling, GTx on edX, 2018 — Certificate ID "
            "4d2b9c0e7f1a4e6b8c3d5a7f9e1b2c4d\n"
            "Supervised Machine Learning: Regression and Classification — "
            "https://www.coursera.org/account/accomplishments/verify/ABCD1234EFGH\n"
        )
    )
    world.coursera["GCDA22334455"] = coursera_page(
        "GCDA22334455", ("Chen", "Wei"), "Google Data Analytics", ("Google", "Google")
    )
    world.edx["9a8b7c6d5e4f30211203f4e5d6c7b8a9"] = edx_page(
        "9a8b7c6d5e4f30211203f4e5d6c7b8a9",
        "Chen Wei",
        "CS50's Introduction to Computer Science",
        "Harvard University",
        "HarvardX",
    )
    resumes.append(
        Resume(
            "Chen Wei\nAnalyst · chen.wei@example.net\n\nCertifications\n"
            "Google Data Analytics Professional Certificate — "
            "https://www.coursera.org/verify/professional-cert/GCDA22334455\n"
            "CS50's Introduction to Computer Science, HarvardX — "
            "https://courses.edx.org/certificates/9a8b7c6d5e4f30211203f4e5d6c7b8a9\n"
            "IBM Data Science Professional Certificate — "
            "https://www.coursera.org/account/accomplishments/verify/NOPE00000000\n"
        )
    )
    credly(
        "amara-okafor",
        "Amara Okafor",
        [
            badge(
                "amara", "CompTIA Security+ ce Certification", "CompTIA", "2023-08-08", "2029-08-08"
            ),
            badge(
                "amara",
                "Certified Information Systems Security Professional (CISSP)",
                "ISC2",
                "2024-02-02",
                "2029-02-02",
            ),
            badge(
                "amara", "CompTIA Network+ ce Certification", "CompTIA", "2020-08-08", "2023-08-08"
            ),
        ],
    )
    resumes.append(
        Resume(
            "Amara Okafor\nSecurity Analyst · amara.okafor@example.com\n\nCertifications\n"
            "CompTIA Security+, CompTIA, 2023\n"
            "CISSP – Certified Information Systems Security Professional, ISC2, 2024\n"
            "CompTIA Network+, CompTIA, 2020\n",
            links=("https://www.credly.com/users/amara-okafor",),
        )
    )
    credly(
        "lbecker",
        "Lena Brandt",
        [
            badge(
                "lena",
                "CKA: Certified Kubernetes Administrator",
                "The Linux Foundation",
                "2024-05-05",
                "2029-05-05",
            ),
            badge(
                "lena",
                "HashiCorp Certified: Vault Associate (002)",
                "HashiCorp",
                "2024-06-06",
                "2029-06-06",
            ),
        ],
    )
    resumes.append(
        Resume(
            "Lukas Becker\nPlatform Engineer · lukas.becker@example.de\n"
            "credly.com/users/lbecker\n\nCertifications\n"
            "Certified Kubernetes Administrator (CKA), The Linux Foundation, 2024\n"
            "HashiCorp Certified: Vault Associate, HashiCorp, 2024\n"
        )
    )
    world.certmetrics[("amazon", "S0F1AR0SS1ABCDEF")] = certmetrics_record(
        ("Sofia", "Rossi"),
        "AWS Certified Solutions Architect - Professional",
        "2024-06-01",
        "2027-06-01",
    )
    world.certmetrics[("amazon", "5f0e1d2c3b4a59687786a5b4c3d2e1f0")] = certmetrics_record(
        ("Sofia", "Rossi"),
        "AWS Certified SysOps Administrator - Associate",
        "2020-02-01",
        "2023-02-01",
    )
    resumes.append(
        Resume(
            "Sofia Rossi\nSite Reliability Engineer · sofia.rossi@example.it\n\nCertifications\n"
            "AWS Certified Solutions Architect – Professional, Amazon Web Services, 2024 — "
            "Validation Number: S0F1AR0SS1ABCDEF\n"
            "AWS Certified SysOps Administrator – Associate, Amazon Web Services, 2020 — "
            "Validation Number: 5f0e1d2c3b4a59687786a5b4c3d2e1f0\n"
        )
    )
    credly("tom-nguyen", "Tom Nguyen", [], private=frozenset({"tom-nguyen"}))
    world.certmetrics[("amazon", "T0MNGUYEN0000001")] = certmetrics_record(
        ("Tom", "Nguyen"), "AWS Certified Data Engineer - Associate", "2024-09-01", "2027-09-01"
    )
    world.coursera["TNGY12345678"] = coursera_page(
        "TNGY12345678",
        ("Tom", "Nguyen"),
        "Deep Learning Specialization",
        ("DeepLearning.AI", "DeepLearning.AI"),
    )
    resumes.append(
        Resume(
            "Tom Nguyen\nML Engineer · tom.nguyen@example.com\ncredly.com/users/tom-nguyen\n\n"
            "Certifications\n"
            "AWS Certified Data Engineer – Associate, Amazon Web Services, 2024 — Validation "
            "Number: T0MNGUYEN0000001\n"
            "Deep Learning Specialization — "
            "https://www.coursera.org/verify/specialization/TNGY12345678\n"
            "Certified Kubernetes Administrator (CKA), The Linux Foundation, 2023\n"
        )
    )
    return world, resumes
