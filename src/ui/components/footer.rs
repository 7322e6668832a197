use leptos::prelude::*;

/// GOV.UK footer with a line of custom meta text; no crown or licence, as the
/// app may be hosted anywhere.
#[component]
pub fn Footer(#[prop(into)] meta_text: String) -> impl IntoView {
    view! {
        <footer class="govuk-footer">
            <div class="govuk-width-container">
                <div class="govuk-footer__meta">
                    <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                        <div class="govuk-footer__meta-custom">{meta_text}</div>
                    </div>
                </div>
            </div>
        </footer>
    }
}
