//! Plain mode on a real pseudo-terminal (the tests' own, `super::pty`), where it reads
//! answers with its line editor and a program's input comes from a terminal (issue 13).

use super::*;

/// Runs `slate ARGS` on a pseudo-terminal, typing `input`, until it ends; what it wrote,
/// with carriage returns taken out.
fn on_a_terminal(home: &Home, args: &str, input: &str) -> String {
    let mut cmd = home.slate();
    cmd.args(args.split(' ')).env("TERM", "xterm");
    let (pty, mut child) = crate::pty::Pty::spawn(&mut cmd);
    pty.send(input);
    let started = std::time::Instant::now();
    while child.try_wait().is_none() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "slate did not end; it wrote:\n{}",
            pty.output()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // Let the last words arrive.
    std::thread::sleep(std::time::Duration::from_millis(100));
    pty.output().replace('\r', "")
}

/// Issue 13: on a terminal, plain mode's questions are answered through a line editor: the
/// arrow keys move along the line and never end up in the answer.
#[test]
fn arrow_keys_edit_the_answer_on_a_terminal() {
    let home = Home::new();
    // "Mya", two steps left, "a", two steps right: "Maya".
    let out = on_a_terminal(&home, "--plain", "1\nMya\x1b[D\x1b[Da\x1b[C\x1b[C\n\n0\n");
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
    let out = on_a_terminal(&home, "run hello.py", "Ad\x1b[Da\x1b[C\n");
    assert!(out.contains("Hello Ada!"), "{out}");
}
