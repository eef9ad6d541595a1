//! The `slate` command. All the work is in the library; this is the edge where errors
//! become one clear sentence and an exit status.

use std::process::ExitCode;

fn main() -> ExitCode {
    slate::cli::main()
}
