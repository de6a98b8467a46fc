/**
 * The context that makes a quoted phrase the name of an initiative rather than a
 * borrowed word or a line of speech. News prose introduces a campaign with a verb
 * of doing (开展“…”, 打造“…”, 坚持“…”) or follows it with the kind of thing it
 * is (“…”活动, “…”工作模式, “…”为契机). Plain words in quotes (“急难愁盼”问题,
 * 发挥“攻坚作用”) have neither.
 */

/** Verbs (and linkers) that introduce a named initiative right before its quote. */
const BEFORE = [
  '组织开展',
  '组织实施',
  '开展',
  '启动',
  '打造',
  '擦亮',
  '实施',
  '推行',
  '创建',
  '举办',
  '落实',
  '推进',
  '围绕',
  '坚持',
  '探索',
  '构建',
  '建立',
  '设立',
  '善用',
  '推广',
  '认领',
  '通过',
  '实现',
  '抓好',
  '秉持',
  '谋划',
  '部署',
  '实行',
  '深化',
  '践行',
  '争创',
  '开启',
  '暨',
  '创新开展',
  '传承弘扬',
  '借助',
  '依托',
  '聚焦',
  '深化拓展',
  '打赢',
  '报道了',
  '报道',
  '探索形成',
  '构建起',
  '推出',
  '借全市',
  '主办',
  '承办',
  '协办',
  '借',
];

/** Words after the quote that say what kind of thing it names. */
const AFTER = [
  '活动',
  '行动',
  '工程',
  '品牌',
  '模式',
  '工作法',
  '项目',
  '平台',
  '志愿服务',
  '主题',
  '专项',
  '宣讲',
  '宣传',
  '普法',
  '启动仪式',
  '比赛',
  '竞赛',
  '篮球赛',
  '展演',
  '制度',
  '工作思路',
  '规划',
  '培训',
  '集中调阅',
  '宣传日',
  '音乐会',
  '工作方式',
  '机制',
  '篇文章',
  '项工程',
  '为契机',
  '为载体',
  '为抓手',
  '为节点',
  '为主线',
  '为核心',
  '为主题',
  '为引领',
  '为目标',
  '城市更新',
  '保卫战',
  '攻坚战',
  '经验',
  '以来',
  '事例',
  '做法',
  '积分制',
];
/** Kind-words too common to be read further away than right after the quote. */
const RIGHT_AFTER = ['建设', '打造', '创建', '形式', '服务', '治理', '实践', '理念'];

/** A quote that names its own kind: “百日行动”, “基层建设年”, “安全生产月”. */
const SELF_NAMING =
  /(活动|行动|工程|计划|挑战赛|比赛|大赛|竞赛|文化节|艺术节|艺术周|宣传周|宣传月|宣传日|读书日|生产月|论坛|沙龙|建设年|经验|模式|工作法|议事厅|保卫战|攻坚战|联创|年货节|健康跑|马拉松)$/;

/** How far after the quote a kind-word may stand (“金牌网格员”业务大比武活动). */
const AFTER_REACH = 10;

/** Who the initiative is for may stand between verb and quote: 实现居民“心愿清单”. */
const BENEFICIARY = /(居民|群众|全民|市民|村民|党员)$/;

export function introducedBefore(before: string): boolean {
  // 开展了“…”, 正在开展的“…”, 开展以“…”: a particle may sit between verb and quote.
  const trimmed = before.replace(/[了的以好]$/, '');
  if (/第[0-9一二三四五六七八九十百]+届$/.test(trimmed)) return true;
  if (BEFORE.some((w) => trimmed.endsWith(w))) return true;
  // Only verbs of fulfilling take the beneficiary first (建立群众“点单” does not).
  return /(实现|认领|点亮)$/.test(trimmed.replace(BENEFICIARY, ''));
}

/** `after`: the text following the quote up to the next punctuation mark. */
export function describedAfter(after: string): boolean {
  const rest = after.replace(/^等?(一系列)?/, '');
  if (RIGHT_AFTER.some((cue) => rest.startsWith(cue))) return true;
  for (const cue of AFTER) {
    const at = rest.indexOf(cue);
    // 的 or 等 between quote and kind-word means the kind-word describes something
    // else (“演讲+PPT”的演示形式, “跨部门”挂职等交叉模式).
    if (at >= 0 && at <= AFTER_REACH && !/[的等]/.test(rest.slice(0, at))) return true;
  }
  return false;
}

/**
 * A slogan or initiative made to spread: 让“有事找组织”成为群众日常, 让“双报到”更有温情.
 * The causative alone is not enough (让“急难愁盼”得到解决): what follows must say
 * the thing grows or takes root.
 */
export function promoted(before: string, after: string): boolean {
  return /[让使]$/.test(before) && /^(?:成为|更加|更|深入|走进|落地|落实|变成|真正)/.test(after);
}

/**
 * Numbered slogans name initiatives by their shape: two counted parts (两学一做, 三讲三比),
 * or a count of things (四个意识, 六大工程, 八件实事).
 */
const NUMERAL = '[一二两三四五六七八九十百千万]';
const NUMBERED_SLOGAN = new RegExp(
  `^(?:${NUMERAL}+[\\u4e00-\\u9fff]{1,3}${NUMERAL}+[\\u4e00-\\u9fff]{1,4}|${NUMERAL}+[个大件项条][\\u4e00-\\u9fff0-9]{2,6})$`,
  'u',
);

export function namesItself(inner: string): boolean {
  return SELF_NAMING.test(inner) || NUMBERED_SLOGAN.test(inner);
}
