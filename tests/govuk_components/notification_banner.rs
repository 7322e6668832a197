use super::*;

#[wasm_bindgen_test]
fn notification_banner_matches_the_default_and_success_examples() {
    assert_matches(fixtures!("notification-banner"), "default", || {
        view! { <NotificationBanner text="This publication was withdrawn on 7 March 2014." /> }
    });
    assert_matches(
        fixtures!("notification-banner"),
        "with type as success",
        || {
            view! { <NotificationBanner text="Email sent to example@email.com" success=true /> }
        },
    );
}
