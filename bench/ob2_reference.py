"""credlens beside 1EdTech's reference validator on the same Open Badges 2.0 fixtures.

Runs the reference validator (PyPI ``openbadges``, openbadges-validator-core) and credlens's
``OpenBadges2Verifier`` on every OB 2.0 case of ``tests/verifiers/fixtures/ob2`` (hosted
assertions, signed JWS, a baked PNG), each with its issuer's files served offline from the
fixtures — ``responses`` fakes the web for the reference, ``respx`` for credlens — and prints an
agreement table with the median wall time of each.

"valid" for the reference means ``report.valid`` with the expected recipient
``nobody@example.org`` passed as its recipient profile; for credlens it means ``verified``.

The reference needs 2020-era dependencies (python-jose 3.0, pycryptodome 3.6 do not import on
Python ≥ 3.10), so it runs in its own virtual environment under an older Python:

    python3.7 -m venv /tmp/obref37 && /tmp/obref37/bin/pip install openbadges responses
    .venv/bin/python bench/ob2_reference.py [--reference-python /tmp/obref37/bin/python]
        [--rounds 5]

Known differences (the upstream column is what 1EdTech's Java validator's tests expect):

- ``*-invalid-*starts-with``: the Python reference accepts an assertion outside the issuer's
  ``verification.startsWith``; credlens and the Java validator reject it.
- extension cases: the reference fetches each extension's JSON schema
  (openbadgespec.org/extensions/…/schema.json), which the fixtures do not include, so it fails
  offline; credlens does not validate extension schemas (``extension-node-invalid`` is the one
  case where credlens differs from upstream).
- ``assertion-with-endorsements``: the reference crashes ("TODO: handle complex node paths!").
- ``warning-issuer-non-http``: the reference tries to fetch the ``urn:uuid`` issuer id.
- revocation: credlens reports ``revoked`` where the reference says only "invalid".

The same file is the reference-side runner (``--reference-side``): that path imports only the
standard library, ``openbadges`` and ``responses``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "verifiers" / "fixtures" / "ob2" / "dcpv"
CONTEXTS = REPO / "verifiers" / "contexts"
RECIPIENT_EMAIL = "nobody@example.org"
ASSET_URL = r"^https?://example\.org/([^/?#]+)$"
DEFAULT_REFERENCE_PYTHON = "/tmp/obref37/bin/python"

#: (file, kind, what upstream says): kind is "url" (served at its id), "jws" or "png".
CASES: list[tuple[str, str, str]] = [
    ("basic-assertion.json", "url", "valid"),
    ("basic-assertion-with-language.json", "url", "valid"),
    ("basic-assertion-no-public-key.json", "url", "valid"),
    ("basic-assertion-with-allowed-origins.json", "url", "valid"),
    ("basic-assertion-with-allowed-origins-valid-starts-with.json", "url", "valid"),
    ("basic-assertion-with-allowed-origins-valid-multiple-starts-with.json", "url", "valid"),
    ("basic-assertion-with-allowed-origins-invalid-starts-with.json", "url", "invalid"),
    ("basic-assertion-with-allowed-origins-invalid-multiple-starts-with.json", "url", "invalid"),
    ("basic-assertion-expired.json", "url", "invalid"),
    ("basic-assertion-expired-before-issued.json", "url", "invalid"),
    ("basic-assertion-in-future.json", "url", "invalid"),
    ("basic-assertion-invalid-context.json", "url", "invalid"),
    ("basic-assertion-invalid-type.json", "url", "invalid"),
    ("assertion-with-data-image.json", "url", "invalid"),
    ("assertion-with-endorsements.json", "url", "valid"),
    ("assertion-with-extension-node-basic.json", "url", "valid"),
    ("assertion-with-extension-node-invalid.json", "url", "invalid"),
    ("assertion-with-multiple-extensions.json", "url", "valid"),
    ("warning-issuer-non-http.json", "url", "valid"),
    ("warning-with-redirection.json", "url", "valid"),
    ("simple.jwt", "jws", "valid"),
    ("simple-not-revoked.jwt", "jws", "valid"),
    ("simple-revoked.jwt", "jws", "invalid"),
    ("simple-badge.png", "png", "valid"),
]

_TRAILING_COMMENT = re.compile(r"(?<=[,{\[])[ \t]*//[^\n]*")


def read_json(path: Path) -> Any:
    return json.loads(_TRAILING_COMMENT.sub("", path.read_text(encoding="utf-8")))


def case_routes(name: str, kind: str) -> tuple[str, dict[str, str]]:
    """The input handed to a validator and the URL → body routes it needs beyond the assets."""
    path = FIXTURES / name
    if kind == "url":
        assertion = read_json(path)
        return assertion["id"], {assertion["id"]: json.dumps(assertion)}
    if kind == "jws":
        return path.read_text(encoding="utf-8").strip(), {}
    return str(path), {
        "https://example.org/beths-robotics-badge.json": json.dumps(
            read_json(FIXTURES / "basic-assertion.json")
        )
    }


def asset_body(url: str) -> str | None:
    """An asset at its example.org URL; nodes whose id drops ``.json`` are found there too."""
    match = re.match(ASSET_URL, url)
    if match is None:
        return None
    for name in (match.group(1), match.group(1) + ".json"):
        path = FIXTURES / "assets" / name
        if path.is_file():
            return json.dumps(read_json(path))
    return None


def context_bodies() -> dict[str, str]:
    mapping: dict[str, str] = json.loads((CONTEXTS / "CONTEXT_MAP.json").read_text())
    return {url: (CONTEXTS / name).read_text(encoding="utf-8") for url, name in mapping.items()}


# -- the reference side (runs under the reference venv's Python) --------------------------


def run_reference(rounds: int) -> None:
    """Verify every case with openbadges-validator-core; prints JSON results on stdout."""
    import openbadges  # type: ignore[import-not-found]
    import responses  # type: ignore[import-not-found]

    contexts = context_bodies()
    results: dict[str, Any] = {}
    for name, kind, _upstream in CASES:
        badge_input, routes = case_routes(name, kind)

        def answer(
            request: Any, routes: dict[str, str] = routes
        ) -> tuple[int, dict[str, str], str]:
            url = request.url
            body = routes.get(url) or contexts.get(url) or asset_body(url)
            if body is None:
                return 404, {}, "not found"
            return 200, {"Content-Type": "application/ld+json"}, body

        times: list[float] = []
        report: dict[str, Any] = {}
        crash = ""
        for _ in range(rounds):
            with responses.RequestsMock(assert_all_requests_are_fired=False) as web:
                web.add_callback(responses.GET, re.compile(r"https?://.*"), callback=answer)
                started = time.perf_counter()
                try:
                    if kind == "png":
                        with open(badge_input, "rb") as image:
                            result = openbadges.verify(
                                image, recipient_profile={"email": RECIPIENT_EMAIL}, use_cache=False
                            )
                    else:
                        result = openbadges.verify(
                            badge_input,
                            recipient_profile={"email": RECIPIENT_EMAIL},
                            use_cache=False,
                        )
                    report = result["report"]
                except Exception as error:  # the reference has unfinished code paths
                    crash = f"crashed: {type(error).__name__}: {error}"
                times.append(time.perf_counter() - started)
        errors = [
            message.get("result", "")
            for message in report.get("messages", [])
            if message.get("messageLevel") == "ERROR"
        ]
        results[name] = {
            "valid": bool(report.get("valid")) and not crash,
            "detail": (crash or "; ".join(str(error) for error in errors))[:160],
            "seconds": statistics.median(times),
        }
    print(json.dumps(results))


# -- the credlens side --------------------------------------------------------------------


def run_credlens(rounds: int) -> dict[str, Any]:
    import asyncio

    import httpx
    import respx

    from extractors import Candidate, Claim, ClaimOrigin, Source
    from verifiers import unbake
    from verifiers.http import HttpPolicy, create_client
    from verifiers.openbadges2 import OpenBadges2Verifier

    contexts = context_bodies()
    verifier = OpenBadges2Verifier()
    candidate = Candidate(emails=(RECIPIENT_EMAIL,))

    async def verify_all() -> dict[str, Any]:
        results: dict[str, Any] = {}
        async with create_client(HttpPolicy()) as client:
            for name, kind, _upstream in CASES:
                badge_input, routes = case_routes(name, kind)

                def answer(
                    request: httpx.Request, routes: dict[str, str] = routes
                ) -> httpx.Response:
                    url = str(request.url)
                    body = routes.get(url) or contexts.get(url) or asset_body(url)
                    if body is None:
                        return httpx.Response(404, text="not found")
                    return httpx.Response(
                        200, text=body, headers={"content-type": "application/ld+json"}
                    )

                if kind == "url":
                    claim = Claim(id=name, title=name, url=badge_input)
                else:
                    payload = (
                        unbake(Path(badge_input).read_bytes()).payload
                        if kind == "png"
                        else badge_input
                    )
                    claim = Claim(
                        id=name,
                        title=name,
                        payload=payload,
                        source=Source(origin=ClaimOrigin.CREDENTIAL),
                    )
                times: list[float] = []
                with respx.mock(assert_all_called=False) as web:
                    web.get(url__regex=r"^https?://.*").mock(side_effect=answer)
                    for _ in range(rounds):
                        started = time.perf_counter()
                        verification = await verifier.verify(claim, candidate, client)
                        times.append(time.perf_counter() - started)
                failed = [c.detail for c in verification.checks if c.status == "failed"]
                results[name] = {
                    "verdict": verification.verdict.value,
                    "detail": "; ".join(failed)[:160],
                    "seconds": statistics.median(times),
                }
        return results

    return asyncio.run(verify_all())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference-python", default=DEFAULT_REFERENCE_PYTHON)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--reference-side", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.reference_side:
        run_reference(args.rounds)
        return

    completed = subprocess.run(
        [
            args.reference_python,
            str(Path(__file__).resolve()),
            "--reference-side",
            "--rounds",
            str(args.rounds),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        sys.exit(f"the reference validator failed:\n{completed.stderr[-2000:]}")
    reference = json.loads(completed.stdout.strip().splitlines()[-1])
    ours = run_credlens(args.rounds)

    header = (
        f"{'case':<70} {'upstream':<8} {'reference':<9} {'credlens':<11} "
        "=ref =upstream  ref ms  ours ms"
    )
    print(header)
    print("-" * len(header))
    agreed = agreed_upstream = 0
    for name, _kind, upstream in CASES:
        ref, mine = reference[name], ours[name]
        ref_word = "valid" if ref["valid"] else "invalid"
        verified = mine["verdict"] == "verified"
        agrees = ref["valid"] == verified
        agrees_upstream = (upstream == "valid") == verified
        agreed += agrees
        agreed_upstream += agrees_upstream
        print(
            f"{name:<70} {upstream:<8} {ref_word:<9} {mine['verdict']:<11} "
            f"{'yes' if agrees else 'NO':<4} {'yes' if agrees_upstream else 'NO':<9} "
            f"{ref['seconds'] * 1000:7.1f} {mine['seconds'] * 1000:8.1f}"
        )
    ref_total = sum(ref["seconds"] for ref in reference.values()) * 1000
    our_total = sum(mine["seconds"] for mine in ours.values()) * 1000
    print("-" * len(header))
    print(
        f"credlens agrees with the reference validator on {agreed}/{len(CASES)} cases and with "
        f"the upstream expected result (1EdTech's Java test suite) on {agreed_upstream}/"
        f"{len(CASES)}.\nTotal of the median times: reference {ref_total:.0f} ms, credlens "
        f"{our_total:.0f} ms (rounds={args.rounds}, issuers served from memory)."
    )
    disagreements = [
        (name, reference[name], ours[name])
        for name, _kind, _upstream in CASES
        if reference[name]["valid"] != (ours[name]["verdict"] == "verified")
    ]
    for name, ref, mine in disagreements:
        print(f"\n{name}\n  reference: {ref['detail'] or 'valid'}\n  credlens:  {mine['detail']}")


if __name__ == "__main__":
    main()
