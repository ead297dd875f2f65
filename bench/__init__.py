"""Benchmarks: alignment quality against gold pairs (quality.py) and the baselines it compares."""
