#!/usr/bin/env bash
# EmrDsl beside AWS CDK and CDK for Terraform on the same clusters, in one interleaved run (called by bench/run.sh peers).
# Usage: peers/run.sh BENCH_DLL EMRDSL_DLL PACKAGE_DIR CLI_DLL OUT SIZES REPS
# Per size and round, one process at a time, in this order: EmrDsl's synthetic project built without and with the
# generator (clean builds, analyzers off, as bench/run.sh build), the same two builds through the compiler server, then
# cdk (default), cdk without validation, cdktf. Wall clock of each whole process; the node peers also print their own
# synth-only time.
# The compiler server is the SDK's default on a developer machine (this machine turns it off with
# UseSharedCompilation=false, so the other builds start a compiler process each): there the compiler, the generator and
# the DSL are compiled by the JIT once per server, not per build. It is started once and warmed with three builds of
# each variant and size; the generator keeps nothing from one build's syntax trees to the next (GeneratorCaches), so
# every timed build evaluates every definition again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bench_dll="$1" emrdsl_dll="$2" package_dir="$3" cli_dll="$4" out="$5" sizes="$6" reps="$7"
mkdir -p "$out"

for peer in cdk cdktf; do (cd "$here/$peer" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); done
echo "peers: aws-cdk-lib $(node -p "require('$here/cdk/node_modules/aws-cdk-lib/package.json').version"), cdktf $(node -p "require('$here/cdktf/node_modules/cdktf/package.json').version"), @cdktf/provider-aws $(node -p "require('$here/cdktf/node_modules/@cdktf/provider-aws/package.json').version"), node $(node --version)"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
clean_build() { rm -rf "$1/obj/Release" "$1/bin"; dotnet build "$1" -c Release --no-restore -nologo -v:q -clp:ErrorsOnly "${@:2}"; }
plain=(-p:UseEmrDslGenerator=false -p:UseEmrDslAnalyzers=false)
generator=(-p:UseEmrDslAnalyzers=false)
server=(-p:UseSharedCompilation=true)
median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
range() { sort -n | awk 'NR==1{lo=$1} {hi=$1} END{printf "%.2f-%.2f", lo, hi}'; }

for n in ${sizes//,/ }; do
  dir="$out/peers-synthetic-$n"
  rm -rf "$dir"
  dotnet "$bench_dll" write-project "$n" "$dir" "$emrdsl_dll" "$package_dir/EmrDsl.Generators.dll" "$package_dir/EmrDsl.Analyzers.dll"
  dotnet restore "$dir" -v:q -nologo >/dev/null
  clean_build "$dir" -p:UseEmrDslAnalyzers=false >/dev/null  # untimed warm-up
  rm -rf "$out/peers-emrdsl-$n"
  dotnet "$cli_dll" export "$dir/bin/Release/net10.0/Synthetic.dll" --out "$out/peers-emrdsl-$n" >/dev/null
  (cd "$here/cdk" && node synth.js "$n" "$out/peers-cdk-$n" >/dev/null)
  (cd "$here/cdktf" && node synth.js "$n" "$out/peers-cdktf-$n" >/dev/null)
  node "$here/check.js" "$n" "$out/peers-cdk-$n" "$out/peers-cdktf-$n" "$out/peers-emrdsl-$n"
  for variant in plain generator server-plain server-generator cdk cdk-no-validation cdktf cdktf-synth; do : > "$out/peers-$variant-$n.txt"; done
done

dotnet build-server shutdown >/dev/null 2>&1 || true
for _ in 1 2 3; do
  for n in ${sizes//,/ }; do
    clean_build "$out/peers-synthetic-$n" "${plain[@]}" "${server[@]}" >/dev/null
    clean_build "$out/peers-synthetic-$n" "${generator[@]}" "${server[@]}" >/dev/null
  done
done

for _ in $(seq "$reps"); do
  for n in ${sizes//,/ }; do
    dir="$out/peers-synthetic-$n"
    seconds clean_build "$dir" "${plain[@]}" >> "$out/peers-plain-$n.txt"
    seconds clean_build "$dir" "${generator[@]}" >> "$out/peers-generator-$n.txt"
    seconds clean_build "$dir" "${plain[@]}" "${server[@]}" >> "$out/peers-server-plain-$n.txt"
    seconds clean_build "$dir" "${generator[@]}" "${server[@]}" >> "$out/peers-server-generator-$n.txt"
    (cd "$here/cdk" && seconds node synth.js "$n" "$out/peers-cdk-$n") >> "$out/peers-cdk-$n.txt"
    (cd "$here/cdk" && seconds node synth.js "$n" "$out/peers-cdk-$n" --no-validation) >> "$out/peers-cdk-no-validation-$n.txt"
    start=$(date +%s.%N)
    line=$(cd "$here/cdktf" && node synth.js "$n" "$out/peers-cdktf-$n")
    end=$(date +%s.%N)
    echo "$end - $start" | bc >> "$out/peers-cdktf-$n.txt"
    node -p "JSON.parse(process.argv[1]).synth_ms / 1000" "$line" >> "$out/peers-cdktf-synth-$n.txt"
  done
done
dotnet build-server shutdown >/dev/null 2>&1 || true

m() { median < "$out/peers-$1-$n.txt"; }
r() { range < "$out/peers-$1-$n.txt"; }
# "plain (range) | generator (range) | overhead | ratio" of the builds named $1 and $2, at size $n.
builds() {
  local plain generator
  plain=$(m "$1") generator=$(m "$2")
  printf "%.2f (%s) | %.2f (%s) | %.2f | %.2f" "$plain" "$(r "$1")" "$generator" "$(r "$2")" "$(echo "$generator - $plain" | bc)" "$(echo "scale=3; $generator / $plain" | bc)"
}
# Whether the generator's overhead in the builds named $1 and $2 is below cdktf's whole process, at size $n.
below_cdktf() { echo "$(m "$2") - $(m "$1") < $(m cdktf)" | bc | sed 's/1/yes/;s/0/no/'; }

echo
echo "| definitions | EmrDsl plain build (s) | + generator (s) | generator overhead (s) | generator ratio | cdk, default (s) | cdk, no validation (s) | cdktf (s) | cdktf app.synth() only (s) | overhead below cdktf |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for n in ${sizes//,/ }; do
  printf "| %s | %s | %.2f (%s) | %.2f (%s) | %.2f (%s) | %.2f | %s |\n" "$n" "$(builds plain generator)" "$(m cdk)" "$(r cdk)" \
    "$(m cdk-no-validation)" "$(r cdk-no-validation)" "$(m cdktf)" "$(r cdktf)" "$(m cdktf-synth)" "$(below_cdktf plain generator)"
done

echo
echo "The same builds through the compiler server:"
echo
echo "| definitions | EmrDsl plain build, compiler server (s) | + generator, compiler server (s) | generator overhead (s) | generator ratio | cdktf (s) | overhead below cdktf |"
echo "|---:|---:|---:|---:|---:|---:|---|"
for n in ${sizes//,/ }; do
  printf "| %s | %s | %.2f (%s) | %s |\n" "$n" "$(builds server-plain server-generator)" "$(m cdktf)" "$(r cdktf)" "$(below_cdktf server-plain server-generator)"
done
