//! The wasmtime engine settings, in one place for the two compilers that use them.
//!
//! `build.rs` includes this very file (with `#[path]`) to compile the Python runtime ahead of
//! time, and the sandbox uses it to run that code or to compile the runtime itself where the
//! ahead-of-time code does not fit. wasmtime refuses compiled code made under other settings,
//! so keeping one copy of them is what lets the code compiled at build time be used at all.
//! Nothing here may name anything else of Slate's: the build script sees only this file.

use wasmtime::Config;

/// How deep the interpreter may go on the WebAssembly stack. Python's own recursion limit
/// (1000) is normally reached first and gives a `RecursionError`.
pub const MAX_WASM_STACK: usize = 16 << 20;
/// Stack of the thread that runs learner code: more than the wasm stack, as wasmtime requires.
pub const RUN_THREAD_STACK: usize = MAX_WASM_STACK + (8 << 20);

/// The engine settings Slate uses. They are part of the compiled-code cache key, and the
/// code compiled at build time is made with exactly these (plus an explicit target).
pub fn engine_config() -> Config {
    let mut config = Config::new();
    config.epoch_interruption(true);
    // wasmtime-wasi enables async support, whose stacks must be at least as large.
    config.async_stack_size(MAX_WASM_STACK + (1 << 20));
    config.max_wasm_stack(MAX_WASM_STACK);
    config.cranelift_opt_level(wasmtime::OptLevel::Speed);
    config.parallel_compilation(true);
    // Learners see their own Python traceback, never wasm offsets: skip the address map,
    // which makes the first-time preparation quicker and the cached code smaller.
    config.generate_address_map(false);
    config
}
