#!/usr/bin/env bash
# Builds CPython for wasm32-wasip1 with Slate's entry point (sandbox/src/*.c) linked in
# place of CPython's own main. Called by sandbox/builder (which then snapshots the result
# with Wizer); it can also be run alone:
#
#   sandbox/cpython/build.sh OUT_DIR
#
# Writes OUT_DIR/slate-python.wasm and OUT_DIR/lib/ (the standard library the snapshot is
# made from). Needs: Debian's clang-19, lld-19, wasi-libc and libclang-rt-19-dev-wasm32
# (`apt-get install clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32`), a native C
# compiler for the "build python", make, curl and xz. About 8 minutes on 2 cores.
set -euo pipefail

VERSION=3.13.5
TARBALL="python3.13_${VERSION}.orig.tar.xz"
# The upstream tarball as Debian ships it (trixie's python3.13 source package).
URL="https://deb.debian.org/debian/pool/main/p/python3.13/${TARBALL}"
SHA256=93e583f243454e6e9e4588ca2c2662206ad961659863277afcdb96801647d640

here="$(cd "$(dirname "$0")" && pwd)"
sandbox="$(dirname "$here")"
out="$(mkdir -p "${1:?usage: build.sh OUT_DIR}" && cd "$1" && pwd)"
work="${SLATE_CPYTHON_WORK:-$sandbox/target/cpython}"
mkdir -p "$work"
cd "$work"

step() { printf '   %s\n' "$*" >&2; }

if [ ! -f "$TARBALL" ]; then
    step "downloading CPython $VERSION source from Debian"
    curl -fsSL -o "$TARBALL.part" "$URL" || {
        echo "Could not download $URL. Add a deb-src entry for Debian trixie and run" >&2
        echo "'apt-get source --download-only python3.13' in $work instead." >&2
        exit 1
    }
    mv "$TARBALL.part" "$TARBALL"
fi
echo "$SHA256  $TARBALL" | sha256sum -c --quiet - || { echo "$TARBALL: wrong checksum" >&2; exit 1; }
src="$work/Python-$VERSION"
if [ ! -d "$src" ]; then
    step "unpacking"
    tar xf "$TARBALL"
fi

# A native interpreter of the same version, which the cross build runs.
if [ ! -x native/python ]; then
    step "building the native 'build python' (about 3 minutes)"
    mkdir -p native
    (cd native && "$src/configure" -q && make -s -j"$(nproc)" python) >native.log 2>&1 ||
        { tail -30 native.log >&2; exit 1; }
fi

# The wasm build. configure is re-run whenever Slate's settings change. Without mimalloc:
# CPython uses its own pymalloc anyway unless told otherwise, and mimalloc's start-up code
# runs again at every start after the snapshot, writing a stray new line to stderr. With
# pymalloc, which configure leaves out for WASI by default: Python's small objects (ints,
# frames, short strings) come from its own pools instead of wasi-libc's malloc, as in a
# native build; arenas come from malloc, since there is no mmap.
settings="$(cat "$here/build.sh" "$here/config.site" | sha256sum | cut -c1-16)"
if [ "$(cat wasm/.settings 2>/dev/null)" != "$settings" ]; then
    step "configuring CPython for wasm32-wasip1"
    rm -rf wasm && mkdir wasm
    cat "$src/Tools/wasm/config.site-wasm32-wasi" "$here/config.site" >wasm/config.site
    (cd wasm && CONFIG_SITE="$work/wasm/config.site" \
        PKG_CONFIG=false CC="clang-19 --target=wasm32-wasi" CPP="clang-19 --target=wasm32-wasi -E" \
        AR=llvm-ar-19 RANLIB=llvm-ranlib-19 READELF=true \
        CFLAGS="-O3" \
        "$src/configure" -q --host=wasm32-unknown-wasip1 \
        --build="$("$src/config.guess")" \
        --with-build-python="$work/native/python" \
        --prefix=/ --disable-test-modules --without-ensurepip \
        --without-mimalloc --with-pymalloc) >wasm-configure.log 2>&1 || true
    [ -f wasm/Makefile ] || { tail -30 wasm-configure.log >&2; exit 1; }
    echo "$settings" >wasm/.settings
fi
step "building CPython for wasm32-wasip1 (about 3 minutes)"
(cd wasm && make -s -j"$(nproc)" all) >wasm-make.log 2>&1 || { tail -40 wasm-make.log >&2; exit 1; }

# Slate's entry point in place of Programs/python.c, linked against the same objects.
step "linking Slate's entry point"
cp "$sandbox"/src/*.c "$sandbox"/src/*.h wasm/
cat >wasm/slate.mk <<'MK'
include Makefile
SLATE_OBJS = slate_main.o slate_answer.o slate_encode.o slate_describe.o
slate_%.o: slate_%.c slate.h
	$(CC) -c $(PY_CORE_CFLAGS) -UPy_BUILD_CORE -o $@ $<
slate-python.wasm: $(SLATE_OBJS) $(LIBRARY_DEPS)
	$(LINKCC) $(PY_CORE_LDFLAGS) $(LINKFORSHARED) -s -o $@ $(SLATE_OBJS) $(LINK_PYTHON_OBJS) $(LIBS) $(MODLIBS) $(SYSLIBS)
MK
(cd wasm && make -s -f slate.mk slate-python.wasm) >wasm-link.log 2>&1 || { tail -40 wasm-link.log >&2; exit 1; }
cp wasm/slate-python.wasm "$out/"

# The standard library the snapshot loads into memory (sandbox/src/stdlib.py chooses which
# modules), with the build's sysconfig data beside it.
rm -rf "$out/lib" && mkdir -p "$out/lib"
cp -r "$src/Lib/." "$out/lib/"
cp wasm/build/lib.*/_sysconfigdata_*.py "$out/lib/" 2>/dev/null || true
step "done: $(du -h "$out/slate-python.wasm" | cut -f1) of wasm"
