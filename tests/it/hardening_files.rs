//! Files from others and shared machines (issue 13, findings 1, 2, 3, 6, 8 and 9), driving the
//! real binary: nothing is replaced that is not ours (`--force` aside) and never a folder, a link
//! or a special file; saving never writes through a planted link and a failed write keeps the old
//! file; one writer per exercise file; a failed write to standard output is an error and a closed
//! pipe is not; endless inputs stop at the size limit; a corrupt exercise file is refused by
//! `replay`, `report` and `sweep` with the same message.
//!
//! Every run of the binary has a deadline, so a command that would hang (a write into a pipe
//! nobody reads, an endless input) fails the test instead of stalling it.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use krisenstab::exercise::{ExerciseFile, Opened};
use krisenstab::sim::command::Command as SimCommand;

/// Generous: a loaded CI machine may be slow, and an endless input must still end well before.
const WAIT: Duration = Duration::from_secs(60);

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "krisenstab-hardening-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The binary with `args` in `dir`, without a locale (messages in English unless `--lang`).
fn command(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_krisenstab"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::null());
    command
}

/// Runs `command` to its end within [`WAIT`] (killed and failed otherwise): exit code, standard
/// output (if piped) and standard error.
fn finish(command: &mut Command) -> (Option<i32>, String, String) {
    let mut child = command.stderr(Stdio::piped()).spawn().unwrap();
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut text);
            }
            String::from_utf8_lossy(&text).into_owned()
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn std::io::Read + Send>),
    );
    let deadline = Instant::now() + WAIT;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{command:?} did not end within {WAIT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (status.code(), out.join().unwrap(), err.join().unwrap())
}

/// `finish` with standard output piped.
fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    finish(command(dir, args).stdout(Stdio::piped()))
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// A day of the tutorial, saved as an exercise file at `path`.
fn saved_day(dir: &Path, path: &Path) {
    let (code, _, err) = run(dir, &["run", "tutorial", "--days", "1", "--save", s(path)]);
    assert_eq!(code, Some(0), "{err}");
}

// Finding 1: existing files, folders, links and special files as targets.

#[test]
fn run_save_and_play_out_refuse_an_existing_file_unless_forced() {
    let dir = folder("exists");
    let x = dir.join("x.ron");
    std::fs::write(&x, "mine").unwrap();
    let (code, _, err) = run(&dir, &["run", "tutorial", "--days", "1", "--save", s(&x)]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("exists already") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&x).unwrap(), "mine");
    let (code, _, err) = run(
        &dir,
        &[
            "--lang",
            "de",
            "run",
            "tutorial",
            "--days",
            "1",
            "--save",
            s(&x),
        ],
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("gibt es schon") && err.contains("--force"),
        "{err}"
    );
    // play refuses it before it needs a terminal, and says how to continue an exercise.
    let (code, _, err) = run(&dir, &["play", "tutorial", "--out", s(&x)]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("--resume") && err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(&x).unwrap(), "mine");
    // --force replaces a regular file.
    let (code, _, err) = run(
        &dir,
        &["run", "tutorial", "--days", "1", "--save", s(&x), "--force"],
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(ExerciseFile::read(&x).unwrap().state_hashes.len(), 24);
    // Nothing is left beside it: no temporary file, no lock file.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["x.ron"]);
}

#[cfg(unix)]
#[test]
fn folders_links_and_special_files_are_never_written_even_with_force() {
    let dir = folder("kinds");
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "victim").unwrap();
    let link = dir.join("link.ron");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let folder_target = dir.join("folder.ron");
    std::fs::create_dir(&folder_target).unwrap();
    // A named pipe stands for every special file (a device needs root to make).
    let pipe = dir.join("pipe.ron");
    let made = Command::new("mkfifo").arg(&pipe).status().unwrap();
    assert!(made.success());
    for (target, says) in [
        (&link, "symbolic link"),
        (&folder_target, "folder"),
        (&pipe, "special file"),
    ] {
        for force in [false, true] {
            let mut args = vec!["run", "tutorial", "--days", "1", "--save", s(target)];
            if force {
                args.push("--force");
            }
            let (code, _, err) = run(&dir, &args);
            assert_eq!(code, Some(1), "{args:?}: {err}");
            if force {
                assert!(err.contains(says), "{args:?}: {err}");
            }
        }
    }
    // The reports and the Drehbuch likewise: a link, a folder, a pipe with their endings.
    let exercise = dir.join("e.ron");
    saved_day(&dir, &exercise);
    let report_link = dir.join("report.html");
    std::os::unix::fs::symlink(&victim, &report_link).unwrap();
    let csv_pipe = dir.join("d.csv");
    assert!(
        Command::new("mkfifo")
            .arg(&csv_pipe)
            .status()
            .unwrap()
            .success()
    );
    let md_folder = dir.join("d.md");
    std::fs::create_dir(&md_folder).unwrap();
    for args in [
        vec!["report", s(&exercise), "-o", s(&report_link), "--force"],
        vec!["drehbuch", "tutorial", "-o", s(&csv_pipe), "--force"],
        vec!["--lang", "de", "drehbuch", "tutorial", "-o", s(&md_folder)],
    ] {
        let (code, _, err) = run(&dir, &args);
        assert_eq!(code, Some(1), "{args:?}: {err}");
    }
    let (_, _, err) = run(
        &dir,
        &["--lang", "de", "drehbuch", "tutorial", "-o", s(&md_folder)],
    );
    assert!(err.contains("ist ein Ordner"), "{err}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "victim");
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert!(
        report_link
            .symlink_metadata()
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(folder_target.is_dir() && md_folder.is_dir());
    use std::os::unix::fs::FileTypeExt as _;
    assert!(pipe.symlink_metadata().unwrap().file_type().is_fifo());
    assert!(csv_pipe.symlink_metadata().unwrap().file_type().is_fifo());
}

#[test]
fn reports_and_drehbuch_replace_only_what_krisenstab_wrote() {
    let dir = folder("marked");
    let exercise = dir.join("e.ron");
    saved_day(&dir, &exercise);
    for name in ["notes.html", "notes.md"] {
        let mine = dir.join(name);
        std::fs::write(&mine, "<p>my own notes</p>\n").unwrap();
        let (code, _, err) = run(&dir, &["report", s(&exercise), "-o", s(&mine)]);
        assert_eq!(code, Some(1), "{err}");
        assert!(
            err.contains("did not write") && err.contains("--force"),
            "{err}"
        );
        assert_eq!(
            std::fs::read_to_string(&mine).unwrap(),
            "<p>my own notes</p>\n"
        );
        // --force replaces it; from then on it is ours and is replaced without.
        let (code, _, err) = run(&dir, &["report", s(&exercise), "-o", s(&mine), "--force"]);
        assert_eq!(code, Some(0), "{err}");
        let (code, _, err) = run(&dir, &["report", s(&exercise), "-o", s(&mine)]);
        assert_eq!(code, Some(0), "{err}");
        let (code, _, err) = run(&dir, &["report", s(&exercise), "-o", s(&mine), "--logbook"]);
        assert_eq!(code, Some(0), "{err}");
    }
    // The default output beside the exercise file, twice.
    for _ in 0..2 {
        let (code, _, err) = run(&dir, &["report", s(&exercise)]);
        assert_eq!(code, Some(0), "{err}");
    }
    // The Drehbuch: its own outputs in every format are replaced, a stranger's CSV is not.
    for name in ["d.html", "d.md", "d.csv"] {
        let path = dir.join(name);
        for _ in 0..2 {
            let (code, _, err) = run(&dir, &["drehbuch", "tutorial", "-o", s(&path)]);
            assert_eq!(code, Some(0), "{name}: {err}");
        }
        let (code, _, err) = run(
            &dir,
            &["--lang", "en", "drehbuch", "tutorial", "-o", s(&path)],
        );
        assert_eq!(code, Some(0), "{name} in the other language: {err}");
    }
    let sheet = dir.join("budget.csv");
    std::fs::write(&sheet, "item,cost\npaper,12\n").unwrap();
    let (code, _, err) = run(
        &dir,
        &["--lang", "de", "drehbuch", "tutorial", "-o", s(&sheet)],
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("nicht von krisenstab"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&sheet).unwrap(),
        "item,cost\npaper,12\n"
    );
    let (code, _, err) = run(&dir, &["drehbuch", "tutorial", "-o", s(&sheet), "--force"]);
    assert_eq!(code, Some(0), "{err}");
}

// Finding 2: temporary files.

#[cfg(unix)]
#[test]
fn saving_never_writes_through_a_planted_link_and_a_failed_write_keeps_the_old_file() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = folder("temp");
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "victim").unwrap();
    // The temporary names an attacker could guess, each a link to the victim.
    for name in [".y.ron.tmp", ".y.ron.lock.tmp", "y.ron.tmp", ".y.ron.new"] {
        std::os::unix::fs::symlink(&victim, dir.join(name)).unwrap();
    }
    let y = dir.join("y.ron");
    let (code, _, err) = run(&dir, &["run", "tutorial", "--days", "1", "--save", s(&y)]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "victim");
    assert!(ExerciseFile::read(&y).is_ok());
    // Only the planted links, the victim and the file: no temporary file left.
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            ".y.ron.lock.tmp",
            ".y.ron.new",
            ".y.ron.tmp",
            "victim.txt",
            "y.ron",
            "y.ron.tmp"
        ]
    );
    // A replaced file keeps its permissions.
    std::fs::set_permissions(&y, std::fs::Permissions::from_mode(0o600)).unwrap();
    let (code, _, err) = run(
        &dir,
        &["run", "tutorial", "--days", "2", "--save", s(&y), "--force"],
    );
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(y.metadata().unwrap().permissions().mode() & 0o777, 0o600);
    // A write that fails half-way (the file-size limit, as a full disk would) leaves the old
    // file as it was and no temporary file behind.
    let before = std::fs::read(&y).unwrap();
    let script = format!(
        "trap '' XFSZ; ulimit -f 1; exec '{}' run tutorial --historical --save '{}' --force",
        env!("CARGO_BIN_EXE_krisenstab"),
        s(&y)
    );
    let (code, _, err) = finish(
        Command::new("sh")
            .args(["-c", &script])
            .current_dir(&dir)
            .env_remove("LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdout(Stdio::null()),
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("cannot write"), "{err}");
    assert_eq!(std::fs::read(&y).unwrap(), before);
    let left = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            let name = name.to_string_lossy();
            name.starts_with(".y.ron.") && name.ends_with(".tmp") && name != ".y.ron.lock.tmp"
        })
        .count();
    assert_eq!(left, 1, "only the planted .y.ron.tmp");
}

// Finding 3: one writer per exercise file.

#[test]
fn a_second_writer_is_refused_and_pointed_to_follow() {
    let dir = folder("lock");
    let e = dir.join("e.ron");
    saved_day(&dir, &e);
    let before = std::fs::read(&e).unwrap();
    // The lock the binary takes, held here as another writer would hold it.
    let lock = ExerciseFile::lock(&e).unwrap();
    let (code, _, err) = run(&dir, &["play", "--resume", s(&e)]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("another krisenstab process is writing") && err.contains("play --follow"),
        "{err}"
    );
    let (code, _, err) = run(&dir, &["--lang", "de", "play", "--resume", s(&e)]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("nur lesend mitverfolgen"), "{err}");
    let (code, _, err) = run(
        &dir,
        &["run", "tutorial", "--days", "1", "--save", s(&e), "--force"],
    );
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("play --follow"), "{err}");
    let (code, _, err) = run(&dir, &["play", "tutorial", "--out", s(&e), "--force"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("play --follow"), "{err}");
    assert_eq!(std::fs::read(&e).unwrap(), before);
    // Readers need no lock.
    let (code, _, err) = run(&dir, &["replay", "--verify", s(&e)]);
    assert_eq!(code, Some(0), "{err}");
    let (code, _, err) = run(&dir, &["sweep", s(&e), "--runs", "2"]);
    assert_eq!(code, Some(0), "{err}");
    let (_, _, err) = run(&dir, &["play", "--follow", s(&e)]);
    assert!(!err.contains("another krisenstab process"), "{err}");
    // Released, the file can be written again (here it stops at the missing terminal).
    drop(lock);
    let (_, _, err) = run(&dir, &["play", "--resume", s(&e)]);
    assert!(!err.contains("another krisenstab process"), "{err}");
    assert!(err.to_lowercase().contains("terminal"), "{err}");
}

/// Two real processes: `play` writing in a pseudo-terminal, a second `play --resume` refused;
/// after `kill -9` of the first, its lock blocks nobody.
#[cfg(unix)]
#[test]
fn a_running_play_keeps_its_file_and_its_lock_dies_with_it() {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let dir = folder("pty");
    let p = dir.join("p.ron");
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 40,
            cols: 120,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut builder = CommandBuilder::new(env!("CARGO_BIN_EXE_krisenstab"));
    builder.args(["play", "tutorial", "--out", s(&p), "--lang", "en"]);
    builder.cwd(&dir);
    builder.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(builder).unwrap();
    drop(pair.slave);
    // Whatever it draws is read and dropped, so it never blocks on a full terminal.
    let mut reader = pair.master.try_clone_reader().unwrap();
    let master = pair.master;
    std::thread::spawn(move || {
        let _master = master;
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
        }
    });
    struct Kill(Box<dyn portable_pty::Child + Send + Sync>);
    impl Drop for Kill {
        fn drop(&mut self) {
            if let Ok(None) = self.0.try_wait() {
                let _ = self.0.kill();
                let _ = self.0.wait();
            }
        }
    }
    // The file exists once the lock is taken and the exercise written.
    let deadline = Instant::now() + WAIT;
    while !p.exists() {
        assert!(Instant::now() < deadline, "play did not write {p:?}");
        assert!(child.try_wait().unwrap().is_none(), "play ended early");
        std::thread::sleep(Duration::from_millis(50));
    }
    let pid = child.process_id().unwrap();
    let mut child_guard = Kill(child);
    let (code, _, err) = run(&dir, &["play", "--resume", s(&p), "--role", "observer"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("another krisenstab process") && err.contains("--follow"),
        "{err}"
    );
    // SIGKILL: no chance to clean up; the lock file stays, the lock does not.
    let killed = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + WAIT;
    while child_guard.0.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "SIGKILL did not end play");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        krisenstab::files::lock_path(&p).exists(),
        "a stale lock file"
    );
    let (_, _, err) = run(&dir, &["play", "--resume", s(&p), "--role", "observer"]);
    assert!(!err.contains("another krisenstab process"), "{err}");
    drop(ExerciseFile::lock(&p).unwrap());
}

// Finding 6: standard output and standard error.

#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_to_standard_output_is_an_error_and_a_closed_pipe_is_not() {
    let dir = folder("stdout");
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    for args in [
        &["drehbuch", "tutorial"][..],
        &["check", "tutorial"],
        &["check", "--json", "tutorial"],
        &["run", "tutorial", "--days", "1"],
        &["sweep", "tutorial", "--runs", "2"],
        &["generate", "--hosts", "40"],
    ] {
        let (code, _, err) = finish(command(&dir, args).stdout(full()));
        assert_eq!(code, Some(1), "{args:?}: {err}");
        assert!(
            err.contains("cannot write to standard output") && err.contains("No space left"),
            "{args:?}: {err}"
        );
    }
    let (code, _, err) =
        finish(command(&dir, &["--lang", "de", "check", "tutorial"]).stdout(full()));
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("Standardausgabe nicht schreibbar"), "{err}");
    // A closed pipe (`| head -1` that has read its line): quiet, and the exit code unchanged.
    for (args, expected) in [
        (&["drehbuch", "westmecklenburg"][..], Some(0)),
        (&["check", "tutorial", "westmecklenburg"], Some(0)),
        (&["run", "tutorial", "--days", "1"], Some(0)),
        (&["check", "tutorial", "no-such-scenario"], Some(1)),
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let (code, _, err) = finish(command(&dir, args).stdout(writer));
        assert_eq!(code, expected, "{args:?}: {err}");
        if expected == Some(0) {
            assert_eq!(err, "", "{args:?}");
        }
    }
    // Standard error that cannot be written: exit code 1 even where all else went well (the
    // report of an older engine's file says on standard error what it could not do).
    let old = dir.join("old.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exercise-0.1.0.ron"),
        &old,
    )
    .unwrap();
    let md = dir.join("old.md");
    let args = ["--lang", "en", "report", s(&old), "-o", s(&md)];
    let (code, _, err) = run(&dir, &args);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        !err.is_empty(),
        "the report says something on standard error"
    );
    let mut with_full_stderr = command(&dir, &args);
    with_full_stderr.stdout(Stdio::null()).stderr(full());
    let status = with_full_stderr.status().unwrap();
    assert_eq!(status.code(), Some(1));
}

// Finding 8: inputs stop at their size limit by counting bytes.

#[cfg(unix)]
#[test]
fn endless_inputs_stop_at_the_size_limit() {
    let dir = folder("endless");
    for device in ["/dev/zero", "/dev/urandom"] {
        let started = Instant::now();
        let (code, _, err) = run(&dir, &["check", device]);
        assert_eq!(code, Some(1), "{err}");
        assert!(
            err.contains("E0004") && err.contains("larger than 67108864 bytes"),
            "{err}"
        );
        assert!(started.elapsed() < Duration::from_secs(30), "{device}");
    }
    let (code, _, err) = run(&dir, &["replay", "--verify", "/dev/zero"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("larger than 134217728 bytes"), "{err}");
    let (code, _, err) = run(&dir, &["run", "tutorial", "--decisions", "/dev/zero"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("larger than 67108864 bytes"), "{err}");
}

// Finding 9: one reading path for replay, report and sweep.

#[test]
fn replay_report_and_sweep_refuse_a_corrupt_file_alike() {
    let dir = folder("corrupt");
    let base = dir.join("base.ron");
    let (code, _, err) = run(
        &dir,
        &["run", "tutorial", "--historical", "--save", s(&base)],
    );
    assert_eq!(code, Some(0), "{err}");
    let good = ExerciseFile::read(&base).unwrap();
    let first_decision = good
        .commands
        .iter()
        .position(|l| matches!(l.command, SimCommand::Decide(_)))
        .unwrap();
    let mut far = good.clone();
    far.commands[first_decision].tick = 1_000_000_000;
    let mut doubled = good.clone();
    doubled
        .commands
        .insert(first_decision, good.commands[first_decision].clone());
    let mut doubled_advance = good.clone();
    doubled_advance.commands.insert(0, good.commands[0].clone());
    let mut edited = good.clone();
    edited.scenario_text.push_str("\n// edited\n");
    for (name, file) in [
        ("far.ron", far),
        ("doubled.ron", doubled),
        ("doubled-advance.ron", doubled_advance),
        ("edited.ron", edited),
    ] {
        let path = dir.join(name);
        file.save(&path).unwrap();
        let (code, _, refusal) = run(&dir, &["replay", "--verify", s(&path)]);
        assert_eq!(code, Some(1), "{name}: replay --verify accepts it");
        assert!(refusal.starts_with(s(&path)), "{name}: located: {refusal}");
        let out = dir.join("report.html");
        for args in [
            vec!["sweep", s(&path), "--runs", "2"],
            vec!["sweep", s(&path), "--runs", "2", "--drop", "1"],
            vec!["report", s(&path), "-o", s(&out)],
            vec!["report", s(&path), "-o", s(&out), "--logbook"],
        ] {
            let (code, _, err) = run(&dir, &args);
            assert_eq!(code, Some(1), "{name}: {args:?} accepts it");
            assert_eq!(err, refusal, "{name}: {args:?}");
        }
        assert!(!out.exists());
        assert!(
            krisenstab::exercise::open(&path).is_err(),
            "{name}: the library's one reading path"
        );
    }
    // A valid file of an older engine: read-only for report, refused by sweep naming it.
    let old = dir.join("old.ron");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exercise-0.1.0.ron"),
        &old,
    )
    .unwrap();
    assert!(matches!(
        krisenstab::exercise::open(&old),
        Ok(Opened::Archive(_))
    ));
    let (code, _, err) = run(&dir, &["sweep", s(&old), "--runs", "2"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("written by krisenstab 0.1.0"), "{err}");
    let (code, _, err) = run(
        &dir,
        &[
            "--lang",
            "en",
            "report",
            s(&old),
            "-o",
            s(&dir.join("old.md")),
        ],
    );
    assert_eq!(code, Some(0), "{err}");
    // The valid file itself opens everywhere.
    let (code, _, err) = run(&dir, &["sweep", s(&base), "--runs", "2"]);
    assert_eq!(code, Some(0), "{err}");
}
