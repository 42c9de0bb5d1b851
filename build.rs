//! Compiles every catalogue in `locales/` into the binary: a language is added by one more
//! `locales/<code>.ftl`, without touching Rust code. German and English come first (their
//! indices are `Lang::DE` and `Lang::EN`), the others in name order.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=locales");
    // The manifest folder as cargo gives it now, not as it was when this script was compiled
    // (a build folder copied from another checkout would read that checkout's catalogues).
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let dir = Path::new(&root).join("locales");
    let mut codes: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    name.strip_suffix(".ftl").map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    codes.sort_by_key(|c| (c != "de", c != "en", c.clone()));
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let mut out = String::from("&[\n");
    for code in &codes {
        let path = dir.join(format!("{code}.ftl"));
        println!("cargo::rerun-if-changed={}", path.display());
        // TRANSITION: parts written while the words move (locales/parts/<area>.<code>.ftl).
        let mut text = std::fs::read_to_string(&path).unwrap_or_default();
        let mut parts: Vec<_> = std::fs::read_dir(dir.join("parts"))
            .map(|e| e.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        parts.retain(|p| p.to_string_lossy().ends_with(&format!(".{code}.ftl")));
        parts.sort();
        for p in parts {
            println!("cargo::rerun-if-changed={}", p.display());
            text.push('\n');
            text.push_str(&std::fs::read_to_string(&p).unwrap_or_default());
        }
        let joined = Path::new(&out_dir).join(format!("{code}.ftl"));
        let _ = std::fs::write(&joined, text);
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            joined.display().to_string()
        );
    }
    out.push(']');
    let target = Path::new(&out_dir).join("catalogues.rs");
    if let Err(e) = std::fs::write(&target, out) {
        panic!("cannot write {}: {e}", target.display());
    }
}
