//! krisenstab: a tabletop cyber-incident simulation for crisis staffs.
//!
//! Module map (see ARCHITECTURE.md for the rules between them):
//! - [`scenario`]: scenario files → validated model (the only place scenario text is read).
//! - [`time`]: exercise time, wall-clock parsing and "day N".
//! - [`i18n`]: the two interface languages.
//! - [`cli`]: the headless commands behind the `krisenstab` binary.

pub mod app;
pub mod cli;
pub mod drehbuch;
pub mod exercise;
pub mod files;
pub mod generate;
pub mod i18n;
pub mod report;
pub mod ron_io;
pub mod run;
pub mod scenario;
pub mod sim;
pub mod sweep;
pub mod time;
pub mod tui;
pub mod visible;
