"""Build step beyond pyproject.toml: the wheel carries the pre-built policy bundle.

``build_py`` copies the package (the policy YAML included), then writes
``shebao_desktop/core/policy/policy-data.bundle`` from that copy with
``python -m shebao_desktop.core.policy.bundle`` (every file checked by the schema: a bad
policy file fails the build). The program loads the bundle instead of parsing and checking the
YAML at each start, as long as the YAML is unchanged (core/policy/bundle.py). An editable
install reads the YAML in place and keeps its bundle in the user's cache folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLE = Path("shebao_desktop", "core", "policy", "policy-data.bundle")


class build_py_with_policy_bundle(build_py):  # noqa: N801 - setuptools' command naming
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        build_lib = Path(self.build_lib).resolve()
        # build_lib first, the rest kept: pip's isolated build environment reaches its build
        # requirements (PyYAML, pydantic) through PYTHONPATH too
        kept = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
        path = [str(build_lib)] + kept
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(path))
        subprocess.run([sys.executable, "-m", "shebao_desktop.core.policy.bundle",
                        str(build_lib / BUNDLE)], cwd=build_lib, env=env, check=True)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if not getattr(self, "editable_mode", False):
            outputs.append(str(Path(self.build_lib) / BUNDLE))
        return outputs


setup(cmdclass={"build_py": build_py_with_policy_bundle})
