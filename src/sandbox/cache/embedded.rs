//! The Python runtime compiled when Slate was built, carried inside the binary.
//!
//! `build.rs` compiles whatever `assets/python/python.wasm.zst` holds for the target's
//! baseline processor (no optional CPU features), with the engine settings of
//! [`super::super::engine`], and embeds the code zstd-compressed. wasmtime accepts it here
//! when it agrees with this computer: the same wasmtime version and engine settings, the same
//! architecture and operating system, and every CPU feature the code was compiled with (none
//! beyond the baseline) present on this processor; a processor with more features takes it
//! too. When the code is refused, or the binary has none (a target Cranelift could not
//! compile for at build time), Python is compiled on this computer as before. The bytes are
//! part of `slate` itself and trusted like the rest of it; once written to the cache folder
//! they get the cache's checks, like code compiled here.

use std::io::Read;

include!(concat!(env!("OUT_DIR"), "/precompiled.rs"));

/// Set to anything (but empty) to compile Python on this computer even when the binary
/// carries compiled code: the code is then tuned to this processor. The tests use it to
/// exercise the compiling path.
pub const COMPILE_HERE_VAR: &str = "SLATE_COMPILE_PYTHON";

/// Whether this binary carries the runtime compiled ahead of time.
pub fn available() -> bool {
    CODE_ZST.is_some()
}

/// The embedded code, unpacked; `None` when there is none, when it is not wanted
/// ([`COMPILE_HERE_VAR`]), or when it cannot be unpacked (then Python is compiled here).
pub(super) fn unpack() -> Option<Vec<u8>> {
    if std::env::var_os(COMPILE_HERE_VAR).is_some_and(|v| !v.is_empty()) {
        return None;
    }
    unpack_from(CODE_ZST?, CODE_SIZE)
}

fn unpack_from(zst: &[u8], size: usize) -> Option<Vec<u8>> {
    let mut decoder = ruzstd::decoding::StreamingDecoder::new(zst).ok()?;
    let mut code = Vec::with_capacity(size);
    decoder.read_to_end(&mut code).ok()?;
    Some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
    #[test]
    fn the_runtime_is_compiled_ahead_of_time_for_this_target() {
        assert!(
            available(),
            "build.rs compiles Python for {}",
            env!("SLATE_BUILD_TARGET")
        );
        let code = unpack_from(CODE_ZST.unwrap(), CODE_SIZE).expect("it unpacks");
        assert_eq!(code.len(), CODE_SIZE);
        assert_eq!(&code[..4], b"\x7fELF", "wasmtime's compiled-code format");
    }

    #[test]
    fn damaged_embedded_code_is_not_unpacked() {
        assert_eq!(unpack_from(b"not zstd at all", 10), None);
    }
}
