#!/usr/bin/env bash
# Reproducible EmrDsl benchmarks. Usage: bench/run.sh [generator|build|all]   (default: all)
#   generator  in-memory generator timings for 10, 100 and 1,000 definitions (cold, warm, incremental)
#   build      `dotnet build` of a synthetic project with and without the generator (and analyzers when
#              src/EmrDsl.Analyzers exists), plus the -p:ReportAnalyzer=true summary
# Environment: EMRDSL_BENCH_SIZES (default 10,100,1000), EMRDSL_BENCH_REPS (default 3),
#              EMRDSL_BENCH_BUILD_SIZES (default 100,1000). Results go to bench/out/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
what="${1:-all}"
sizes="${EMRDSL_BENCH_SIZES:-10,100,1000}"
reps="${EMRDSL_BENCH_REPS:-3}"
build_sizes="${EMRDSL_BENCH_BUILD_SIZES:-100,1000}"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB RAM, SDK $(dotnet --version)" | tee "$out/machine.txt"

dotnet build "$root/bench/EmrDsl.Benchmarks" -c Release -v:q -nologo | tail -n 3
bench_dll="$root/bench/EmrDsl.Benchmarks/bin/Release/net10.0/EmrDsl.Benchmarks.dll"
emrdsl_dll="$root/bench/EmrDsl.Benchmarks/bin/Release/net10.0/EmrDsl.dll"
generator_dll="$root/src/EmrDsl.Generators/bin/Release/netstandard2.0/EmrDsl.Generators.dll"

if [[ "$what" == generator || "$what" == all ]]; then
  dotnet "$bench_dll" generator "$sizes" "$reps" | tee "$out/generator.md"
fi

# Wall-clock seconds of one clean build (obj/bin removed, packages already restored).
build_once() {
  local dir="$1"; shift
  rm -rf "$dir/obj/Release" "$dir/bin"
  local start end
  start=$(date +%s.%N)
  dotnet build "$dir" -c Release --no-restore -nologo -v:q -clp:ErrorsOnly "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

if [[ "$what" == build || "$what" == all ]]; then
  analyzers_dll=""
  if [[ -d "$root/src/EmrDsl.Analyzers" ]]; then
    dotnet build "$root/src/EmrDsl.Analyzers" -c Release -v:q -nologo | tail -n 1
    analyzers_dll="$(ls "$root"/src/EmrDsl.Analyzers/bin/Release/netstandard2.0/EmrDsl.Analyzers.dll)"
  fi
  echo "| definitions | plain build (s) | + analyzers (s) | + analyzers + generator (s) | generator ratio | analyzer share of build |" | tee "$out/build.md"
  echo "|---:|---:|---:|---:|---:|---:|" | tee -a "$out/build.md"
  for n in ${build_sizes//,/ }; do
    dir="$out/synthetic-$n"
    rm -rf "$dir"
    dotnet "$bench_dll" write-project "$n" "$dir" "$emrdsl_dll" "$generator_dll" "$analyzers_dll"
    dotnet restore "$dir" -v:q -nologo >/dev/null
    # One untimed build first, so the compiler server and disk caches are warm for every variant.
    dotnet build "$dir" -c Release --no-restore -nologo -v:q >/dev/null
    # Alternate the variants so a busy machine slows all of them alike; report medians of $reps.
    : > "$out/plain-$n.txt"; : > "$out/analyzers-$n.txt"; : > "$out/all-$n.txt"
    for _ in $(seq "$reps"); do
      build_once "$dir" -p:UseEmrDslGenerator=false -p:UseEmrDslAnalyzers=false >> "$out/plain-$n.txt"
      build_once "$dir" -p:UseEmrDslGenerator=false >> "$out/analyzers-$n.txt"
      build_once "$dir" >> "$out/all-$n.txt"
    done
    plain=$(median < "$out/plain-$n.txt")
    analyzers=$(median < "$out/analyzers-$n.txt")
    all=$(median < "$out/all-$n.txt")
    echo "| $n | $(printf %.2f "$plain") | $(printf %.2f "$analyzers") | $(printf %.2f "$all") | $(echo "scale=2; $all / $analyzers" | bc) | $(echo "scale=1; 100 * ($analyzers - $plain) / $analyzers" | bc)% |" | tee -a "$out/build.md"
    # Per-analyzer (and generator) time as the compiler reports it.
    rm -rf "$dir/obj/Release" "$dir/bin"
    dotnet build "$dir" -c Release --no-restore -nologo -v:d -p:ReportAnalyzer=true > "$out/report-analyzer-$n.log"
    grep -E "Total (analyzer|generator) execution time|^ +[0-9.]+ +[0-9<]+ +EmrDsl\.(Analyzers|Generators)" "$out/report-analyzer-$n.log" | sed 's/^ *//' > "$out/report-analyzer-$n.txt" || true
    cat "$out/report-analyzer-$n.txt"
  done
fi
