"""Builders and fakes shared by the tests and the benches: domain objects (``factories``), sample
reports, an issuer that signs verifiable credentials, a Credly sandbox, a live server in a thread
and a throwaway PostgreSQL database.

Not product code: nothing in ``extractors``, ``verifiers``, ``reports`` or ``service`` imports
it, and it imports nothing from ``tests`` (``tests/test_architecture.py`` checks both), so a
bench never reaches into the test tree.
"""
