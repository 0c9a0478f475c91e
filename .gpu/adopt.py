"""Adopt a benchmarks notebook executed elsewhere (.gpu/check.sh) as nbs/benchmarks.ipynb's outputs.

Only when its code cells are exactly the committed ones and every code cell ran without an error: the outputs are
copied cell by cell into the committed notebook, with the source hash that `colornb docs --check` compares. With
--partial, a run stopped by its time limit is taken too: the cells after the last one that ran keep no outputs
and are listed in the notebook's metadata (colornb.not_run).
Usage: python .gpu/adopt.py [--partial] EXECUTED.ipynb [TARGET, default nbs/benchmarks.ipynb]"""
import sys
import nbformat
from colornb.docs import source_hash

def adopt(executed, target='nbs/benchmarks.ipynb', partial: bool = False) -> str | None:
    "Copy `executed`'s outputs into `target`; return why not, or None when adopted."
    ran, nb = nbformat.read(executed, as_version=4), nbformat.read(target, as_version=4)
    code = lambda n: [c for c in n.cells if c.cell_type == 'code']
    if [c.source for c in code(ran)] != [c.source for c in code(nb)]: return 'its code cells are not the committed ones'
    done = [c.metadata.get('papermill', {}).get('status', 'pending' if c.execution_count is None else 'completed')
            == 'completed' for c in code(ran)]        # papermill marks each cell pending, running or completed
    last = max((k for k, d in enumerate(done) if d), default=-1)
    not_run = [b.id for a, b, d in zip(code(ran), code(nb), done) if not d]
    for a, b, d in zip(code(ran), code(nb), done):
        if any(o.get('output_type') == 'error' for o in a.outputs): return f'cell {b.id} failed'
        if not d and (not partial or code(nb).index(b) < last):
            return f'cell {b.id} did not run' + ('' if partial else ' (stopped, or timed out: --partial takes the rest)')
        b.outputs, b.execution_count = (a.outputs, a.execution_count) if d else ([], None)
    nb.metadata['colornb'] = {'source_hash': source_hash(nb)} | ({'not_run': not_run} if not_run else {})
    nbformat.write(nb, target)

if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if a != '--partial']
    why = adopt(*args, partial='--partial' in sys.argv)
    print(f'not adopted: {args[0]}: {why}' if why else f'adopted {args[0]}')
    sys.exit(1 if why else 0)
