#!/usr/bin/env bash
# On a GPU machine with PyTorch but without Jupyter or papermill (wheels from .gpu/wheels.sh in .whl/): run the whole
# benchmarks notebook, every cell, with papermill, and leave the executed copy in $OUT (default /tmp/colornb-bench).
# The notebook is saved after each cell, so a timeout keeps what finished. Then, on the machine you commit from:
#   python .gpu/adopt.py OUT/benchmarks.ipynb && nbdev_clean && colornb docs --check
# BENCH_S bounds the notebook's time (default 480 s); COLORNB_BENCH_COMPILE=1 adds the torch.compile runs (minutes).
# WHL names the wheels' folder (default .whl); CHECK_CPU=1 goes on without CUDA (to try the kit itself on a CPU).
set -u -o pipefail
cd "$(dirname "$0")/.." || exit 1
out=${OUT:-/tmp/colornb-bench}; mkdir -p "$out"
whl=${WHL:-.whl}
if ls "$whl"/*.whl >/dev/null 2>&1; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site "$whl"/*.whl \
    || exit 1
  export PYTHONPATH=/tmp/site:$PWD
else
  export PYTHONPATH=$PWD
fi
export PYTHONUNBUFFERED=1 COLORNB_BENCH_COMPILE=${COLORNB_BENCH_COMPILE:-0}
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
python3 - <<'PY' || exit 1
import os, sys, torch, papermill
from colornb.fused import available_backends
d = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
gpu = torch.cuda.get_device_name(d) if d.type == 'cuda' else 'no GPU'
print(f"torch {torch.__version__}, cuda {torch.version.cuda}, {gpu}; papermill {papermill.__version__};",
      'head backends:', available_backends(d))
if d.type != 'cuda' and os.environ.get('CHECK_CPU') != '1': sys.exit('no CUDA device: the GPU cells would fail')
PY
start=$(date +%s)
timeout "${BENCH_S:-480}" python3 -m papermill nbs/benchmarks.ipynb "$out/benchmarks.ipynb" --cwd nbs -k python3 \
  --autosave-cell-every 5 --log-output --no-progress-bar 2>&1 | tee "$out/bench.log"
rc=$?
echo "papermill exit $rc after $(( $(date +%s) - start )) s"
exit $rc
