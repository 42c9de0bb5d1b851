//! The terminal interface: keys become [`crate::app::Action`]s, the screen is drawn from what
//! [`crate::app::App`] exposes. Nothing here touches the ECS world.
//!
//! - `ui`: the interaction state of the interface (selection, open dialog, filter, message).
//! - `render`: drawing every screen from the app and the interaction state (pure).
//! - `input`: keys to actions and dialog steps.
//! - `terminal`: the terminal's lifecycle and the event loop (always restores the terminal).

pub mod input;
pub mod render;
pub mod terminal;
pub mod text;
pub mod ui;
