//! The integration test binary (one binary, many modules, so the crate links once).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a failing test should stop loudly"
)]

mod aar;
mod app;
mod at_the_table;
mod calibration;
mod check_cli;
mod containment;
mod control_ui;
mod drehbuch_cli;
mod engine;
mod exercise;
mod fixtures;
mod fuzz;
mod hardening_files;
mod hostile_text;
mod input;
mod lang_file;
mod minute_time;
mod mutations;
mod older_engine;
mod organisation;
#[cfg(unix)]
mod play_pty;
mod reasons;
mod recovery;
mod replay_cli;
mod report_cli;
mod report_print;
mod run_cli;
mod screens;
mod script_conditions;
mod spread_reference;
mod sweep_cli;
mod whatif;
mod whatif_words;
mod words;

/// Runs the real binary in the crate's folder, with no locale, so messages are English by default.
fn krisenstab(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_krisenstab"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}
