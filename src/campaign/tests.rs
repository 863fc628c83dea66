use super::fingerprint::mask;
use super::*;

#[test]
fn masks_what_changes_between_copies() {
    assert_eq!(mask("加微信 abc123 北京同城"), "加微信#^同城");
    assert_eq!(mask("鸿运娱乐注册送彩金"), "@娱乐注册送彩金");
    assert_eq!(mask("，。！  "), "");
}

#[test]
fn one_template_many_fillings() {
    let fill = |city: &str, brand: &str, id: &str| {
        format!(
            "{brand}娱乐官方推荐：{city}地区牛牛金花房卡诚信批发，\
             价格优惠，24小时在线，添加客服微信{id}，随时上下分，\
             老玩家都在这里"
        )
    };
    let a = Fingerprint::of(&fill("杭州", "鸿运", "hy8888"));
    let b = Fingerprint::of(&fill("成都", "金沙", "js0001"));
    assert!(a.similarity(&b) >= SAME_TEMPLATE, "{}", a.similarity(&b));
    // Another template of the same trade is another campaign.
    let c = Fingerprint::of(
        "2026第一科普：微信炸金花群怎么加入，靠谱的拼三张链接哪里找，\
         新手入门教程一看就懂",
    );
    assert!(a.similarity(&c) < SAME_TEMPLATE, "{}", a.similarity(&c));
}

#[test]
fn hosts() {
    for (url, want) in [
        ("http://news.example.com/a", Some("news.example.com")),
        ("HTTPS://user@Example.CN:443", Some("example.cn")),
        ("https://www.example.cn", Some("example.cn")),
        ("ftp://example.cn/a", None),
        ("https://localhost/a", None),
        ("https://", None),
        ("https://ex ample.cn/", None),
        ("/tmp/a.html", None),
        ("", None),
    ] {
        assert_eq!(host(url).as_deref(), want, "{url}");
    }
}
