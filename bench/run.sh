#!/usr/bin/env bash
# Reproducible EmrDsl benchmarks. Usage: bench/run.sh [generator|styles|analyzers|caches|build|report|lsp|jit|peers|all]   (default: all)
#   generator  in-memory generator timings for 10, 100 and 1,000 definitions (cold, warm, incremental)
#   styles     the same clusters written with a shared base and with a helper (parameters, settings record, loop of steps)
#   analyzers  in-memory analyzer timings after the generator, for the build sizes
#   caches     what each process-wide cache of the generator (GeneratorCaches) hits, misses and saves, per phase
#   build      `dotnet build` of a synthetic project: plain, with the generator's output compiled as ordinary files,
#              with the generator, with the generator and analyzers; then the report below
#   report     only the -p:ReportAnalyzer=true builds: the compiler's own generator and analyzer times
#   lsp        csharp-ls (the repository's local tool) on synthetic projects with and without EmrDsl: open to
#              diagnostics, edit to an EMR finding and to a compiler error
#   jit        the methods the JIT compiles for the generator in a fresh compiler process: one clean build of the
#              synthetic project with it and one without, every method the runtime compiles listed
#              (DOTNET_JitDisasmSummary), the two lists compared as sets
#   peers      EmrDsl's build with and without the generator (in fresh compiler processes and through the compiler
#              server) beside AWS CDK and CDK for Terraform describing the same clusters (bench/peers: pinned npm
#              versions, installed with npm ci), interleaved, with a correctness check first
# Environment: EMRDSL_BENCH_SIZES (default 10,100,1000), EMRDSL_BENCH_REPS (default 3),
#              EMRDSL_BENCH_BUILD_SIZES (default 100,1000), EMRDSL_BENCH_LSP_SIZES (default 100,1000),
#              EMRDSL_BENCH_PEER_SIZES (default 10,100,1000), EMRDSL_BENCH_COMPONENTS (package: what the package gives
#              this host's compiler, the default; il: the IL-only copies everywhere). Results go to bench/out/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
what="${1:-all}"
sizes="${EMRDSL_BENCH_SIZES:-10,100,1000}"
reps="${EMRDSL_BENCH_REPS:-3}"
build_sizes="${EMRDSL_BENCH_BUILD_SIZES:-100,1000}"
lsp_sizes="${EMRDSL_BENCH_LSP_SIZES:-100,1000}"
peer_sizes="${EMRDSL_BENCH_PEER_SIZES:-10,100,1000}"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The generator and analyzers as the package gives them to this host (build/EmrDsl.targets): for a build ($1 = build)
# ReadyToRun images where the compiler runs on .NET 10 on linux-x64; for an editor ($1 = editor), elsewhere, or with
# EMRDSL_BENCH_COMPONENTS=il the IL-only copies. Prints the folder holding both (the analyzers load only beside the
# generator, as in the package).
components_dir() {
  local rid
  rid=$(dotnet --info | awk '/^ *RID:/{print $2; exit}')
  if [[ "$1" == build && "${EMRDSL_BENCH_COMPONENTS:-package}" != il && "$rid" == linux-x64 && "$(dotnet --version)" == 10.* ]]; then
    dotnet publish "$root/src/EmrDsl.ReadyToRun" -c Release -v:q -nologo >&2
    echo "components: the package's ReadyToRun images (linux-x64, .NET 10)" >&2
    echo "$root/src/EmrDsl.ReadyToRun/bin/Release/net10.0/linux-x64/publish"
  else
    dotnet build "$root/src/EmrDsl.Analyzers" -c Release -v:q -nologo >&2
    echo "components: the IL-only copies" >&2
    echo "$root/src/EmrDsl.Analyzers/bin/Release/netstandard2.0"
  fi
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB RAM, SDK $(dotnet --version)" | tee "$out/machine.txt"

dotnet build "$root/bench/EmrDsl.Benchmarks" -c Release -v:q -nologo | tail -n 3
bench_dll="$root/bench/EmrDsl.Benchmarks/bin/Release/net10.0/EmrDsl.Benchmarks.dll"
emrdsl_dll="$root/bench/EmrDsl.Benchmarks/bin/Release/net10.0/EmrDsl.dll"

if [[ "$what" == generator || "$what" == all ]]; then
  dotnet "$bench_dll" generator "$sizes" "$reps" | tee "$out/generator.md"
fi

if [[ "$what" == caches || "$what" == all ]]; then
  dotnet "$bench_dll" caches "$build_sizes" | tee "$out/caches.md"
fi

if [[ "$what" == styles || "$what" == all ]]; then
  dotnet "$bench_dll" styles "$sizes" "$reps" | tee "$out/styles.md"
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

# The compiler's own per-analyzer and per-generator times (-p:ReportAnalyzer=true), in the package's configuration:
# $reps clean builds, medians of EmrDsl's generator and analyzer seconds, the build's elapsed time and the analyzers' share.
start_report() {
  echo "| definitions | generator (s) | EmrDsl analyzers (s) | build (s) | analyzers / build | each build's share |" > "$out/report-analyzer.md"
  echo "|---:|---:|---:|---:|---:|---|" >> "$out/report-analyzer.md"
}

report_analyzers() {
  local n="$1" dir="$2"
  : > "$out/report-analyzer-$n.txt"
  for rep in $(seq "$reps"); do
    rm -rf "$dir/obj/Release" "$dir/bin"
    dotnet build "$dir" -c Release --no-restore -nologo -v:d -p:ReportAnalyzer=true > "$out/report-analyzer-$n-$rep.log"
    local generator analyzers elapsed
    generator=$(grep -m1 -E '^ +[0-9.]+ +[0-9<]+ +EmrDsl\.Generators,' "$out/report-analyzer-$n-$rep.log" | awk '{print $1}')
    analyzers=$(grep -m1 -E '^ +[0-9.]+ +[0-9<]+ +EmrDsl\.Analyzers,' "$out/report-analyzer-$n-$rep.log" | awk '{print $1}')
    elapsed=$(grep -m1 'Time Elapsed' "$out/report-analyzer-$n-$rep.log" | awk -F'[ :]+' '{print $(NF-2)*3600 + $(NF-1)*60 + $NF}')
    echo "$generator $analyzers $elapsed $(echo "scale=2; 100 * $analyzers / $elapsed" | bc)" >> "$out/report-analyzer-$n.txt"
  done
  echo "| $n | $(cut -d' ' -f1 "$out/report-analyzer-$n.txt" | median) | $(cut -d' ' -f2 "$out/report-analyzer-$n.txt" | median) | $(cut -d' ' -f3 "$out/report-analyzer-$n.txt" | median) | $(cut -d' ' -f4 "$out/report-analyzer-$n.txt" | median) % | $(cut -d' ' -f4 "$out/report-analyzer-$n.txt" | sort -n | tr '\n' ' ')|" >> "$out/report-analyzer.md"
}

if [[ "$what" == analyzers || "$what" == all ]]; then
  dotnet "$bench_dll" analyzers "$build_sizes" "$reps" | tee "$out/analyzers.md"
fi

if [[ "$what" == build || "$what" == all ]]; then
  package_dir=$(components_dir build)
  start_report
  echo "| definitions | plain build (s) | + generated files compiled, no generator (s) | + generator (s) | + generator + analyzers (s) | generator ratio | of which compiling its output | analyzer share of build |" | tee "$out/build.md"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|" | tee -a "$out/build.md"
  for n in ${build_sizes//,/ }; do
    dir="$out/synthetic-$n"
    generated="$out/generated-$n"
    rm -rf "$dir" "$generated"
    dotnet "$bench_dll" write-project "$n" "$dir" "$emrdsl_dll" "$package_dir/EmrDsl.Generators.dll" "$package_dir/EmrDsl.Analyzers.dll"
    dotnet restore "$dir" -v:q -nologo >/dev/null
    # One untimed build first (warm disk caches), which also keeps the generator's output for the "generated files" variant.
    dotnet build "$dir" -c Release --no-restore -nologo -v:q -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$generated" >/dev/null
    # Alternate the variants so a busy machine slows all of them alike; report medians of $reps.
    for variant in plain pregenerated generator all; do : > "$out/$variant-$n.txt"; done
    for _ in $(seq "$reps"); do
      build_once "$dir" -p:UseEmrDslGenerator=false -p:UseEmrDslAnalyzers=false >> "$out/plain-$n.txt"
      build_once "$dir" -p:UseEmrDslGenerator=false -p:UseEmrDslAnalyzers=false -p:GeneratedSources="$generated" >> "$out/pregenerated-$n.txt"
      build_once "$dir" -p:UseEmrDslAnalyzers=false >> "$out/generator-$n.txt"
      build_once "$dir" >> "$out/all-$n.txt"
    done
    plain=$(median < "$out/plain-$n.txt")
    pregenerated=$(median < "$out/pregenerated-$n.txt")
    generator=$(median < "$out/generator-$n.txt")
    all=$(median < "$out/all-$n.txt")
    echo "| $n | $(printf %.2f "$plain") | $(printf %.2f "$pregenerated") | $(printf %.2f "$generator") | $(printf %.2f "$all") | $(echo "scale=2; $generator / $plain" | bc) | $(echo "scale=2; $pregenerated / $plain" | bc) | $(echo "scale=1; 100 * ($all - $generator) / $all" | bc)% |" | tee -a "$out/build.md"
    report_analyzers "$n" "$dir"
  done
  cat "$out/report-analyzer.md"
fi

if [[ "$what" == report ]]; then
  package_dir=$(components_dir build)
  start_report
  for n in ${build_sizes//,/ }; do
    dir="$out/synthetic-$n"
    dotnet "$bench_dll" write-project "$n" "$dir" "$emrdsl_dll" "$package_dir/EmrDsl.Generators.dll" "$package_dir/EmrDsl.Analyzers.dll"
    dotnet restore "$dir" -v:q -nologo >/dev/null
    dotnet build "$dir" -c Release --no-restore -nologo -v:q >/dev/null  # untimed warm-up
    report_analyzers "$n" "$dir"
  done
  cat "$out/report-analyzer.md"
fi

if [[ "$what" == jit ]]; then
  package_dir=$(components_dir build)
  n=100
  dir="$out/jit-synthetic-$n"
  rm -rf "$dir"
  dotnet "$bench_dll" write-project "$n" "$dir" "$emrdsl_dll" "$package_dir/EmrDsl.Generators.dll" "$package_dir/EmrDsl.Analyzers.dll"
  dotnet restore "$dir" -v:q -nologo >/dev/null
  # Every process of the build (MSBuild and the compiler) writes the methods it compiles to the one file; the sets of
  # method names are compared, so the order and the tiers do not matter.
  jit_methods() {
    local list="$1"; shift
    rm -f "$list.raw"
    DOTNET_JitStdOutFile="$list.raw" DOTNET_JitDisasmSummary=1 build_once "$dir" -p:UseEmrDslAnalyzers=false -p:UseSharedCompilation=false "$@" >/dev/null
    sed -E 's/^ *[0-9]+: JIT compiled //; s/ \[.*//' "$list.raw" | sort -u > "$list"
  }
  jit_methods "$out/jit-plain.txt" -p:UseEmrDslGenerator=false
  jit_methods "$out/jit-generator.txt"
  comm -13 "$out/jit-plain.txt" "$out/jit-generator.txt" > "$out/jit-added.txt"
  {
    echo "| definitions | methods compiled, plain build | with the generator | added | of them EmrDsl's own | generic instantiations of others' code over EmrDsl's types | others |"
    echo "|---:|---:|---:|---:|---:|---:|---:|"
    own=$(grep -c '^EmrDsl\.' "$out/jit-added.txt" || true)
    over=$(grep -v '^EmrDsl\.' "$out/jit-added.txt" | grep -c 'EmrDsl' || true)
    added=$(wc -l < "$out/jit-added.txt")
    echo "| $n | $(wc -l < "$out/jit-plain.txt") | $(wc -l < "$out/jit-generator.txt") | $added | $own | $over | $((added - own - over)) |"
  } | tee "$out/jit.md"
fi

if [[ "$what" == lsp || "$what" == all ]]; then
  # csharp-ls 0.28.0 is a local tool of the repository (.config/dotnet-tools.json); restoring it is idempotent.
  (cd "$root" && dotnet tool restore >/dev/null)
  package_dir=$(components_dir editor)
  projects=()
  for n in ${lsp_sizes//,/ }; do
    dir="$out/lsp-$n"
    rm -rf "$dir"
    dotnet "$bench_dll" write-project "$n" "$dir" "$emrdsl_dll" "$package_dir/EmrDsl.Generators.dll" "$package_dir/EmrDsl.Analyzers.dll"
    dotnet restore "$dir" -v:q -nologo >/dev/null
    # The same project without the generator and analyzers (LanguageServerTimings.WithoutEmrDslFile): the compiler error's time without EmrDsl.
    rm -rf "$dir-without"
    cp -r "$dir" "$dir-without"
    printf '<Project>\n  <PropertyGroup>\n    <UseEmrDslGenerator>false</UseEmrDslGenerator>\n    <UseEmrDslAnalyzers>false</UseEmrDslAnalyzers>\n  </PropertyGroup>\n</Project>\n' > "$dir-without/Directory.Build.props"
    rm -rf "$dir-without/obj" && dotnet restore "$dir-without" -v:q -nologo >/dev/null
    projects+=("$dir" "$dir-without")
  done
  dotnet "$bench_dll" lsp "$root" "$reps" "${projects[@]}" | tee "$out/lsp.md"
fi

if [[ "$what" == peers || "$what" == all ]]; then
  package_dir=$(components_dir build)
  dotnet build "$root/src/EmrDsl.Cli" -c Release -v:q -nologo | tail -n 1
  bash "$here/peers/run.sh" "$bench_dll" "$emrdsl_dll" "$package_dir" \
    "$root/src/EmrDsl.Cli/bin/Release/net10.0/EmrDsl.Cli.dll" "$out" "$peer_sizes" "$reps" | tee "$out/peers.md"
fi
