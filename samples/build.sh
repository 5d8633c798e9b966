#!/usr/bin/env bash
# Packs EmrDsl from this repository into artifacts/feed and builds the sample against it the way a user's
# repository does (PackageReference by version through nuget.config), then shows what the build reported and
# the artifact files it wrote. Safe to run again: the feed and the sample's package folder are refreshed.
# Extra arguments go to `dotnet build` (for example -warnaserror).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
sample="$repo/samples/src/Acme.DataPlatform"
emr="$repo/samples/artifacts/emr"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/Directory.Build.props" | head -n 1)
echo "== Packing EmrDsl $version into artifacts/feed"
rm -f "$repo/artifacts/feed/EmrDsl.$version.nupkg"
dotnet pack "$repo/src/EmrDsl/EmrDsl.csproj" -c Release -o "$repo/artifacts/feed" -v:quiet -nologo

# The same version is packed on every run: drop the copy an earlier run restored so this one is used.
rm -rf "$repo/artifacts/packages/emrdsl/$version"

echo "== Building samples/src/Acme.DataPlatform (diagnostics below)"
dotnet restore "$sample" -p:EmrDslVersion="$version" --force -v:quiet
set +e
dotnet build "$sample" -c Release --no-restore -p:EmrDslVersion="$version" -v:minimal -clp:NoSummary "$@"
status=$?
set -e
if [ "$status" -ne 0 ]; then
  echo "== Build failed (exit $status)"
  exit "$status"
fi

echo "== Artifacts in samples/artifacts/emr"
ls -l "$emr"
for file in "$emr"/*.json; do
  echo "--- $(basename "$file")"
  cat "$file"
done

echo "== Rule showcase: deliberately flawed definitions, every rule reported at its call"
showcase="$repo/samples/src/Acme.DataPlatform.RuleShowcase"
dotnet restore "$showcase" -p:EmrDslVersion="$version" --force -v:quiet
{ dotnet build "$showcase" -c Release --no-restore -p:EmrDslVersion="$version" -v:minimal -clp:NoSummary || true; } \
  | sed -n 's#^.*/\(Flawed[A-Za-z]*\.cs([0-9,]*)\): \(.*\) \[.*$#  \1: \2#p' | sort -u

echo "== EMR Serverless requests (dotnet run)"
dotnet run --project "$sample" -c Release --no-build
