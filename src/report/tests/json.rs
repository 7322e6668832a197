use crate::domain::tests::*;
use crate::report::Envelope;

#[test]
fn print_sample() {
    let envelope = Envelope::new(vec![closed()], Some(playbook()), at(12, 0));
    println!("{}", envelope.to_json().unwrap());
}
