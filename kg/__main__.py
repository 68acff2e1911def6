"""``python -m kg`` is the ``policykg`` command."""

from kg.cli import app

app(prog_name="policykg")
