"""Adopt a benchmarks notebook executed elsewhere (.gpu/check.sh) as nbs/benchmarks.ipynb's outputs.

Only when its code cells are exactly the committed ones and every code cell ran without an error: the outputs are
copied cell by cell into the committed notebook, with the source hash that `colornb docs --check` compares.
Usage: python .gpu/adopt.py EXECUTED.ipynb [TARGET, default nbs/benchmarks.ipynb]"""
import sys
import nbformat
from colornb.docs import source_hash

def adopt(executed, target='nbs/benchmarks.ipynb') -> str | None:
    "Copy `executed`'s outputs into `target`; return why not, or None when adopted."
    ran, nb = nbformat.read(executed, as_version=4), nbformat.read(target, as_version=4)
    code = lambda n: [c for c in n.cells if c.cell_type == 'code']
    if [c.source for c in code(ran)] != [c.source for c in code(nb)]: return 'its code cells are not the committed ones'
    for a, b in zip(code(ran), code(nb)):
        if any(o.get('output_type') == 'error' for o in a.outputs): return f'cell {b.id} failed'
        if a.execution_count is None: return f'cell {b.id} did not run (stopped, or timed out)'
        b.outputs, b.execution_count = a.outputs, a.execution_count
    nb.metadata['colornb'] = {'source_hash': source_hash(nb)}
    nbformat.write(nb, target)

if __name__ == '__main__':
    why = adopt(*sys.argv[1:])
    print(f'not adopted: {sys.argv[1]}: {why}' if why else f'adopted {sys.argv[1]}')
    sys.exit(1 if why else 0)
