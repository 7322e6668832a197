//! Dates found in running text, and only dates.

use crate::report::date_pieces;

#[test]
fn a_date_in_a_sentence_is_a_piece_of_its_own() {
    assert_eq!(
        date_pieces("Action 1 agreed for Ken, due 1 April 2026: fix it"),
        [
            ("Action 1 agreed for Ken, due ", false),
            ("1 April 2026", true),
            (": fix it", false)
        ]
    );
    assert_eq!(
        date_pieces("31 December 2026 09:15 and 2 May 2027"),
        [
            ("31 December 2026", true),
            (" 09:15 and ", false),
            ("2 May 2027", true)
        ]
    );
}

#[test]
fn what_only_looks_like_a_date_is_text() {
    for text in [
        "2026",
        "123 April 2026",
        "1 Aprill 2026",
        "1 April 20261",
        "1  April 2026",
        "1 april 2026",
        "1 April",
        "9",
        "",
    ] {
        let pieces = date_pieces(text);
        assert!(pieces.iter().all(|(_, date)| !date), "{text}: {pieces:?}");
        assert_eq!(pieces.iter().map(|(p, _)| *p).collect::<String>(), text);
    }
}

#[test]
fn text_around_a_date_may_be_any_script() {
    assert_eq!(
        date_pieces("é 5 June 2026 ✓"),
        [("é ", false), ("5 June 2026", true), (" ✓", false)]
    );
}
