//! The integration test binary (one binary, many modules, so the crate links once).

mod check_cli;
mod fixtures;
mod mutations;
