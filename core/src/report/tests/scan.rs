use crate::report::scan::{offset_of, shape, Unread};

#[test]
fn the_shape_reader_names_the_place_of_any_byte() {
    let text = r#"{"a": 1, "b": {"c": [10, {"d": "x}]\"y"}]}, "e": []}"#;
    let root = shape(text).unwrap();
    let at = |needle: &str| root.path_at(text.find(needle).unwrap());
    assert_eq!(at("1,"), ".a");
    assert_eq!(at("10"), ".b.c[0]");
    assert_eq!(at("\"x}"), ".b.c[1].d");
    assert_eq!(at("\"d\""), ".b.c[1].d", "on a key: that member");
    assert_eq!(at("[]"), ".e");
    assert_eq!(
        root.path_at(text.len() - 1),
        "",
        "the closing brace is the whole"
    );
}

#[test]
fn what_is_not_json_has_no_shape() {
    for bad in ["", "{", "{\"a\" 1}", "[1,]", "{\"a\": 1} x", "\"open"] {
        assert_eq!(shape(bad), Err(Unread::NotJson), "{bad}");
    }
    let deep = "[".repeat(100) + &"]".repeat(100);
    assert_eq!(
        shape(&deep),
        Err(Unread::TooDeep { max: 64 }),
        "too deep to be an export"
    );
}

#[test]
fn serde_json_positions_become_byte_offsets() {
    let text = "ab\ncd\nef";
    assert_eq!(offset_of(text, 1, 1), 0);
    assert_eq!(offset_of(text, 2, 2), 4);
    assert_eq!(offset_of(text, 3, 9), text.len());
}
