"""Renderers of a Report and of a corpus run (exit codes and fail-on: `driftcheck.policy`)."""
