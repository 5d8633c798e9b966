#!/usr/bin/env bash
# The test command: the install steps (tests/install.sh, when the repository has one), then every test of the solution.
# Arguments go to dotnet test, e.g. bash tests/run.sh --filter FullyQualifiedName~Corpus
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f tests/install.sh ]; then
  bash tests/install.sh
fi
dotnet test EmrDsl.sln -c Release "$@"
