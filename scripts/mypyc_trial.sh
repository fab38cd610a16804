#!/usr/bin/env bash
# The quote extractor compiled with mypyc, in a copy of the committed tree, to measure it.
#
#   scripts/mypyc_trial.sh DEST        (DEST must not exist; ~2-8 min of gcc on 2 cores)
#   PYTHONPATH=DEST .venv/bin/python DEST/scripts/extraction_digest.py
#   PYTHONPATH=DEST .venv/bin/python DEST/scripts/bench_ingest.py
#
# A trial, not a build step: the compiled modules (*.so beside each .py) would shadow the
# sources they came from, so they are built in a copy (git archive HEAD), never in a work
# tree where an edited .py would silently lose to a stale .so. Measured (speed24): the
# extraction digest byte-identical, bench_ingest's rows identical, extraction 0.70-0.75x
# the CPU time of the interpreted modules.
#
# Left out, beside the package's __init__: mentions.py. Compiled, its Mention becomes a
# native class with no __dict__, which moved.moved copies; and mypyc 2.4.1 writes C that
# gcc refuses ("goto CPyL-1") for `while inside and ...:` in its _placed (`if inside:`
# around the loop compiles). The generated C trips gcc warnings under mypyc's own -Werror
# at -O3 (the diagnostics were lost in the build log): gcc is called without -Werror.
set -euo pipefail

dest=${1:?usage: scripts/mypyc_trial.sh DEST}
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${VENV:-$root/.venv}
[ -e "$dest" ] && { echo "$dest exists" >&2; exit 1; }
mkdir -p "$dest"
git -C "$root" archive HEAD | tar -x -C "$dest"
cd "$dest"
# setuptools refuses this pyproject's license table, and mypyc's setup reads it: mypy's
# settings go to a mypy.ini instead (the untyped libraries the extractor imports).
mv pyproject.toml pyproject.toml.off
printf '[mypy]\npython_version = 3.11\n[mypy-pymorphy3,pymorphy3.*,Stemmer]\nignore_missing_imports = True\n' \
    > mypy.ini
cat > gcc-no-werror <<'EOF'
#!/usr/bin/env bash
args=()
for arg in "$@"; do [ "$arg" = -Werror ] || args+=("$arg"); done
exec gcc "${args[@]}"
EOF
chmod +x gcc-no-werror
modules=$(ls store/quotes/*.py | grep -v -e '/__init__\.py$' -e '/mentions\.py$')
# shellcheck disable=SC2086  # one argument a module
CC="$PWD/gcc-no-werror" LDSHARED="$PWD/gcc-no-werror -shared" "$venv/bin/mypyc" $modules
ls store/quotes/*.so | wc -l | xargs echo "compiled modules:"
