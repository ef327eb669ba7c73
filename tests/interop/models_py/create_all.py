"""Runs metadata.create_all() of a models.py with the system's SQLAlchemy.

usage: create_all.py MODELS_PY URL
The module's Base.metadata is used (or a module-level `metadata`).
"""
import importlib.util
import sys

import sqlalchemy as sa


def main():
    path, url = sys.argv[1], sys.argv[2]
    spec = importlib.util.spec_from_file_location("models_under_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    metadata = module.Base.metadata if hasattr(module, "Base") else module.metadata
    engine = sa.create_engine(url)
    metadata.create_all(engine)
    engine.dispose()
    print(sa.__version__)


if __name__ == "__main__":
    main()
