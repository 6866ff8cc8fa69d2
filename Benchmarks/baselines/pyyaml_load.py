#!/usr/bin/env python3
"""The PyYAML baseline: load every file listed (one path a line) with PyYAML's C loader, as a Python tool would.

    python3 pyyaml_load.py FILES.list

Exits 2 with a message when PyYAML or its libyaml binding (CSafeLoader) is missing.
"""
import sys

try:
    import yaml
    from yaml import CSafeLoader
except ImportError:
    sys.exit("PyYAML with libyaml (CSafeLoader) is missing: apt-get install python3-yaml, or pip install pyyaml")

with open(sys.argv[1], encoding="utf-8") as listing:
    paths = [line.strip() for line in listing if line.strip()]
documents = 0
for path in paths:
    with open(path, "rb") as handle:
        if yaml.load(handle, Loader=CSafeLoader) is not None:
            documents += 1
print(f"{documents} documents")
