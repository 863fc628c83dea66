use super::*;
use crate::features::{self, Context};
use crate::lexicon::{Lexicon, Matcher};

fn fired(text: &str, sit: Situation) -> Vec<RuleId> {
    let lex = Lexicon::embedded();
    let m = Matcher::new(&lex).unwrap();
    let (f, _) = features::extract(text, &m, &Context::default());
    fire(text, &f, &sit).into_iter().map(|x| x.id).collect()
}

/// `t!(text, fires, does not fire)`: which rules a text sets off.
macro_rules! t {
    ($text:expr, [$($yes:ident),*], [$($no:ident),*]) => {
        t!($text, Situation::default(), [$($yes),*], [$($no),*])
    };
    ($text:expr, $sit:expr, [$($yes:ident),*], [$($no:ident),*]) => {{
        let got = fired($text, $sit);
        $(assert!(got.contains(&RuleId::$yes),
            "{}: {} did not fire ({got:?})", $text, RuleId::$yes);)*
        $(assert!(!got.contains(&RuleId::$no),
            "{}: {} fired ({got:?})", $text, RuleId::$no);)*
    }};
}

#[test]
fn rules_are_in_id_order() {
    for (i, r) in RULES.iter().enumerate() {
        assert_eq!(r.id as usize, i, "{}", r.name);
        assert_eq!(RuleId::from_name(r.name), Some(r.id));
    }
    for c in Category::ALL {
        assert_eq!(RuleId::lexicon(c).name(), format!("lexicon.{}", c.name()));
    }
}

#[test]
fn step_lexicon() {
    t!("牛牛房卡批发", [LexGambling, LexSelling], [LexContact]);
    t!("今天天气晴朗，适合出行", [], [LexGambling, LexSelling]);
    t!("酒店前台提醒退房时归还房卡", [LexBenign], [GamblingSelling]);
}

#[test]
fn step_explained() {
    // Police news: the words are the story; no combination fires.
    t!(
        "警方破获一起利用微信群组织牛牛赌博案，抓获犯罪嫌疑人12名",
        [LexReport, LexGambling],
        [GamblingContact, GamblingSelling]
    );
    // A spam template wins over innocent words.
    t!("游戏指南!酒店牛牛房卡怎么买", [HypeTitle, GamblingSelling], []);
}

#[test]
fn step_long_text() {
    // A long text's topic words count for less; a short one's do not.
    let long = "本报讯 记者从市公安局获悉，近日警方在一次专项行动中查处了一个利用网络组织赌博的团伙，\
                该团伙以棋牌游戏为幌子招揽参赌人员，目前案件正在进一步审理之中，相关人员已被依法处理。";
    t!(long, [LongText], []);
    t!("牛牛房卡批发", [], [LongText]);
}

#[test]
fn step_combinations() {
    t!("牛牛房卡批发，加微信", [GamblingSelling, GamblingContact], []);
    t!("约炮同城，加微信", [PornContact], []);
    t!("代开发票，联系电话13812345678", [FraudContact], []);
    t!("麻将作弊器，透视眼镜，联系电话13812345678", [CheatingContact], []);
    t!("专业泛目录站群蜘蛛池出租 seo8.example.vip", [SeoContact], []);
    t!("百家乐首存送彩金，打码量低", [GamblingOperator], []);
    t!("联系电话13812345678，欢迎来电", [], [FraudContact, CheatingContact]);
}

#[test]
fn step_patterns() {
    t!("100元300张房卡", [PricePerCard], []);
    // A hype title only counts around a topic.
    t!("游戏指南!今天去哪玩", [], [HypeTitle]);
    t!("加溦①③⑧①②③④⑤⑥⑦⑧", [ObfuscatedContact], []);
}

#[test]
fn step_situation() {
    let hidden = Situation { hidden: true, ..Situation::default() };
    t!("牛牛房卡", hidden.clone(), [Hidden], []);
    t!("今天天气晴朗", hidden, [], [Hidden]);
    let report = Situation { report_page: true, ..Situation::default() };
    t!("牛牛房卡", report, [ReportPage], []);
    // The page's campaign brand inside the article; not in a report.
    let campaign = |report_page| Situation {
        campaign: Some("贵宾会".into()),
        report_page,
        ..Situation::default()
    };
    t!(
        "由鸿盛贵宾会捐资建设的少年宫投入使用",
        campaign(false),
        [CampaignTerm],
        []
    );
    t!("警方查处鸿盛贵宾会赌博窝点", campaign(true), [], [CampaignTerm]);
    // The batch saw the template on several sites.
    let recurring = Situation { recurring: Some(4), ..Situation::default() };
    t!("棋牌新玩法上线", recurring, [BatchCampaign], []);
    t!("棋牌新玩法上线", Situation::default(), [], [BatchCampaign]);
}

#[test]
fn step_model() {
    let sit = |lo| Situation { model: Some(lo), ..Situation::default() };
    t!("今天天气晴朗", sit(3.0), [ModelSpam], [ModelHam]);
    t!("今天天气晴朗", sit(-3.0), [ModelHam], [ModelSpam]);
    let x = model(Some(100.0));
    assert_eq!(x[0].x, MODEL_CAP);
}

#[test]
fn weighing_sums_weight_times_activation() {
    let mut w = Weights::priors();
    w.set(RuleId::PricePerCard, 4.0);
    w.set(RuleId::ModelSpam, 0.5);
    let fired = vec![
        Fired::new(RuleId::PricePerCard, "100元300张"),
        Fired { id: RuleId::ModelSpam, x: 3.0, detail: String::new() },
    ];
    let v = weigh(fired, &w, 5.0);
    assert_eq!(v.score, 5.5);
    assert!(v.spam);
    assert_eq!(v.reasons[0].rule, RuleId::PricePerCard);
}

#[test]
fn bad_weight_files_name_the_line() {
    for (text, line) in [
        ("threshold\t5\n", 1),
        ("version\t2\n", 1),
        ("version\t1\nthreshold\tx\n", 2),
        ("version\t1\nlexicon.gambling\t1\t2\n", 0),
        ("version\t1\nlexicon.gambling\tinf\n", 2),
        ("version\t1\nlexicon.gambling\t1\tx\t0\n", 2),
    ] {
        match Weights::from_reader(text.as_bytes()) {
            Err(err) => {
                assert_eq!(err.line(), Some(line), "{text:?}: {err}")
            }
            // A line with a weight and one count is read as weight
            // only.
            Ok(_) => assert_eq!(line, 0, "{text:?} parsed"),
        }
    }
}
