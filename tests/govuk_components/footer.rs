use super::*;

/// GOV.UK's example as a `<footer>` landmark (the app's only footer), and
/// without the crown, licence and copyright: the app may be hosted anywhere,
/// by any team, so it claims neither.
#[wasm_bindgen_test]
fn footer_matches_the_custom_meta_example_without_the_crown_or_licence() {
    let html = as_landmark(fixture_html(fixtures!("footer"), "with custom meta"));
    assert_matches_html(
        &html,
        &[
            ".govuk-footer__crown",
            ".govuk-footer__licence-logo",
            ".govuk-footer__licence-description",
            ".govuk-footer__meta-item:not(.govuk-footer__meta-item--grow)",
        ],
        "with custom meta",
        || view! { <Footer meta_text="GOV.UK Prototype Kit v7.0.1".to_owned() /> },
    );
}

#[wasm_bindgen_test]
fn footer_matches_the_meta_links_example_without_the_crown_or_licence() {
    let html = as_landmark(fixture_html(fixtures!("footer"), "with only meta links"));
    let texts = [
        "Bibendum Ornare",
        "Nullam",
        "Tortor Fringilla",
        "Tellus",
        "Egestas Nullam",
        "Euismod Etiam",
        "Fusce Sollicitudin",
        "Ligula Nullam Ultricies",
    ];
    assert_matches_html(
        &html,
        &[
            ".govuk-footer__crown",
            ".govuk-footer__meta-item:not(.govuk-footer__meta-item--grow)",
        ],
        "with only meta links",
        move || {
            let links = (1..)
                .zip(texts)
                .map(|(n, text)| (text, format!("#{n}")))
                .collect();
            view! { <Footer meta_text=String::new() links /> }
        },
    );
}

/// GOV.UK's footer as the `<footer>` element the page's landmark needs.
fn as_landmark(html: String) -> String {
    let html = html.replacen(
        "<div class=\"govuk-footer\">",
        "<footer class=\"govuk-footer\">",
        1,
    );
    format!("{}</footer>", html.trim_end().trim_end_matches("</div>"))
}
