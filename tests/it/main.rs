//! The integration test binary (one binary, many modules, so the crate links once).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a failing test should stop loudly"
)]

mod calibration;
mod check_cli;
mod engine;
mod fixtures;
mod mutations;
mod run_cli;
mod spread_reference;
