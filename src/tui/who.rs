//! "Who are you?": choose your name, or add yourself. No passwords.
//!
//! The computer remembers who used it last and puts them first, but always asks, because
//! lab and library PCs are shared.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::app::{Confirm, Overlay, Transition};
use super::key_help::{self, KeyRow};
use super::theme::Theme;
use super::widgets;
use crate::store::Learner;
use crate::tr;
use crate::tutor::Tutor;

/// Which field of the "add yourself" form has the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Name,
    Group,
}

/// The "add yourself" form.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Form {
    name: String,
    group: String,
    field: Field,
    error: Option<String>,
    /// Someone of a similar name is already here: "Is that you?" waits for yes or no.
    same: Option<Learner>,
}

impl Form {
    fn new() -> Form {
        Form {
            name: String::new(),
            group: String::new(),
            field: Field::Name,
            error: None,
            same: None,
        }
    }
}

/// How far PageUp and PageDown move in a long list of learners (a class is often 30).
const PAGE: usize = 10;

pub struct WhoScreen {
    learners: Vec<Learner>,
    /// The learners shown (indices into `learners`): those whose names start with what was
    /// typed, or everyone. A site's list from the class server can hold hundreds.
    shown: Vec<usize>,
    /// The row chosen among `shown`, then "Add yourself" last.
    selected: usize,
    form: Option<Form>,
    /// Letters typed on the list: only names that start so are shown, whatever the
    /// capitals, spaces or accents, so a pupil who types their name finds it (letters are
    /// never shortcuts here: names start with every letter).
    typed: String,
}

impl WhoScreen {
    pub fn new(tutor: &Tutor) -> WhoScreen {
        let learners = tutor.learners().unwrap_or_default();
        let last = tutor.last_learner();
        let selected = last
            .and_then(|id| learners.iter().position(|l| l.id == id))
            .unwrap_or(0);
        let form = learners.is_empty().then(Form::new);
        let shown = (0..learners.len()).collect();
        WhoScreen {
            learners,
            shown,
            selected,
            form,
            typed: String::new(),
        }
    }

    fn rows(&self) -> usize {
        self.shown.len() + 1
    }

    pub fn paste(&mut self, text: &str) {
        if let Some(form) = &mut self.form {
            let clean: String = text.chars().filter(|c| !c.is_control()).collect();
            match form.field {
                Field::Name => form.name.push_str(&clean),
                Field::Group => form.group.push_str(&clean),
            }
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent, tutor: &mut Tutor) -> Transition {
        if self.form.as_ref().is_some_and(|f| f.same.is_some()) {
            return self.answer_same(key, tutor);
        }
        if let Some(form) = &mut self.form {
            match key.code {
                KeyCode::Esc => {
                    if self.learners.is_empty() {
                        return Self::ask_to_quit();
                    }
                    self.form = None;
                }
                KeyCode::Tab | KeyCode::Down | KeyCode::BackTab | KeyCode::Up => {
                    form.field = match form.field {
                        Field::Name => Field::Group,
                        Field::Group => Field::Name,
                    };
                }
                KeyCode::Enter => {
                    if form.field == Field::Name && !form.name.trim().is_empty() {
                        form.field = Field::Group;
                        return Transition::Stay;
                    }
                    // Someone of that name already here is asked "Is that you?" first.
                    if let Some(same) = tutor.find_similar_learner(&form.name, Some(&form.group)) {
                        form.same = Some(same);
                        return Transition::Stay;
                    }
                    match tutor.add_learner(&form.name, Some(&form.group)) {
                        Ok(_) => return Transition::LearnerChosen,
                        Err(e) => {
                            form.error = Some(e.to_string());
                            form.field = Field::Name;
                        }
                    }
                }
                KeyCode::Backspace => {
                    match form.field {
                        Field::Name => form.name.pop(),
                        Field::Group => form.group.pop(),
                    };
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    let text = match form.field {
                        Field::Name => &mut form.name,
                        Field::Group => &mut form.group,
                    };
                    if text.chars().count() < 60 {
                        text.push(c);
                    }
                    form.error = None;
                }
                _ => {}
            }
            return Transition::Stay;
        }
        if let KeyCode::Char(c) = key.code
            && c != '+'
            && !key.modifiers.contains(KeyModifiers::CONTROL)
        {
            self.typed.push(c);
            self.filter();
            return Transition::Stay;
        }
        if key.code == KeyCode::Backspace {
            self.typed.pop();
            self.filter();
            return Transition::Stay;
        }
        // Esc first clears what was typed, showing everyone again.
        if key.code == KeyCode::Esc && !self.typed.is_empty() {
            self.typed.clear();
            self.filter();
            return Transition::Stay;
        }
        match key.code {
            KeyCode::Up => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down => self.selected = (self.selected + 1).min(self.rows() - 1),
            KeyCode::PageUp => self.selected = self.selected.saturating_sub(PAGE),
            KeyCode::PageDown => self.selected = (self.selected + PAGE).min(self.rows() - 1),
            KeyCode::Home => self.selected = 0,
            KeyCode::End => self.selected = self.rows() - 1,
            KeyCode::Char('+') => self.open_form(),
            KeyCode::Enter => {
                if self.selected >= self.shown.len() {
                    self.open_form();
                } else {
                    let id = self.learners[self.shown[self.selected]].id.clone();
                    return match tutor.choose_learner(&id) {
                        Ok(()) => Transition::LearnerChosen,
                        Err(e) => Transition::Open(Overlay::Message(e.to_string())),
                    };
                }
            }
            KeyCode::Esc => return Self::ask_to_quit(),
            _ => {}
        }
        Transition::Stay
    }

    /// Shows only the learners whose names start with what was typed, whatever the
    /// capitals, spaces or accents (everyone when nothing is), and chooses the first.
    fn filter(&mut self) {
        let typed = crate::tutor::similar_key(&self.typed);
        self.shown = (0..self.learners.len())
            .filter(|&i| {
                typed.is_empty()
                    || crate::tutor::similar_key(&self.learners[i].name).starts_with(&typed)
            })
            .collect();
        self.selected = 0;
    }

    /// "Add yourself", with the name typed on the list already in it.
    fn open_form(&mut self) {
        let mut form = Form::new();
        form.name = self.typed.trim().to_owned();
        self.form = Some(form);
    }

    /// "Leave Slate?": Esc here is easily pressed by mistake, so it asks first.
    fn ask_to_quit() -> Transition {
        Transition::Open(Overlay::Confirm {
            question: tr!("quit-question"),
            action: Confirm::Quit,
        })
    }

    /// The answer to "There is already a Maya (7B). Is that you?".
    fn answer_same(&mut self, key: KeyEvent, tutor: &mut Tutor) -> Transition {
        let Some(form) = &mut self.form else {
            return Transition::Stay;
        };
        let Some(same) = form.same.clone() else {
            return Transition::Stay;
        };
        let result = match key.code {
            KeyCode::Enter | KeyCode::Char('y') | KeyCode::Char('Y') => {
                tutor.choose_learner(&same.id)
            }
            KeyCode::Char('n') | KeyCode::Char('N') => tutor
                .add_new_learner(&form.name, Some(&form.group))
                .map(|_| ()),
            KeyCode::Esc => {
                form.same = None;
                return Transition::Stay;
            }
            _ => return Transition::Stay,
        };
        form.same = None;
        match result {
            Ok(()) => Transition::LearnerChosen,
            Err(e) => {
                form.error = Some(e.to_string());
                form.field = Field::Name;
                Transition::Stay
            }
        }
    }

    /// The keys `handle_key` handles, for the key bar and help.
    fn key_rows(&self) -> Vec<KeyRow> {
        if self.form.as_ref().is_some_and(|f| f.same.is_some()) {
            vec![
                KeyRow::shown("Y", "Y", tr!("key-yes-its-me")),
                KeyRow::shown("N", "N", tr!("key-no-someone-else")),
                KeyRow::shown("Esc", "Esc", tr!("key-cancel")),
            ]
        } else if self.form.is_some() {
            vec![
                KeyRow::shown("Enter", "Enter", tr!("key-continue")),
                KeyRow::shown("Tab", "Tab, ↑↓", tr!("key-next-box")),
                KeyRow::shown("Esc", "Esc", tr!("key-cancel")),
                KeyRow::help_only("Backspace", tr!("key-delete")),
            ]
        } else {
            vec![
                KeyRow::shown("↑↓", "↑↓", tr!("key-choose")),
                KeyRow::help_only("PgUp/PgDn", tr!("key-page")),
                KeyRow::help_only("Home/End", tr!("key-list-ends")),
                KeyRow::shown("Enter", "Enter", tr!("key-select")),
                KeyRow::help_only("A–Z", tr!("key-type-name")),
                KeyRow::shown("+", "+", tr!("key-add-yourself")),
                if self.typed.is_empty() {
                    KeyRow::shown("Esc", "Esc", tr!("key-quit"))
                } else {
                    KeyRow::shown("Esc", "Esc", tr!("key-show-everyone"))
                },
            ]
        }
    }

    pub fn keys(&self) -> Vec<(&'static str, String)> {
        key_help::bar(self.key_rows())
    }

    pub fn help_keys(&self) -> Vec<(&'static str, String)> {
        key_help::help(self.key_rows())
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let block = widgets::panel(format!(" {} ", tr!("welcome-title")), true, theme);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let mut lines = vec![Line::default()];
        if let Some(form) = &self.form {
            lines.push(widgets::styled_line(
                format!("  {}", tr!("add-yourself-intro")),
                theme.normal,
            ));
            lines.push(Line::default());
            for (field, label, value) in [
                (Field::Name, tr!("your-name"), &form.name),
                (Field::Group, tr!("your-group"), &form.group),
            ] {
                let active = form.field == field;
                let marker = if active { "▶ " } else { "  " };
                lines.push(Line::from(vec![
                    Span::styled(
                        format!("  {marker}{label}: "),
                        if active { theme.strong } else { theme.normal },
                    ),
                    Span::styled(
                        format!("{value}{}", if active { "▏" } else { "" }),
                        if active { theme.selected } else { theme.normal },
                    ),
                ]));
            }
            if let Some(same) = &form.same {
                lines.push(Line::default());
                lines.push(widgets::styled_line(
                    format!("  {}", crate::tutor::same_learner_question(same)),
                    theme.strong,
                ));
                lines.push(widgets::styled_line(
                    format!("  {}", tr!("same-learner-keys")),
                    theme.normal,
                ));
            }
            if let Some(e) = &form.error {
                lines.push(Line::default());
                lines.push(widgets::styled_line(format!("  ✗ {e}"), theme.bad));
            }
            frame.render_widget(Paragraph::new(lines).style(theme.normal), inner);
            return;
        }
        let typed = crate::safe_text::for_terminal(&self.typed);
        let heading = match (self.typed.is_empty(), self.shown.is_empty()) {
            (true, _) => tr!("who-are-you"),
            (false, false) => tr!("who-typed", text = typed),
            (false, true) => tr!("who-typed-none", text = typed),
        };
        lines.push(widgets::styled_line(format!("  {heading}"), theme.normal));
        lines.push(Line::default());
        let [_, list] = Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(inner);
        frame.render_widget(Paragraph::new(lines).style(theme.normal), inner);
        let height = list.height as usize;
        let first = self.selected.saturating_sub(height.saturating_sub(1));
        let mut rows = Vec::new();
        for i in first..self.rows() {
            let selected = i == self.selected;
            let marker = if selected { "▶ " } else { "  " };
            let text = if i < self.shown.len() {
                let l = &self.learners[self.shown[i]];
                match &l.group {
                    Some(g) => format!("{} ({g})", l.name),
                    None => l.name.clone(),
                }
            } else {
                format!("+ {}", tr!("add-learner"))
            };
            rows.push(widgets::styled_line(
                format!("  {marker}{text}"),
                if selected {
                    theme.selected
                } else {
                    theme.normal
                },
            ));
        }
        frame.render_widget(Paragraph::new(rows).style(theme.normal), list);
    }
}
