//! Media and account names that sit in the lines under the headline
//! without a label: `原创 南方都市报 2019-09-09 16:01:46` (a toutiao or
//! self-media account before the date), and a line of its own between the
//! headline and the date (`新华社`, `石佳/中国青年报`: a person, a slash,
//! the medium).

use super::{Check, NEXT_LABEL};
use crate::blocks::Blocks;
use crate::extract::time::DATE;
use crate::page::Role;

/// Badges a platform puts before the account name.
const BADGES: &[&str] = &["原创", "独家", "首发", "置顶", "精选", "热"];

/// `(origin, author)` from the short lines right under the title.
pub(super) fn under_title(
    blocks: &Blocks,
    roles: &[Role],
    check: &Check,
) -> (Option<String>, Option<String>) {
    let bs = blocks.blocks();
    let Some(title) = roles.iter().position(|r| *r == Role::Title) else {
        return (None, None);
    };
    // The lines up to the body, each short and visible.
    let lines: Vec<usize> = (title + 1..bs.len())
        .filter(|&i| !bs[i].text.trim().is_empty())
        .take_while(|&i| !bs[i].hidden && !is_prose(&bs[i].text))
        .take(4)
        .take_while(|&i| bs[i].chars <= 50)
        .collect();
    for (k, &i) in lines.iter().enumerate() {
        let t = bs[i].text.trim();
        if let Some(m) = DATE.find(t) {
            // A name before the date, in the same line.
            let name = strip_badges(t[..m.start()].trim());
            if m.start() > 0 {
                let Some(name) = plain(name) else { break };
                // `陈博2018-06-12 16:29`: a person's name is the author.
                if is_person(name) {
                    return (None, check.person(name));
                }
                return (check.origin(name), None);
            }
            return (None, None);
        }
        // A name on its own line, and the date on the next one.
        let dated = lines.get(k + 1).is_some_and(|&j| {
            DATE.find(&bs[j].text).is_some_and(|m| m.start() <= 2)
        });
        if !dated {
            continue;
        }
        let name = strip_badges(t);
        if let Some((who, medium)) = name.split_once(['/', '／']) {
            let who = plain(who.trim()).and_then(|v| check.person(v));
            let medium = plain(medium.trim()).and_then(|v| check.origin(v));
            return (medium, who);
        }
        return (plain(name).and_then(|v| check.origin(v)), None);
    }
    (None, None)
}

/// Common family names, for telling a person (陈博, 尹娟) from a medium
/// or an account (央视, 扬眼, 中国网) where no label says which.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍喻祁蒲房滕屈饶解牟艾尤穆卓吉缪简车项连麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂全佟臧闵苟邬边卞姬师仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘查麻苑迟邝";

/// A family name and one or two Han characters, not ending like a
/// medium's name (中国网, 新华社): how a person's name looks.
pub(super) fn is_person(v: &str) -> bool {
    let n = v.chars().count();
    (2..=3).contains(&n)
        && v.chars().next().is_some_and(|c| SURNAMES.contains(c))
        && v.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
        // The last character of a medium or a place, not of a given name.
        && !v.ends_with([
            '报', '网', '社', '台', '刊', '号', '站', '讯', '视', '闻', '媒',
            '界', '州', '江', '河', '湖', '山', '海', '京', '南', '北', '东',
            '西', '省', '市', '县', '区',
        ])
}

fn strip_badges(mut t: &str) -> &str {
    while let Some(b) = BADGES.iter().find(|b| t.starts_with(**b)) {
        t = t[b.len()..].trim_start();
    }
    t
}

/// A bare name: letters, digits, `·` and spaces, no label, 2 to 20 chars.
fn plain(v: &str) -> Option<&str> {
    let n = v.chars().count();
    let ok = (2..=20).contains(&n)
        && v.chars().all(|c| c.is_alphanumeric() || c == '·' || c == ' ')
        && !NEXT_LABEL.is_match(v)
        && !super::AUTHOR_LABEL.is_match(v)
        && !super::ORIGIN_LABEL.is_match(v);
    ok.then_some(v)
}

/// A person's name alone on a line at the head of the article (`胡平`
/// under an essay's title, before its subtitle): the author.
pub(super) fn lone_name(
    blocks: &Blocks,
    roles: &[Role],
    check: &Check,
) -> Option<String> {
    let bs = blocks.blocks();
    let start = roles
        .iter()
        .position(|r| *r == Role::Title)
        .map(|t| t + 1)
        .or_else(|| roles.iter().position(|r| *r == Role::Body))?;
    (start..bs.len())
        .filter(|&i| !bs[i].text.trim().is_empty() && !bs[i].hidden)
        .take(3)
        .take_while(|&i| bs[i].chars <= 40 && bs[i].link_chars == 0)
        .map(|i| bs[i].text.trim())
        .find(|t| is_person(t))
        .and_then(|t| check.person(t))
}

/// Marks the dated line right under the headline as a byline when the
/// layout scored it as body (`晴川观察 2024-04-02 09:15:33` in a plain
/// div): it is where the time and the account are read, and no
/// paragraph of the article.
pub(in crate::extract) fn mark_dateline(blocks: &Blocks, roles: &mut [Role]) {
    let bs = blocks.blocks();
    let Some(title) = roles.iter().position(|r| *r == Role::Title) else {
        return;
    };
    let next = (title + 1..bs.len()).find(|&i| !bs[i].text.trim().is_empty());
    let Some(i) = next.filter(|&i| roles[i] == Role::Body) else { return };
    let t = &bs[i].text;
    if bs[i].chars <= 50
        && !is_prose(t)
        && DATE.find(t).is_some_and(|m| m.start() <= 20)
    {
        roles[i] = Role::Byline;
    }
}

/// A sentence, not a line of names and dates.
fn is_prose(t: &str) -> bool {
    t.contains(['，', '。', '！', '？', '；', ','])
}
