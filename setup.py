"Install colornb from settings.ini (nbdev 2). Does not import pkg_resources."
from configparser import ConfigParser
import setuptools, shlex

cfg = ConfigParser(delimiters=['='])
cfg.read('settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']

licenses = {'apache2': 'Apache-2.0'}              # SPDX expressions (setuptools deprecates License classifiers)
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable',
            '6 - Mature', '7 - Inactive']
requirements = shlex.split(cfg.get('requirements', ''))
dev_requirements = shlex.split(cfg.get('dev_requirements', ''))
console_scripts = cfg.get('console_scripts', '').split()
# The study's own files travel inside the package as colornb/nbs/ (colornb.experiments.installed_nbs), so that colornb
# installed from a wheel runs `colornb study`, `report`, `explore` and `train` without a clone of the repository.
study_files = {'colornb.nbs': ['explore.ipynb'],
               'colornb.nbs.experiments': ['registry.yaml', 'papers.yaml', 'train.ipynb'],
               'colornb.nbs.reports': ['*.ipynb']}

setuptools.setup(
    name=cfg['lib_name'],
    version=cfg['version'],
    description=cfg['description'],
    long_description=open('README.md', encoding='utf-8').read(),
    long_description_content_type='text/markdown',
    author=cfg['author'],
    author_email=cfg['author_email'],
    url=cfg['git_url'],
    license=licenses[cfg['license']],
    classifiers=[f"Development Status :: {statuses[int(cfg['status']) - 1]}",
                 f"Intended Audience :: {cfg['audience'].title()}",
                 f"Natural Language :: {cfg['language'].title()}",
                 'Programming Language :: Python :: 3.11'],
    keywords=cfg['keywords'],
    packages=setuptools.find_packages(include=[cfg['lib_path'], cfg['lib_path'] + '.*']) + list(study_files),
    package_dir={'colornb.nbs': 'nbs'},
    package_data=study_files,
    include_package_data=True,
    install_requires=requirements,
    extras_require={'dev': dev_requirements},
    python_requires='>=' + cfg['min_python'],
    zip_safe=False,
    entry_points={'console_scripts': console_scripts, 'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
)
