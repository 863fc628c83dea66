use super::*;

/// The weight of every rule: fitted by `zhclean train`, or the hand-set
/// priors.
///
/// # Examples
///
/// ```
/// use zhclean::{RuleId, Weights};
/// let w = Weights::embedded();
/// assert_eq!(w.threshold(), zhclean::DEFAULT_THRESHOLD);
/// let mut out = Vec::new();
/// w.write(&mut out).unwrap();
/// let back = Weights::from_reader(out.as_slice()).unwrap();
/// assert_eq!(back.get(RuleId::LexGambling), w.get(RuleId::LexGambling));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    weights: Vec<f32>,
    /// Per rule: texts it fired on in the training data, spam and ham
    /// (what SmokeDetector shows before a keyword is approved).
    hits: Vec<(u32, u32)>,
    threshold: f32,
}

impl Default for Weights {
    fn default() -> Weights {
        Weights::priors()
    }
}

impl Weights {
    /// The hand-set weights ([`Rule::prior`]) and [`DEFAULT_THRESHOLD`].
    pub fn priors() -> Weights {
        Weights {
            weights: RULES.iter().map(|r| r.prior).collect(),
            hits: vec![(0, 0); RULES.len()],
            threshold: DEFAULT_THRESHOLD,
        }
    }

    /// The weights the crate ships, parsed by [`Weights::from_reader`]
    /// (feature `embedded-data`).
    #[cfg(feature = "embedded-data")]
    pub fn embedded() -> Weights {
        static W: std::sync::LazyLock<Weights> =
            std::sync::LazyLock::new(|| {
                Weights::from_reader(EMBEDDED_WEIGHTS.as_bytes())
                    .expect("the embedded weights are tested to parse")
            });
        W.clone()
    }

    /// Reads a weights file: `#` comments, `version<TAB>1`,
    /// `threshold<TAB>T`, then `rule<TAB>weight[<TAB>spam<TAB>ham]`
    /// lines. A rule the file does not name keeps its prior.
    ///
    /// # Errors
    ///
    /// An unknown version or rule name, or a number that does not parse,
    /// gives an error naming the line.
    ///
    /// # Examples
    ///
    /// ```
    /// use zhclean::{RuleId, Weights};
    /// let w = Weights::from_reader(
    ///     "version\t1\nthreshold\t5\nlexicon.gambling\t3.5\n".as_bytes(),
    /// )?;
    /// assert_eq!(w.get(RuleId::LexGambling), 3.5);
    /// assert_eq!(w.get(RuleId::PricePerCard), RuleId::PricePerCard.rule().prior);
    /// let err = Weights::from_reader("version\t1\nno.such\t1\n".as_bytes());
    /// assert_eq!(err.unwrap_err().line(), Some(2));
    /// # Ok::<(), zhclean::Error>(())
    /// ```
    pub fn from_reader<R: BufRead>(rdr: R) -> Result<Weights, Error> {
        let mut w = Weights::priors();
        let mut version = false;
        for (i, line) in rdr.lines().enumerate() {
            let no = i + 1;
            let line = line.map_err(Error::io)?;
            let line = line.trim_end_matches(['\r', '\n']);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = line.split('\t').map(str::trim).collect();
            let bad = |msg: String| Error::data("weights", no, msg);
            let num = |s: Option<&&str>| -> Result<f32, Error> {
                let s = s.copied().unwrap_or("");
                s.parse::<f32>().ok().filter(|x| x.is_finite()).ok_or_else(
                    || bad(format!("`{s}` is not a finite number")),
                )
            };
            match f[0] {
                "version" => {
                    let v: u32 = f
                        .get(1)
                        .and_then(|v| v.parse().ok())
                        .ok_or_else(|| bad("version needs a number".into()))?;
                    if v != WEIGHTS_VERSION {
                        return Err(bad(format!(
                            "weights file version {v} is not supported (this crate reads version {WEIGHTS_VERSION})"
                        )));
                    }
                    version = true;
                }
                _ if !version => {
                    return Err(bad(
                        "the first line must be `version<TAB>N`".into()
                    ));
                }
                "threshold" => w.threshold = num(f.get(1))?,
                name => {
                    let id = RuleId::from_name(name).ok_or_else(|| {
                        bad(format!("unknown rule `{name}`"))
                    })?;
                    w.weights[id as usize] = num(f.get(1))?;
                    if f.len() >= 4 {
                        let count = |s: &str| {
                            s.parse::<u32>().map_err(|_| {
                                bad(format!("`{s}` is not a count"))
                            })
                        };
                        w.hits[id as usize] = (count(f[2])?, count(f[3])?);
                    }
                }
            }
        }
        if !version {
            return Err(Error::data("weights", 0, "missing `version` line"));
        }
        Ok(w)
    }

    /// Writes the weights in the format [`Weights::from_reader`] reads.
    pub fn write<W: std::io::Write>(&self, mut out: W) -> std::io::Result<()> {
        writeln!(out, "# zhclean rule weights, fitted by `zhclean train` (see examples/zhclean/train.rs).")?;
        writeln!(out, "# rule<TAB>weight<TAB>texts it fired on in the training data: spam<TAB>ham.")?;
        writeln!(
            out,
            "# A rule never seen in training keeps its hand-set prior (0 0)."
        )?;
        writeln!(out, "version\t{WEIGHTS_VERSION}")?;
        writeln!(out, "threshold\t{}", self.threshold)?;
        for r in RULES {
            let (s, h) = self.hits[r.id as usize];
            writeln!(
                out,
                "{}\t{}\t{s}\t{h}",
                r.name, self.weights[r.id as usize]
            )?;
        }
        Ok(())
    }

    /// A rule's weight.
    pub fn get(&self, id: RuleId) -> f32 {
        self.weights[id as usize]
    }

    /// Sets a rule's weight.
    pub fn set(&mut self, id: RuleId, weight: f32) {
        self.weights[id as usize] = weight;
    }

    /// The texts a rule fired on in the training data: spam, ham.
    pub fn hits(&self, id: RuleId) -> (u32, u32) {
        self.hits[id as usize]
    }

    pub(crate) fn set_hits(&mut self, id: RuleId, spam: u32, ham: u32) {
        self.hits[id as usize] = (spam, ham);
    }

    /// The threshold these weights were fitted for.
    pub fn threshold(&self) -> f32 {
        self.threshold
    }

    pub(crate) fn set_threshold(&mut self, t: f32) {
        self.threshold = t;
    }
}
