"""Stage 1: read data/*.yml and the pages' reference markers into typed, located values."""
