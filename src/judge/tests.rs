use super::*;

fn block(place: Place) -> SpamBlock {
    SpamBlock {
        text: "牛牛房卡".into(),
        place,
        score: 9.0,
        reasons: Vec::<Reason>::new(),
    }
}

#[test]
fn page_verdicts() {
    assert_eq!(verdict(&[]), PageVerdict::Clean);
    for (places, want) in [
        (&[Place::List][..], PageVerdict::SpamAround),
        (&[Place::List, Place::Aside, Place::Hidden], PageVerdict::SpamAround),
        (&[Place::List, Place::Body], PageVerdict::Injected),
        (&[Place::Title], PageVerdict::Injected),
    ] {
        let spam: Vec<SpamBlock> = places.iter().map(|p| block(*p)).collect();
        assert_eq!(verdict(&spam), want, "{places:?}");
    }
}
