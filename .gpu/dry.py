"""Dry-run the benchmarks notebook's code, GPU cells included, on the CPU at toy sizes: a check that every cell's code
runs before a GPU's time is spent on it. `cuda` becomes the CPU, 512² images 32², batches of 16 four, the paper-sized
synthetic data 0.2% of its counts, and the CUDA memory counters return 0. The numbers mean nothing.
Usage, from nbs/: COLORNB_BENCH_PROFILE=cpu COLORNB_BENCH_COMPILE=0 COLORNB_BENCH_E2E=cnn_rgb python ../.gpu/dry.py [CELL_ID ...]"""
import re, sys, time, types
from pathlib import Path
from importlib.metadata import packages_distributions
import nbformat, torch

SWAPS = [("torch.device('cuda')", "torch.device('cpu')"), ("torch.autocast('cuda'", "torch.autocast('cpu'"),
         ("size: int = 512", "size: int = 32"), ("batch: int = 16", "batch: int = 4"),
         ("build_paper_synthetic(tmp/'data')", "build_paper_synthetic(tmp/'data', scale=0.002)")]
STUBS = dict(synchronize=lambda *a, **k: None, empty_cache=lambda *a, **k: None, memory_allocated=lambda *a, **k: 0,
             reset_peak_memory_stats=lambda *a, **k: None, max_memory_allocated=lambda *a, **k: 0,
             get_device_name=lambda *a, **k: 'CPU dry run',
             get_device_properties=lambda *a, **k: types.SimpleNamespace(total_memory=24 * 2**30))

def dry_run(path='benchmarks.ipynb', ids=()):
    for name, fn in STUBS.items(): setattr(torch.cuda, name, fn)
    ns, cells = {}, [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == 'code']
    stale = [a for a, b in SWAPS if not any(a in c.source for c in cells)]
    if stale: sys.exit(f'dry.py: the notebook no longer holds {stale}: update SWAPS')
    for c in cells:
        if ids and c.id not in ids and not c.id == cells[0].id: continue   # the setup cell always runs
        src = c.source
        for a, b in SWAPS: src = src.replace(a, b)
        t0 = time.time()
        exec(compile(src, f'<cell {c.id}>', 'exec'), ns)
        print(f'--- cell {c.id} ran in {time.time() - t0:.1f} s', flush=True)
    return ns

# jsonschema imports these format checkers where they are installed and works without them
OPTIONAL = {'arrow', 'fqdn', 'isoduration', 'jsonpointer', 'rfc3339-validator', 'rfc3986-validator', 'uri-template',
            'webcolors', 'idna', 'rfc3987-syntax', 'lark'}

def lacking(kit=Path(__file__).parent) -> list[str]:
    "Distributions of the modules imported so far that the GPU machine has neither installed (have.txt) nor in .whl/."
    norm = lambda s: re.sub(r'[-_.]+', '-', s).lower()
    have = {norm(n) for n in (kit/'have.txt').read_text().split()}
    have |= {norm(w.name.split('-')[0]) for w in (kit.parent/'.whl').glob('*.whl')}
    have |= OPTIONAL
    dists = packages_distributions()
    return sorted({d for m in {m.split('.')[0] for m in sys.modules} for d in dists.get(m, ())
                   if norm(d) not in have and d != 'colornb'})

if __name__ == '__main__':
    dry_run(ids=sys.argv[1:])
    print('imported from distributions the GPU machine lacks (add them to wheels.sh):', lacking() or 'none')
