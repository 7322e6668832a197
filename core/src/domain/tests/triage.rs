use super::*;
use TriageSignal::*;
use Urgency::*;

#[test]
fn triage_recommends_declaring_only_when_a_signal_is_seen_and_it_cannot_wait() {
    let table: [(&[TriageSignal], Urgency, Recommendation); 8] = [
        (&[SecurityRisk], MustFixNow, Recommendation::Declare),
        (&[ServiceUnusable], NotSure, Recommendation::Declare),
        (
            &[EndUsersAffected, ReputationRisk],
            MustFixNow,
            Recommendation::Declare,
        ),
        (
            &[
                SecurityRisk,
                ServiceUnusable,
                EndUsersAffected,
                ReputationRisk,
            ],
            NotSure,
            Recommendation::Declare,
        ),
        (
            &[SecurityRisk],
            CanWait,
            Recommendation::ProbablyNotAnIncident,
        ),
        (
            &[ReputationRisk],
            CanWait,
            Recommendation::ProbablyNotAnIncident,
        ),
        (&[], MustFixNow, Recommendation::ProbablyNotAnIncident),
        (&[], NotSure, Recommendation::ProbablyNotAnIncident),
    ];
    for (signals, urgency, expected) in table {
        let answers = TriageAnswers::new(signals.iter().copied(), urgency);
        assert_eq!(
            answers.recommendation(),
            expected,
            "{signals:?} {urgency:?}"
        );
    }
}

#[test]
fn triage_needs_an_answer_on_whether_it_can_wait_but_no_signal_is_required() {
    let form = TriageForm {
        signals: vec![ReputationRisk, SecurityRisk, SecurityRisk],
        urgency: None,
    };
    assert_eq!(form.to_answers(), Err(vec![FieldError::UrgencyNotChosen]));
    assert_eq!(
        FieldError::UrgencyNotChosen.to_string(),
        "Select whether it must be fixed now or can wait"
    );
    let answers = TriageForm {
        urgency: Some(MustFixNow),
        ..form
    }
    .to_answers()
    .unwrap();
    assert_eq!(
        answers.signals,
        [SecurityRisk, ReputationRisk],
        "in question order, once each"
    );
}

#[test]
fn declaring_after_triage_keeps_the_answers_and_says_why_on_the_first_entry() {
    let answers = TriageAnswers::new([SecurityRisk, ServiceUnusable], MustFixNow);
    let id = IncidentId::generate(at(9, 15), 7);
    let incident = Incident::declare(
        id,
        declaration(),
        Some(answers.clone()),
        &ctx("Ada", at(9, 15)),
    )
    .unwrap();
    let triage = incident.triage.as_ref().unwrap();
    assert_eq!(triage.answers, answers);
    assert_eq!(triage.recommendation, Recommendation::Declare);
    assert_eq!(triage.decision, TriageDecision::Declared);
    assert_eq!(
        last_entry(&incident).text,
        "Incident declared. Declared because: security is at risk and people cannot use the service. It must be fixed now."
    );
}

#[test]
fn declaring_against_the_recommendation_is_allowed_and_noted() {
    let answers = TriageAnswers::new([], CanWait);
    let id = IncidentId::generate(at(9, 15), 7);
    let incident =
        Incident::declare(id, declaration(), Some(answers), &ctx("Ada", at(9, 15))).unwrap();
    assert_eq!(incident.status, Status::Active);
    assert_eq!(
        last_entry(&incident).text,
        "Incident declared. Declared because: none of the signs of an incident were seen. It can wait. \
         Declared although triage suggested it was probably not an incident."
    );
}

fn not_an_incident(reason: &str) -> Result<Incident, CommandError> {
    Incident::record_not_an_incident(
        IncidentId::generate(at(9, 15), 9),
        "Typo on the cookies page".into(),
        "The cookies page says “cokies”.".into(),
        TriageAnswers::new([ReputationRisk], CanWait),
        reason.into(),
        &ctx("Ada", at(9, 15)),
    )
}

#[test]
fn a_triage_that_does_not_declare_is_kept_as_not_an_incident_with_its_reason() {
    let record = not_an_incident("  Wrong text, fix it in the next release.  ").unwrap();
    assert_eq!(record.status, Status::NotAnIncident);
    let triage = record.triage.as_ref().unwrap();
    assert_eq!(triage.decision, TriageDecision::NotAnIncident);
    assert_eq!(triage.reason, "Wrong text, fix it in the next release.");
    assert_eq!(last_entry(&record).kind, EntryKind::NotAnIncident);
    assert_eq!(
        last_entry(&record).text,
        "Recorded as not an incident. Reason: Wrong text, fix it in the next release. \
         Triage: reputation is at risk. It can wait."
    );
}

#[test]
fn not_an_incident_needs_a_reason_and_is_final() {
    let error = not_an_incident(" ").unwrap_err();
    assert_eq!(
        error.field_errors(),
        [FieldError::NotAnIncidentReasonMissing]
    );
    let record = not_an_incident("Not urgent").unwrap();
    assert_eq!(
        refused(&record, note(NoteKind::Note, "later")),
        CommandError::RecordedAsNotAnIncident
    );
}

#[test]
fn the_security_signal_marks_the_record_security_related() {
    let record = Incident::record_not_an_incident(
        IncidentId::generate(at(9, 15), 9),
        "Odd login email".into(),
        "A phishing-looking email".into(),
        TriageAnswers::new([SecurityRisk], CanWait),
        "It was a test".into(),
        &ctx("Ada", at(9, 15)),
    )
    .unwrap();
    assert!(record.details.security_related);
}

#[test]
fn signals_and_urgency_read_back_from_their_keys() {
    for signal in TriageSignal::ALL {
        assert_eq!(TriageSignal::from_key(signal.key()), Some(signal));
    }
    for urgency in Urgency::ALL {
        assert_eq!(Urgency::from_key(urgency.key()), Some(urgency));
    }
    assert_eq!(
        ServiceUnusable.label("the design system"),
        "People cannot use the design system, in part or at all"
    );
}
