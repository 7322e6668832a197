use super::field::with_classes;
use leptos::prelude::*;

/// A column's heading; numbers are right-aligned, as GOV.UK's `format: "numeric"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableHead {
    pub text: String,
    pub numeric: bool,
}

impl TableHead {
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            numeric: false,
        }
    }

    pub fn numeric(text: impl Into<String>) -> Self {
        Self {
            numeric: true,
            ..Self::new(text)
        }
    }
}

/// GOV.UK table: a caption, the column headings, and `TableRow`s as children.
#[component]
pub fn Table(
    #[prop(optional, into)] caption: String,
    /// Such as `govuk-table__caption--m`.
    #[prop(optional, into)]
    caption_classes: String,
    #[prop(optional, into)] classes: String,
    #[prop(optional)] head: Vec<TableHead>,
    children: Children,
) -> impl IntoView {
    let caption = (!caption.is_empty()).then(|| {
        view! { <caption class=with_classes("govuk-table__caption", &caption_classes)>{caption}</caption> }
    });
    let head = (!head.is_empty()).then(|| {
        let headings = head
            .into_iter()
            .map(|h| {
                let class = match h.numeric {
                    true => "govuk-table__header govuk-table__header--numeric",
                    false => "govuk-table__header",
                };
                view! { <th scope="col" class=class>{h.text}</th> }
            })
            .collect_view();
        view! {
            <thead class="govuk-table__head">
                <tr class="govuk-table__row">{headings}</tr>
            </thead>
        }
    });
    view! {
        <table class=with_classes("govuk-table", &classes)>
            {caption}
            {head}
            <tbody class="govuk-table__body">{children()}</tbody>
        </table>
    }
}

#[component]
pub fn TableRow(children: Children) -> impl IntoView {
    view! { <tr class="govuk-table__row">{children()}</tr> }
}

/// One cell: a row's heading (`row_header`, GOV.UK's `firstCellIsHeader`),
/// or data, right-aligned when `numeric`.
#[component]
pub fn TableCell(
    #[prop(optional)] row_header: bool,
    #[prop(optional)] numeric: bool,
    #[prop(optional, into)] classes: String,
    children: Children,
) -> impl IntoView {
    if row_header {
        let class = with_classes("govuk-table__header", &classes);
        return view! { <th scope="row" class=class>{children()}</th> }.into_any();
    }
    let base = match numeric {
        true => "govuk-table__cell govuk-table__cell--numeric",
        false => "govuk-table__cell",
    };
    view! { <td class=with_classes(base, &classes)>{children()}</td> }.into_any()
}
