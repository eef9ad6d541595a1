//! Is a function test's `call` or `returns` a Python expression? Checked on the host
//! whenever a pack is loaded, so a mistake is reported with the pack's other problems (file,
//! line, test and field), never first seen when a pupil is marked.
//!
//! The sandbox's own parser cannot be used here: loading a pack must not need Python to be
//! prepared (CPython's parser lives inside the guest). So this is a small tokenizer and recursive-descent parser for
//! Python 3's expression grammar (what `eval` accepts), written to be generous: anything it
//! is unsure of, it accepts (the check of every solution by `slate pack check` still runs the
//! real parser), so a valid expression is never refused. It refuses what is plainly not an
//! expression: an assignment or statement, an unclosed bracket or string, a missing operand.

use self::tokens::{Tok, tokenize};
use crate::tr;

mod tokens;

/// Why a text is not a Python expression, and where (a character position, from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotPython {
    pub at: usize,
    kind: Fault,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Fault {
    /// This token cannot come here.
    Unexpected(String),
    /// The text ends where more is needed.
    Ends,
    /// A bracket is never closed.
    Unclosed(char),
    /// A string is never closed.
    String,
}

impl NotPython {
    /// The reason in words, for a teacher.
    pub fn words(&self) -> String {
        match &self.kind {
            Fault::Unexpected(token) => tr!("pack-python-unexpected", token = token, at = self.at),
            Fault::Ends => tr!("pack-python-ends"),
            Fault::Unclosed(c) => tr!(
                "pack-python-unclosed",
                bracket = c.to_string(),
                at = self.at
            ),
            Fault::String => tr!("pack-python-string", at = self.at),
        }
    }
}

/// Checks that `text` is one Python expression (as `eval` reads it).
pub fn check_expression(text: &str) -> Result<(), NotPython> {
    let tokens = tokenize(text)?;
    let mut p = Parser { tokens, i: 0 };
    p.expressions()?;
    match p.peek() {
        Tok::End => Ok(()),
        _ => Err(p.unexpected()),
    }
}

struct Parser {
    tokens: Vec<(Tok, usize)>,
    i: usize,
}

type Parsed = Result<(), NotPython>;

impl Parser {
    fn peek(&self) -> &Tok {
        &self.tokens[self.i.min(self.tokens.len() - 1)].0
    }

    fn next(&mut self) -> Tok {
        let t = self.peek().clone();
        self.i = (self.i + 1).min(self.tokens.len() - 1);
        t
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }

    fn is_key(&self, key: &str) -> bool {
        matches!(self.peek(), Tok::Key(k) if *k == key)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        let found = self.is_op(op);
        if found {
            self.next();
        }
        found
    }

    fn eat_key(&mut self, key: &str) -> bool {
        let found = self.is_key(key);
        if found {
            self.next();
        }
        found
    }

    fn expect_op(&mut self, op: &str) -> Parsed {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn unexpected(&self) -> NotPython {
        let (tok, at) = &self.tokens[self.i.min(self.tokens.len() - 1)];
        let kind = match tok {
            Tok::End => Fault::Ends,
            Tok::Name(n) => Fault::Unexpected(n.clone()),
            Tok::Key(k) => Fault::Unexpected((*k).to_owned()),
            Tok::Op("\n") => Fault::Unexpected(tr!("pack-python-new-line")),
            Tok::Op(o) => Fault::Unexpected((*o).to_owned()),
            Tok::Atom | Tok::Str => Fault::Unexpected(tr!("pack-python-value")),
        };
        NotPython { at: *at, kind }
    }

    /// Can an expression start here?
    fn starts_expression(&self) -> bool {
        match self.peek() {
            Tok::Name(_) | Tok::Atom | Tok::Str => true,
            Tok::Key(k) => ["False", "None", "True", "not", "lambda", "await", "yield"].contains(k),
            Tok::Op(o) => ["(", "[", "{", "-", "+", "~", "...", "*"].contains(o),
            Tok::End => false,
        }
    }

    /// `a, b, c` (a tuple without brackets), each item possibly starred.
    fn expressions(&mut self) -> Parsed {
        self.star_named()?;
        while self.eat_op(",") {
            if !self.starts_expression() {
                break;
            }
            self.star_named()?;
        }
        Ok(())
    }

    /// An item of a list, tuple, set or argument list: `*x`, `x := 1` or an expression.
    fn star_named(&mut self) -> Parsed {
        if self.eat_op("*") || self.eat_op("**") {
            return self.bitwise();
        }
        self.named()
    }

    fn named(&mut self) -> Parsed {
        if matches!(self.peek(), Tok::Name(_))
            && matches!(self.tokens.get(self.i + 1), Some((Tok::Op(":="), _)))
        {
            self.i += 2;
        }
        self.expression()
    }

    fn expression(&mut self) -> Parsed {
        if self.eat_key("lambda") {
            return self.lambda();
        }
        if self.eat_key("yield") {
            self.eat_key("from");
            return if self.starts_expression() {
                self.expressions()
            } else {
                Ok(())
            };
        }
        self.disjunction()?;
        if self.eat_key("if") {
            self.disjunction()?;
            if !self.eat_key("else") {
                return Err(self.unexpected());
            }
            self.expression()?;
        }
        Ok(())
    }

    fn lambda(&mut self) -> Parsed {
        while !self.is_op(":") {
            let marker = self.eat_op("*") || self.eat_op("**") || self.eat_op("/");
            if matches!(self.peek(), Tok::Name(_)) {
                self.next();
                if self.eat_op("=") {
                    self.expression()?;
                }
            } else if !marker {
                return Err(self.unexpected());
            }
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op(":")?;
        self.expression()
    }

    fn disjunction(&mut self) -> Parsed {
        self.inversion()?;
        while self.eat_key("or") || self.eat_key("and") {
            self.inversion()?;
        }
        Ok(())
    }

    fn inversion(&mut self) -> Parsed {
        if self.eat_key("not") {
            return self.inversion();
        }
        self.bitwise()?;
        loop {
            let comparison = ["==", "!=", "<", "<=", ">", ">="]
                .iter()
                .any(|o| self.is_op(o));
            if comparison || self.eat_key("in") {
                if comparison {
                    self.next();
                }
            } else if self.eat_key("is") {
                self.eat_key("not");
            } else if self.is_key("not")
                && matches!(self.tokens.get(self.i + 1), Some((Tok::Key("in"), _)))
            {
                self.i += 2;
            } else {
                return Ok(());
            }
            self.bitwise()?;
        }
    }

    /// Every binary operator from `|` to `**`: which binds tighter does not change whether
    /// the text is an expression.
    fn bitwise(&mut self) -> Parsed {
        const BINARY: &[&str] = &[
            "|", "^", "&", "<<", ">>", "+", "-", "*", "/", "//", "%", "@", "**",
        ];
        self.unary()?;
        while BINARY.iter().any(|o| self.is_op(o)) {
            self.next();
            self.unary()?;
        }
        Ok(())
    }

    fn unary(&mut self) -> Parsed {
        if self.eat_op("-") || self.eat_op("+") || self.eat_op("~") {
            return self.unary();
        }
        self.eat_key("await");
        self.primary()
    }

    fn primary(&mut self) -> Parsed {
        self.atom()?;
        loop {
            if self.eat_op(".") {
                if !matches!(self.peek(), Tok::Name(_)) {
                    return Err(self.unexpected());
                }
                self.next();
            } else if self.eat_op("(") {
                self.arguments()?;
            } else if self.eat_op("[") {
                self.slices()?;
            } else {
                return Ok(());
            }
        }
    }

    fn atom(&mut self) -> Parsed {
        match self.peek().clone() {
            Tok::Name(_) | Tok::Atom | Tok::Key("True" | "False" | "None") | Tok::Op("...") => {
                self.next();
                Ok(())
            }
            Tok::Str => {
                // Strings written side by side are one string.
                while matches!(self.peek(), Tok::Str) {
                    self.next();
                }
                Ok(())
            }
            Tok::Op("(") => {
                self.next();
                self.inside(")")
            }
            Tok::Op("[") => {
                self.next();
                self.inside("]")
            }
            Tok::Op("{") => {
                self.next();
                self.braces()
            }
            _ => Err(self.unexpected()),
        }
    }

    /// The inside of `( ... )` or `[ ... ]`: empty, items, or a comprehension.
    fn inside(&mut self, close: &str) -> Parsed {
        if self.eat_op(close) {
            return Ok(());
        }
        self.star_named()?;
        if self.comprehension()? {
            return self.expect_op(close);
        }
        while self.eat_op(",") {
            if self.is_op(close) {
                break;
            }
            self.star_named()?;
        }
        self.expect_op(close)
    }

    /// The inside of `{ ... }`: a dictionary or a set, or a comprehension of either.
    fn braces(&mut self) -> Parsed {
        if self.eat_op("}") {
            return Ok(());
        }
        loop {
            if self.eat_op("**") {
                self.bitwise()?;
            } else {
                self.star_named()?;
                if self.eat_op(":") {
                    self.expression()?;
                }
            }
            if self.comprehension()? {
                return self.expect_op("}");
            }
            if !self.eat_op(",") || self.is_op("}") {
                break;
            }
        }
        self.expect_op("}")
    }

    /// `for x in y if z ...`, if one is here.
    fn comprehension(&mut self) -> Result<bool, NotPython> {
        let mut found = false;
        loop {
            if self.is_key("async") {
                self.next();
            }
            if !self.eat_key("for") {
                return Ok(found);
            }
            found = true;
            // The targets: names, attributes, subscripts, tuples of them, never `in`.
            loop {
                self.eat_op("*");
                self.bitwise()?;
                if !self.eat_op(",") || self.is_key("in") {
                    break;
                }
            }
            if !self.eat_key("in") {
                return Err(self.unexpected());
            }
            self.disjunction()?;
            while self.eat_key("if") {
                self.disjunction()?;
            }
        }
    }

    /// A call's arguments, up to and including `)`.
    fn arguments(&mut self) -> Parsed {
        while !self.is_op(")") {
            if matches!(self.peek(), Tok::Name(_))
                && matches!(self.tokens.get(self.i + 1), Some((Tok::Op("="), _)))
            {
                self.i += 2;
                self.expression()?;
            } else {
                self.star_named()?;
                self.comprehension()?;
            }
            if !self.eat_op(",") {
                break;
            }
        }
        self.expect_op(")")
    }

    /// A subscript's slices, up to and including `]`.
    fn slices(&mut self) -> Parsed {
        loop {
            if self.starts_expression() {
                self.star_named()?;
            }
            // `a:b:c`, each part optional.
            for _ in 0..2 {
                if self.eat_op(":") && self.starts_expression() {
                    self.expression()?;
                }
            }
            if !self.eat_op(",") || self.is_op("]") {
                break;
            }
        }
        self.expect_op("]")
    }
}

#[cfg(test)]
mod tests;
