#!/usr/bin/env bash
# Download into .whl/ the wheels that the benchmarks notebook needs on a GPU machine that cannot reach PyPI and
# already has PyTorch and the scientific stack: papermill and a Jupyter kernel to run the notebook, fastcore for
# its asserts, and the fused-loss kernels it measures (liger-kernel, cut-cross-entropy). Wheels for what the
# machine already has (.gpu/have.txt, one distribution a line: `pip list --format freeze | cut -d= -f1` there)
# are left out, so nothing there is shadowed. .whl/ is git-ignored; check.sh installs it with --target.
# Usage: bash .gpu/wheels.sh [python version, default 3.12] [folder, default .whl]
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-3.12}
out=${2:-.whl}
all=$(mktemp -d)
plat=(--only-binary=:all: --python-version "$py" --implementation cp --platform any)
for n in 17 27 28; do plat+=(--platform "manylinux_2_${n}_x86_64"); done
plat+=(--platform manylinux2014_x86_64 --platform manylinux1_x86_64)
pip download -q "${plat[@]}" -d "$all" papermill ipykernel nbclient nbformat 'jsonschema<4.25' 'fastcore<2' 2> >(grep -v "is ignored" >&2)
# they need torch and triton, which the GPU machine has
pip download -q --no-deps "${plat[@]}" -d "$all" liger-kernel cut-cross-entropy 2> >(grep -v "is ignored" >&2)
rm -rf "$out" && mkdir -p "$out"
norm() { tr 'A-Z_.' 'a-z--'; }
have=$(norm < .gpu/have.txt)
for w in "$all"/*.whl; do
  name=$(basename "$w" | cut -d- -f1 | norm)
  if grep -qx "$name" <<<"$have"; then echo "$name" >> "$out/.left-out"; continue; fi
  cp "$w" "$out/"
done
rm -rf "$all"
echo "$(find "$out" -name '*.whl' | wc -l) wheels, $(du -sh "$out" | cut -f1) in $out/; left out, as .gpu/have.txt has them:" \
  "$(sort -u "$out/.left-out" 2>/dev/null | tr '\n' ' ')"
