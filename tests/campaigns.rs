//! Campaigns: one spam template on several sites is one campaign, other
//! templates and boilerplate are not grouped with it.

use std::sync::Arc;

use serde_json::Value;
use zhclean::campaign::Campaigns;
use zhclean::Cleaner;

use crate::{run, shared, TempDir};

/// The planted template, filled with a brand, a city and a contact as a
/// campaign does from site to site.
fn planted(brand: &str, city: &str, id: &str) -> String {
    format!(
        "{brand}娱乐官方推荐：{city}地区牛牛金花房卡诚信批发，价格优惠，\
         24小时在线，添加客服微信{id}，随时上下分，老玩家都在这里"
    )
}

/// A news page of a site: its own article, a related list with the given
/// spam items and an ordinary item, and the footer every site of the
/// batch shares.
fn page(site: &str, n: usize, spam: &[String]) -> String {
    let items: String =
        spam.iter().map(|s| format!("<li><a href=/s>{s}</a></li>")).collect();
    format!(
        "<html><head><meta charset=utf-8><title>{site}第{n}期社区新闻_{site}新闻网</title></head>\
         <body><div class=nav><a href=/>首页</a><a href=/a>本地</a><a href=/b>社会</a></div>\
         <h1>{site}第{n}期社区新闻</h1><div class=content>\
         <p>本周，{site}多个社区开展了便民服务活动，志愿者为老人提供理发、量血压和家电维修等服务，现场十分热闹。</p>\
         <p>社区负责人表示，今后每月都会组织一次类似活动，并根据居民的意见增加新的服务项目，让大家在家门口就能办事。</p>\
         <p>不少居民说，这样的活动既方便又暖心，希望能一直坚持下去，也愿意报名成为志愿者。</p></div>\
         <div class=related><h3>相关阅读</h3><ul>{items}<li><a href=/o>{site}新建三座口袋公园</a></li></ul></div>\
         <div class=footer>版权所有 新闻网 关于我们 联系我们 广告服务 网站地图</div></body></html>"
    )
}

#[test]
fn one_template_on_three_sites_is_one_campaign() {
    let tmp = TempDir::new("campaigns");
    let fills = [
        ("site_a", "鸿运", "杭州", "hy8888"),
        ("site_b", "金沙", "成都", "js0001"),
        ("site_c", "永利", "青岛", "yl7777"),
    ];
    // Each site also carries a template of its own.
    let own = [
        "2026第一科普：微信炸金花群怎么加入，靠谱的拼三张链接哪里找",
        "正规网赌平台推荐，注册就送彩金，提款秒到账，官网入口在此",
        "百家乐必胜技巧大公开，跟着导师下注稳赚不赔，名额有限速来",
    ];
    for (i, (site, brand, city, id)) in fills.iter().enumerate() {
        let d = tmp.0.join("in").join(site);
        std::fs::create_dir_all(&d).unwrap();
        let spam = vec![planted(brand, city, id), own[i].to_string()];
        std::fs::write(d.join("1.html"), page(site, 1, &spam)).unwrap();
    }
    // A second page on the first site, with the template only.
    let spam = vec![planted("大发", "厦门", "df5555")];
    std::fs::write(tmp.0.join("in/site_a/2.html"), page("site_a", 2, &spam))
        .unwrap();
    let summary = tmp.0.join("summary.json");
    let report = tmp.0.join("report.html");
    let r = run(
        &[
            "clean",
            "-q",
            tmp.0.join("in").to_str().unwrap(),
            "-o",
            "/dev/null",
            "--summary-json",
            summary.to_str().unwrap(),
            "--report",
            report.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sum: Value =
        serde_json::from_str(&std::fs::read_to_string(&summary).unwrap())
            .unwrap();
    // The report's campaign view: the one campaign, opening to its four
    // pages, each a link to that page's entry in the report.
    let html = std::fs::read_to_string(&report).unwrap();
    assert_eq!(html.matches("<details class=\"campaign\"").count(), 1);
    assert!(html.contains("data-sites=\"3\" data-pages=\"4\""));
    let view = &html[html.find("<section id=\"campaigns\"").unwrap()..];
    let view = &view[..view.find("</section>").unwrap()];
    let links: Vec<&str> = view
        .match_indices("href=\"#")
        .map(|(i, _)| {
            let id = &view[i + 7..];
            &id[..id.find('"').unwrap()]
        })
        .collect();
    assert_eq!(links.len(), 4, "{view}");
    for id in links {
        assert!(html.contains(&format!("<article class=\"page\" id=\"{id}\"")));
    }
    // Every spam item was found, or the campaign counts mean little.
    assert_eq!(sum["spam_blocks"], 7, "{sum:#}");
    let campaigns = sum["campaigns"].as_array().unwrap();
    // The planted template is one campaign on three sites, four pages...
    assert_eq!(campaigns.len(), 1, "{sum:#}");
    let c = &campaigns[0];
    assert_eq!(
        (&c["sites"], &c["pages"], &c["blocks"]),
        (&3.into(), &4.into(), &4.into())
    );
    assert!(c["sample"].as_str().unwrap().contains("房卡诚信批发"));
    let sites: Vec<&str> = c["site_names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(sites.len(), 3);
    assert!(sites.iter().all(|s| s.contains("site_")), "{sites:?}");
    assert!(c["top_rules"][0][0].as_str().is_some());
    // ...and the first and last pages are where it was seen first and last.
    assert!(c["first_source"].as_str().unwrap().ends_with("site_a/1.html"));
    assert!(c["last_source"].as_str().unwrap().ends_with("site_c/1.html"));
}

#[test]
fn campaigns_are_fed_from_many_threads() {
    let cleaner = Arc::new(Cleaner::new());
    let campaigns = Arc::new(Campaigns::new());
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let (cleaner, campaigns) =
                (Arc::clone(&cleaner), Arc::clone(&campaigns));
            std::thread::spawn(move || {
                for i in 0..5 {
                    let spam =
                        vec![planted("鸿运", "杭州", &format!("v{t}{i}"))];
                    let p = cleaner.clean(page("site", i, &spam).as_bytes());
                    campaigns
                        .add(&format!("https://s{t}.example.cn/{i}.html"), &p);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let all = campaigns.campaigns();
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!((all[0].sites, all[0].pages, all[0].blocks), (4, 20, 20));
}

/// The real pages as one batch: what spam they hold is no campaign across
/// sites, and their shared boilerplate is never grouped (only spam
/// blocks are).
#[test]
fn real_pages_make_no_cross_site_campaign() {
    let Some(data) = shared("data/extract") else { return };
    let tmp = TempDir::new("campaigns-real");
    let summary = tmp.0.join("summary.json");
    let r = run(
        &[
            "clean",
            "-q",
            data.to_str().unwrap(),
            "-o",
            "/dev/null",
            "--summary-json",
            summary.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sum: Value =
        serde_json::from_str(&std::fs::read_to_string(&summary).unwrap())
            .unwrap();
    // Every page of the folder was read (its README counts them).
    let want: usize = ["extract/xmu/", "extract/cwced/", "extract/gne_pages/"]
        .iter()
        .map(|k| crate::readme_count(k))
        .sum();
    assert_eq!(sum["pages"], want as u64, "{sum:#}");
    let multi: Vec<&Value> = sum["campaigns"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["sites"].as_u64() > Some(1))
        .collect();
    assert!(multi.is_empty(), "{multi:#?}");
    // Nor does the second pass find a template on three sites among
    // their blocks below the threshold.
    assert_eq!(sum["recleaned"], 0, "{sum:#}");
}

/// A weak template (game words, no contact, no price: below the
/// threshold on any one page) on three sites earns `batch.campaign` in
/// the second pass; a weak text on one site only does not, and nothing
/// does with the second pass off.
#[test]
fn a_weak_template_on_three_sites_is_caught_by_recurrence() {
    let tmp = TempDir::new("campaigns-weak");
    let weak = |brand: &str| {
        format!("掌上{brand}棋牌新玩法，好友组局一键开房，周末约起来")
    };
    let lone = "休闲棋牌新品上线，支持好友开房，欢迎体验";
    for (i, (site, brand)) in
        [("site_a", "乐乐"), ("site_b", "多多"), ("site_c", "欢欢")]
            .iter()
            .enumerate()
    {
        let d = tmp.0.join("in").join(site);
        std::fs::create_dir_all(&d).unwrap();
        let mut items = vec![weak(brand)];
        if i == 0 {
            items.push(lone.to_string());
        }
        std::fs::write(d.join("1.html"), page(site, 1, &items)).unwrap();
    }
    let input = tmp.0.join("in");
    let clean = |extra: &[&str]| -> Vec<Value> {
        let mut args = vec!["clean", "-q", input.to_str().unwrap()];
        args.extend_from_slice(extra);
        let r = run(&args, b"");
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    };
    let rules = |rec: &Value| -> Vec<(String, Vec<String>)> {
        rec["spam"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| {
                let names = b["reasons"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r["rule"].as_str().unwrap().to_string())
                    .collect();
                (b["text"].as_str().unwrap().to_string(), names)
            })
            .collect()
    };
    // One pass: no page has spam (the template is weak on its own).
    let off = clean(&["--campaign-sites", "0"]);
    assert_eq!(off.len(), 3);
    assert!(
        off.iter().all(|r| r["spam"].as_array().unwrap().is_empty()),
        "{off:#?}"
    );
    // Two passes: each page's copy of the template is spam, by recurrence.
    let on = clean(&[]);
    let sources: Vec<&str> =
        on.iter().map(|r| r["source"].as_str().unwrap()).collect();
    let off_sources: Vec<&str> =
        off.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(sources, off_sources, "input order kept");
    for rec in &on {
        let spam = rules(rec);
        assert_eq!(spam.len(), 1, "{rec:#}");
        assert!(spam[0].0.contains("棋牌新玩法"), "{spam:?}");
        assert!(spam[0].1.iter().any(|r| r == "batch.campaign"), "{spam:?}");
        assert_eq!(rec["verdict"], "spam_around");
    }
    // The lone text stays where it was: not spam.
    assert!(on.iter().all(|r| !r.to_string().contains("\"text\":\"休闲棋牌")));
    // Four sites needed: none.
    let strict = clean(&["--campaign-sites", "4"]);
    assert!(strict.iter().all(|r| r["spam"].as_array().unwrap().is_empty()));
}
