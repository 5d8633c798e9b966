#!/usr/bin/env bash
# Installs what the tests need beyond the SDK, from the registries only; safe to run again.
# The repository-local dotnet tools (.config/dotnet-tools.json): csharp-ls, the language server the editor tests drive.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
dotnet tool restore
