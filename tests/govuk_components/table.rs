use super::*;

/// GOV.UK's months-and-rates rows, as their examples have them.
fn rates() -> impl IntoView {
    [
        ("January", "£85", "£95"),
        ("February", "£75", "£55"),
        ("March", "£165", "£125"),
    ]
    .into_iter()
    .map(|(month, bicycles, vehicles)| {
        view! {
            <TableRow>
                <TableCell row_header=true>{month}</TableCell>
                <TableCell numeric=true>{bicycles}</TableCell>
                <TableCell numeric=true>{vehicles}</TableCell>
            </TableRow>
        }
    })
    .collect_view()
}

#[wasm_bindgen_test]
fn table_matches_the_example_with_a_head_and_caption() {
    assert_matches(fixtures!("table"), "with head and caption", || {
        let head = vec![
            TableHead::new("Month you apply"),
            TableHead::numeric("Rate for bicycles"),
            TableHead::numeric("Rate for vehicles"),
        ];
        view! {
            <Table caption="Caption 1: Months and rates" caption_classes="govuk-table__caption--m" head>
                {rates()}
            </Table>
        }
    });
}

#[wasm_bindgen_test]
fn table_matches_the_example_whose_first_cells_are_headers() {
    assert_matches(fixtures!("table"), "with firstCellIsHeader true", || {
        view! { <Table>{rates()}</Table> }
    });
}
