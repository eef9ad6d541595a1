//! Plain mode on a real pseudo-terminal (util-linux `script`), where it reads answers with
//! its line editor and a program's input comes from a terminal (issue 13).

use super::*;

/// Runs `slate ARGS` on a pseudo-terminal made by util-linux's `script`, typing `input`; the
/// output with carriage returns taken out. `None` where there is no `script`.
fn on_a_terminal(home: &Home, args: &str, input: &str) -> Option<String> {
    let script = Path::new("/usr/bin/script");
    if !script.exists() {
        return None;
    }
    let slate = env!("CARGO_BIN_EXE_slate");
    // `home.slate()`'s settings, on `script`, which runs Slate on a new pseudo-terminal.
    let settings = home.slate();
    let mut cmd = Command::new(script);
    cmd.args(["-qec", &format!("{slate} {args}"), "/dev/null"])
        .env("TERM", "xterm")
        .current_dir(home.path());
    for (key, value) in settings.get_envs() {
        match value {
            Some(v) => cmd.env(key, v),
            None => cmd.env_remove(key),
        };
    }
    let out = run_with(&mut cmd, input);
    Some(stdout(&out).replace('\r', ""))
}

/// Issue 13: on a terminal, plain mode's questions are answered through a line editor: the
/// arrow keys move along the line and never end up in the answer.
#[test]
fn arrow_keys_edit_the_answer_on_a_terminal() {
    let home = Home::new();
    // "Mya", two steps left, "a", two steps right: "Maya".
    let Some(out) = on_a_terminal(&home, "--plain", "1\nMya\x1b[D\x1b[Da\x1b[C\x1b[C\n\n0\n")
    else {
        return;
    };
    assert!(out.contains("Hello, Maya!"), "{out}");
    assert!(
        stdout(&home.run(&["learner", "list"], "")).contains("Maya"),
        "{out}"
    );
}

/// Issue 13: arrow keys typed while a program asks for input at a terminal never reach it.
#[test]
fn arrow_keys_typed_into_a_program_never_reach_it() {
    let home = Home::new();
    std::fs::write(
        home.path().join("hello.py"),
        "name = input(\"Name? \")\nprint(\"Hello \" + name + \"!\")\n",
    )
    .unwrap();
    let Some(out) = on_a_terminal(&home, "run hello.py", "Ad\x1b[Da\x1b[C\n") else {
        return;
    };
    assert!(out.contains("Hello Ada!"), "{out}");
}
