//! The `krisenstab` binary: everything lives in the library's `cli` module.

fn main() -> std::process::ExitCode {
    krisenstab::cli::main()
}
