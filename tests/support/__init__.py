"""Fixtures and helpers of one test area each, loaded as pytest plugins by tests/conftest.py."""
