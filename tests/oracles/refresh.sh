#!/usr/bin/env bash
# Refreshes the oracle copies in tests/oracles from the upstream oracles in ../shared beside the repository root.
# The transform (service models without documentation strings, every other file byte for byte) is the one the copy
# check applies: tests/EmrDsl.Testing/Oracles/OracleCopies.cs, run here in its refresh mode. Running it twice changes nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
upstream=$(cd .. && pwd)/shared
if [ ! -d "$upstream" ]; then
  echo "refresh.sh: no upstream oracles at $upstream; put ../shared beside the repository root first." >&2
  exit 2
fi
EMRDSL_REFRESH_ORACLES=1 dotnet test tests/EmrDsl.Tests/EmrDsl.Tests.csproj -c Release --nologo \
  --filter "FullyQualifiedName=EmrDsl.Tests.Oracles.OracleCopyTests.The_copies_in_tests_oracles_match_the_upstream"
git status --short -- tests/oracles
