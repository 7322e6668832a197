//! A small reader of JSON's shape, for imports: it splits a file into the
//! pieces the app reads one by one, and names the place an error points at
//! (`.incidents[2].details.title`). Imports then use the same typed readers
//! as storage, which keeps the app small.

/// Where a value lies in the text: bytes `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    fn holds(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }
}

/// A value's shape: objects and arrays with their parts, or anything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// Each member: its key, the span of its key, and its value.
    Object(Vec<(String, Span, Value)>),
    Array(Vec<Value>),
    Scalar,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value {
    pub span: Span,
    pub shape: Shape,
}

/// Why a text's shape could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unread {
    NotJson,
    /// Lists and objects nested deeper than `max`.
    TooDeep {
        max: usize,
    },
}

/// The shape of the JSON `text`.
pub fn shape(text: &str) -> Result<Value, Unread> {
    outline(text, usize::MAX)
}

/// The shape of the JSON `text` down to `depth` (the whole is depth 0):
/// anything deeper is checked, but kept as one opaque value. Much quicker
/// for a large file whose parts are read one at a time.
pub fn outline(text: &str, depth: usize) -> Result<Value, Unread> {
    let mut reader = Reader {
        text: text.as_bytes(),
        at: 0,
        too_deep: false,
        keep: depth,
    };
    let value = reader.value(0);
    reader.space();
    match value {
        Some(value) if reader.at == text.len() => Ok(value),
        _ if reader.too_deep => Err(Unread::TooDeep { max: MAX_DEPTH }),
        _ => Err(Unread::NotJson),
    }
}

impl Value {
    /// Where `offset` falls inside this value: `.details.title`, `[2]`, or
    /// empty for the value as a whole.
    pub fn path_at(&self, offset: usize) -> String {
        let mut path = String::new();
        let mut value = self;
        loop {
            let next = match &value.shape {
                Shape::Object(members) => members
                    .iter()
                    .find(|(_, key, member)| key.start <= offset && offset < member.span.end)
                    .map(|(name, key, member)| {
                        path.push('.');
                        path.push_str(name);
                        // On the key itself: the member is the place.
                        (!key.holds(offset)).then_some(member)
                    }),
                Shape::Array(items) => items
                    .iter()
                    .enumerate()
                    .find(|(_, item)| item.span.holds(offset))
                    .map(|(index, item)| {
                        path.push_str(&format!("[{index}]"));
                        Some(item)
                    }),
                Shape::Scalar => None,
            };
            match next.flatten() {
                Some(inner) => value = inner,
                None => return path,
            }
        }
    }
}

/// Byte offset of a one-based line and column, as serde_json reports them.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// Deeper than this is not an export: refuse it rather than recurse on.
const MAX_DEPTH: usize = 64;

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
    /// Set when reading stopped at `MAX_DEPTH`.
    too_deep: bool,
    /// How deep the parts of objects and arrays are kept.
    keep: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn byte(&mut self, byte: u8) -> Option<()> {
        self.space();
        (self.peek() == Some(byte)).then(|| self.at += 1)
    }

    fn string(&mut self) -> Option<Span> {
        self.space();
        let start = self.at;
        self.byte(b'"')?;
        loop {
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(Span {
                        start,
                        end: self.at,
                    });
                }
                b'\\' => self.at += 2,
                _ => self.at += 1,
            }
        }
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            self.too_deep = true;
            return None;
        }
        self.space();
        let start = self.at;
        let keep = depth < self.keep;
        let shape = match self.peek()? {
            b'"' => {
                self.string()?;
                Shape::Scalar
            }
            b'{' => {
                self.at += 1;
                let mut members = Vec::new();
                if self.byte(b'}').is_none() {
                    loop {
                        let key = self.string()?;
                        self.byte(b':')?;
                        let value = self.value(depth + 1)?;
                        if keep {
                            let name =
                                serde_json::from_slice(&self.text[key.start..key.end]).ok()?;
                            members.push((name, key, value));
                        }
                        if self.byte(b',').is_none() {
                            self.byte(b'}')?;
                            break;
                        }
                    }
                }
                if keep {
                    Shape::Object(members)
                } else {
                    Shape::Scalar
                }
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                if self.byte(b']').is_none() {
                    loop {
                        let item = self.value(depth + 1)?;
                        if keep {
                            items.push(item);
                        }
                        if self.byte(b',').is_none() {
                            self.byte(b']')?;
                            break;
                        }
                    }
                }
                if keep {
                    Shape::Array(items)
                } else {
                    Shape::Scalar
                }
            }
            _ => {
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                ) {
                    self.at += 1;
                }
                if self.at == start {
                    return None;
                }
                Shape::Scalar
            }
        };
        Some(Value {
            span: Span {
                start,
                end: self.at,
            },
            shape,
        })
    }
}
