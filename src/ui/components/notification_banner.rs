use leptos::prelude::*;

/// GOV.UK notification banner. `success` banners are announced (role alert);
/// others are a labelled region.
#[component]
pub fn NotificationBanner(
    #[prop(into)] text: String,
    #[prop(optional)] success: bool,
    #[prop(optional, into)] title_text: Option<String>,
    #[prop(default = "govuk-notification-banner-title".to_owned(), into)] title_id: String,
    /// More detail below the heading.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let (class, role, default_title) = if success {
        (
            "govuk-notification-banner govuk-notification-banner--success",
            "alert",
            "Success",
        )
    } else {
        ("govuk-notification-banner", "region", "Important")
    };
    let title = title_text.unwrap_or_else(|| default_title.to_owned());
    let labelled_by = title_id.clone();
    view! {
        <div class=class role=role aria-labelledby=labelled_by data-module="govuk-notification-banner">
            <div class="govuk-notification-banner__header">
                <h2 class="govuk-notification-banner__title" id=title_id>{title}</h2>
            </div>
            <div class="govuk-notification-banner__content">
                <p class="govuk-notification-banner__heading">{text}</p>
                {children.map(|children| children())}
            </div>
        </div>
    }
}
