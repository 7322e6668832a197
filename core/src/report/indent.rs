//! serde_json's indented layout, made from its compact output. Writing every
//! JSON document the one way keeps a second copy of every `Serialize` (one
//! for each formatter) out of the wasm.

/// `compact` as `serde_json::to_string_pretty` would have written it: it
/// must be JSON as `serde_json::to_string` writes it, with no whitespace
/// outside strings.
pub fn indented(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                // An empty object or array stays on one line.
                match chars.next_if(|next| matches!(next, '}' | ']')) {
                    Some(close) => out.push(close),
                    None => {
                        depth += 1;
                        new_line(&mut out, depth);
                    }
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                new_line(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                new_line(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

fn new_line(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // A test stops at the first surprise.
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;

    /// Any JSON, its strings full of what the layout turns on.
    fn any_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            "[\\\\\"{}\\[\\]:, a-zé\u{2028}\n\t]{0,8}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map("[\\\\\"{}:, a-z]{0,6}", inner, 0..6)
                    .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_json_is_laid_out_as_serde_json_indents_it(value in any_json()) {
            let compact = serde_json::to_string(&value).unwrap();
            prop_assert_eq!(indented(&compact), serde_json::to_string_pretty(&value).unwrap());
        }
    }

    #[test]
    fn empty_arrays_and_objects_stay_on_one_line() {
        assert_eq!(
            indented(r#"{"a":[],"b":{},"c":[{}]}"#),
            "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    {}\n  ]\n}"
        );
    }
}
