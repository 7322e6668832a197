use leptos::prelude::*;

/// GOV.UK footer with meta links and a line of custom meta text; no crown or
/// licence, as the app may be hosted anywhere.
#[component]
pub fn Footer(
    #[prop(into)] meta_text: Signal<String>,
    /// Text and address of each meta link.
    #[prop(optional)]
    links: Vec<(&'static str, String)>,
) -> impl IntoView {
    let links = (!links.is_empty()).then(|| {
        view! {
            <ul class="govuk-footer__inline-list">
                {links.into_iter().map(|(text, href)| view! {
                    <li class="govuk-footer__inline-list-item">
                        <a class="govuk-footer__link" href=href>{text}</a>
                    </li>
                }).collect_view()}
            </ul>
        }
    });
    view! {
        <footer class="govuk-footer">
            <div class="govuk-width-container">
                <div class="govuk-footer__meta">
                    <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                        <h2 class="govuk-visually-hidden">"Support links"</h2>
                        {links}
                        {move || meta_text.with(|text| (!text.is_empty()).then(|| view! {
                            <div class="govuk-footer__meta-custom">{text.clone()}</div>
                        }))}
                    </div>
                </div>
            </div>
        </footer>
    }
}
