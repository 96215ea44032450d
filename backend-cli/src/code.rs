//! An IL instruction list with symbolic labels, tracking the evaluation
//! stack depth as instructions are appended (dotnetdll does not compute
//! maxstack), and resolving labels to instruction indices at the end
//! (every label must be placed before an instruction: a branch to a
//! missing index would make dotnetdll panic).

use dotnetdll::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(usize);

enum Item {
    Plain(Instruction),
    Branch(Label),
    BranchTruthy(Label),
    Leave(Label),
}

/// A protected region with one typed handler, as label ranges.
pub struct Clause {
    pub try_start: Label,
    pub try_end: Label,
    pub handler_start: Label,
    pub handler_end: Label,
    pub catch: MethodType,
}

pub struct Code {
    items: Vec<Item>,
    labels: Vec<Option<usize>>,
    depth: i32,
    max: i32,
    clauses: Vec<Clause>,
}

impl Code {
    pub fn new() -> Code {
        Code {
            items: Vec::new(),
            labels: Vec::new(),
            depth: 0,
            max: 0,
            clauses: Vec::new(),
        }
    }

    pub fn label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    /// Place a label before the next instruction. Every label in our code
    /// is reached with an empty evaluation stack.
    pub fn place(&mut self, l: Label) {
        self.labels[l.0] = Some(self.items.len());
        self.depth = 0;
    }

    /// Place the start of a catch handler (the exception is on the stack).
    pub fn place_handler(&mut self, l: Label) {
        self.place(l);
        self.adjust(1);
    }

    fn adjust(&mut self, delta: i32) {
        self.depth += delta;
        if self.depth > self.max {
            self.max = self.depth;
        }
    }

    /// Append an instruction that pops `pop` and pushes `push` slots.
    pub fn op(&mut self, ins: Instruction, pop: i32, push: i32) {
        self.items.push(Item::Plain(ins));
        self.adjust(push - pop);
    }

    pub fn branch(&mut self, l: Label) {
        self.items.push(Item::Branch(l));
        self.depth = 0;
    }

    pub fn branch_truthy(&mut self, l: Label) {
        self.items.push(Item::BranchTruthy(l));
        self.adjust(-1);
    }

    pub fn leave(&mut self, l: Label) {
        self.items.push(Item::Leave(l));
        self.depth = 0;
    }

    /// After an instruction that does not fall through (ret, throw).
    pub fn end_flow(&mut self) {
        self.depth = 0;
    }

    pub fn clause(&mut self, c: Clause) {
        self.clauses.push(c);
    }

    pub fn max_stack(&self) -> usize {
        self.max.max(0) as usize
    }

    fn resolve(&self, l: Label) -> Result<usize, String> {
        match self.labels.get(l.0).copied().flatten() {
            Some(i) if i < self.items.len() => Ok(i),
            Some(_) => Err("internal error: label placed after the last instruction".into()),
            None => Err("internal error: branch to a label that was never placed".into()),
        }
    }

    /// Resolve every label: the instructions and the exception clauses.
    pub fn finish(self) -> Result<(Vec<Instruction>, Vec<body::Exception>), String> {
        let mut out = Vec::with_capacity(self.items.len());
        for it in &self.items {
            out.push(match it {
                Item::Plain(i) => i.clone(),
                Item::Branch(l) => Instruction::Branch(self.resolve(*l)?),
                Item::BranchTruthy(l) => Instruction::BranchTruthy(self.resolve(*l)?),
                Item::Leave(l) => Instruction::Leave(self.resolve(*l)?),
            });
        }
        let end_index = |l: Label| -> Result<usize, String> {
            // An end label may sit just past the last instruction.
            match self.labels.get(l.0).copied().flatten() {
                Some(i) if i <= self.items.len() => Ok(i),
                _ => Err("internal error: unplaced end label of a protected region".into()),
            }
        };
        let mut exc = Vec::new();
        for c in &self.clauses {
            let ts = self.resolve(c.try_start)?;
            let te = end_index(c.try_end)?;
            let hs = self.resolve(c.handler_start)?;
            let he = end_index(c.handler_end)?;
            if te <= ts || he <= hs {
                return Err("internal error: empty protected region".into());
            }
            exc.push(body::Exception {
                kind: body::ExceptionKind::TypedException(c.catch.clone()),
                try_offset: ts,
                try_length: te - ts,
                handler_offset: hs,
                handler_length: he - hs,
            });
        }
        Ok((out, exc))
    }
}
