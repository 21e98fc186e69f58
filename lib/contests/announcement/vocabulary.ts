/**
 * The words announcements use, shared by the field readers and the detector. All patterns run on
 * folded lines (lib/text/fold's foldProse: ASCII lower case, Simplified), so one pattern serves
 * Traditional, Simplified and full-width text. Every pattern is linear in its line: no two
 * quantifiers compete for the same run of characters.
 */

/** "Add the tags" in any of its forms: 添加話題 / 帶上話題 / 標籤: / use the hashtag / Add hashtag:. */
export const TAG_INSTRUCTION =
  /(?:添加|[带帶]上?|加上|附上|使用|附[带帶]|标注|包含|打上|加)\s*(?:以下\s*)?(?:话题|标[签籤]|tag)|(?:话题|标[签籤])\s*[:：]|\b(?:use|add|include|with|using|adding|tagged)\b.{0,40}?\b(?:hashtags?|tags?|topics?)\b|\bhashtags?\b\s*:|\btags?\s*:|\b(?:add|include)\s+#/;
/** What stands between a tag and its alternative: "或" / "or" / "/", past an aside ("#WedC (preferred) or #WednesdayChallenge"). */
export const TAG_OR = /^[\s,、]*(?:[(（][^)）]{0,20}[)）][\s,、]*)?(?:或者?|or|\/|\|)\s*$/i;

export const WINDOW_KEYWORD =
  /活动时间|活动期间|参与时间|投稿时间|征稿时间|时间|(?:征件|征稿|征文|投稿|收件|活动)日期|event\s+period|campaign\s+period|activity\s+period|duration|period|per[ií]odo|plazo|prazo|time|\bwhen\s*[:：]|dates?\b|pågår|\bdecorr(?:e|erá)(?![a-z])|\bläuft\b|se\s+d[ée]roule(?:ra)?\b|\bruns\s+(?:from|between)\b/;

/** A part's heading: "✅ 活动二:…", "活动一", "Task 2:", "2." at the start of a line (not a date, "7.12 活动开始"). */
export const PART_HEADING =
  /^(?:(?:✅|☑\uFE0F?|✔\uFE0F?|🔹|🔸|▶\uFE0F?|➡\uFE0F?|•)\s*)?(?:活动[一二三四五六七八九十\d]|任务[一二三四五六七八九十\d]|(?:task|part|step|activity)\s*\d|\d{1,2}[.、)](?!\d))/;

/** The square, named ("Gate广场", "Binance Square"). */
export const SQUARE = /广场|square|gate\s?post/;
/** Where the square's posts are asked for ("在 Gate 广场发布", "post on Gate Square"). */
export const SQUARE_POSTING = /(?:广场|square)[^,，。;；]{0,6}(?:发布|发帖|发文|贴文|posts?\b)|(?:发布|发帖|发文|\bpost)[^,，。;；]{0,12}(?:广场|square)/;
/** Where a post is made on another platform ("在 X(推特)上发布", "share your post on X", "tweet"), not on the square. */
export const OTHER_PLATFORM =
  /在\s?(?:x|推特|twitter|telegram|facebook|instagram|tiktok|youtube|抖音|微博)(?:\s?[(（][^)）]{0,6}[)）])?\s?上?\s?(?:发布|发帖|发文|分享|转发)|\b(?:post|share|tweet)\w*\s+(?:(?:it|them|your\s+\w+)\s+)?on\s+(?:x|twitter|telegram|facebook|instagram|tiktok|youtube)\b|发推/;

export const SCREENSHOT = /截图|截屏|screenshot|screen\s+shot|附图|晒图|proof\s+of/;

export const POOL_KEYWORD =
  /总奖池|奖池总额|奖池|奖励池|总奖金|奖金池|总奖励|奖励总额|共计|总计|合计|total\s+prize\s+pool|prize\s+pool|total\s+rewards?|total\s+prizes?|rewards?\s+pool|a\s+total\s+of/;
export const PRIZE_KEYWORD = /奖|名|prize|place|winner|rank|\btop\s*\d|第\s*\d|🥇|🥈|🥉/;

/**
 * A rule the writer must follow that the checklist cannot check: originality, real-name or KYC
 * verification, no bots, disqualification, the organiser's final say; a registration step
 * ("報名活動表單:", "Click the registration link", "Apply Now: …"); who may take part
 * ("用戶需爲首次發帖的新用戶或…回歸用戶").
 */
export const RULE =
  /报名(?:活动|表单|链接|参加)|填写表单|(?:successfully\s+)?register\s+for|registration(?:\s+link|\s+form|\s*:)|apply\s+now|submit\s+your\s+application|(?:需为|须为|仅限|限).{0,12}(?:新用户|回归用户)|抄[袭襲]|实名|刷量|小号|作弊|违规|取消.{0,8}资格|解释权|(?:必[须須]|[须須]|需|应|均为|[须須需]为)\s*原创|原创.{0,4}(?:禁止|不得)|禁止|严禁|不得|kyc|plagiar|real[-\s]?name|identity\s+verification|disqualif|prohibit|\bbanned\b|\bbots?\b|must\s+be\s+original|original\s+content\s+only|only\s+original|reserves?\s+the\s+right|cheat/;

/** Capitals that are not a token: zones, acronyms, ranks. */
export const NOT_TOKENS = new Set([
  'KOL',
  'UID',
  'UGC',
  'OTC',
  'DEX',
  'CEX',
  'ETF',
  'UTC',
  'GMT',
  'KYC',
  'AI',
  'NFT',
  'FAQ',
  'APP',
  'API',
  'ID',
  'VIP',
  'AMA',
  'CEO',
  'PDF',
  'URL',
  'SGT',
  'HKT',
  'CST',
  'TOP',
  'PS',
  'WIB',
  'WITA',
  'WIT',
  'ICT',
  'KST',
  'JST',
  'PHT',
  'MYT',
  'IST',
  'GST',
  'MSK',
  'CET',
  'CEST',
  'BST',
  'EST',
  'EDT',
  'PST',
  'PDT',
  'CDT',
  'MST',
  'MDT',
  'AEST',
  'AEDT',
  'AWST',
  'ACST',
  'NZST',
  'NZDT',
  'EAT',
  'WAT',
  'CAT',
  'SAST',
  'AKST',
  'AKDT',
  'HST',
  'EET',
  'EEST',
  'PKT',
  // A contact, not a coin ("截图提交至QQ:481034941").
  'QQ',
]);
/**
 * Words only a crypto text uses: without one, "Glimmers of Hope Foundation (GLOHF)" or
 * "Environmental, Social, and Governance (ESG)" is an organisation's or a subject's initials, not a
 * token. (Read on the folded text: lower case, Simplified.)
 */
export const CRYPTO_CONTEXT =
  /crypto|blockchain|web3|\btokens?\b|\bcoins?\b|bitcoin|ethereum|\bdefi\b|\bnfts?\b|\bdao\b|wallet|binance|\bgate\b|\bokx\b|kucoin|usdt|airdrop|staking|\bstake[sd]?\s+(?:your\s+|their\s+|\$|\d|[a-z]{2,10}\s+(?:tokens?|coins?)\b)|lock-?up|trading(?!\s+as\b)|\bdex\b|steem|\bhive\b|\$[a-z]{2,}|币|区块链|加密|链上|钱包|交易所|空投|质押|合约|挖矿|通证|代币/;
export const STABLECOINS = new Set(['USDT', 'USDC', 'USD', 'BUSD', 'DAI', 'FDUSD', 'TUSD', 'USDE']);
/** Words in front of a "Name (SYMBOL)" that are not the token's name. */
export const GENERIC_WORDS = new Set([
  'Gate',
  'Square',
  'The',
  'Token',
  'Coin',
  'Project',
  'CandyDrop',
  'Launchpool',
  'Launchpad',
  'HODLer',
  'Startup',
  'Round',
  'Spot',
  'New',
  'Reward',
  'Rewards',
  'Rank',
  'Prize',
  'Prizes',
]);

/**
 * Section headings of an announcement, by what the section holds. A heading starts a short line
 * (after its emoji or numbering) and is followed by nothing, a colon or a bracket: "🎨 活動時間",
 * "📌 How to Participate:", "📅 活動時間: 長期有效", "🏆 Rewards (total prize pool: 3,000 USDT):".
 * Gate's announcements always have some; users' posts rarely do.
 */
const AFTER = String.raw`\s*(?:$|[:：(（])`;
const heading = (words: string) => new RegExp(`^(?:${words})${AFTER}`);
const HEADINGS: [section: string, re: RegExp][] = [
  [
    'window',
    heading(
      String.raw`活动时间|活动期间|活动周期|参与时间|投稿时间|征稿时间|时间|event\s+(?:period|time|dates?|duration)|campaign\s+period|activity\s+period|when`,
    ),
  ],
  ['overview', heading(String.raw`活动介绍|活动概述|活动简介|活动内容|event\s+overview|about\s+the\s+(?:event|campaign)`)],
  [
    'how',
    heading(
      String.raw`参与方式|参与方法|如何参与|参加方式|活动玩法|玩法|活动规则|参赛方式|how\s+to\s+(?:participate|join|enter|take\s+part|apply)|ways?\s+to\s+participate|registration`,
    ),
  ],
  [
    'requirements',
    heading(
      String.raw`发帖要求|参赛要求|内容要求|作品要求|参与要求|要求|参与资格|参赛资格|活动对象|requirements?|eligibility|who\s+can\s+(?:join|participate)`,
    ),
  ],
  [
    'rewards',
    heading(
      String.raw`奖励设置|奖励设定|奖项设置|奖励机制|活动奖励|奖励规则|奖励说明|奖品设置|丰厚奖励\S{0,4}|奖励[一二三四五六七八九十]|奖励|奖品|rewards?|prizes?|generous\s+prizes|(?:rewards?|prize)\s+(?:pool|distribution|details)|leaderboard\s+awards?`,
    ),
  ],
  [
    'judging',
    heading(
      String.raw`评选标准|评选规则|评审标准|评选方式|评分规则|评分标准|judging\s+criteria|selection\s+criteria|evaluation\s+criteria|scoring\s+(?:mechanism|rules|system)`,
    ),
  ],
  ['notes', heading(String.raw`注意事项|活动说明|活动须知|温馨提示|备注|notes?|terms(?:\s+and\s+conditions)?|important\s+notes?|disclaimer|rules`)],
];

/** The section a (short, folded, undecorated) line heads, or null. */
export function headingOf(n: string): string | null {
  if (n.length > 120) return null;
  const s = n.trim();
  for (const [section, re] of HEADINGS) if (re.test(s)) return section;
  return null;
}

/**
 * What marks an example, right before a tag or a cashtag (on folded text): "e.g.", "例如", "比如", "(如",
 * "such as", "for example", "like", and the same in the languages of Gate's other squares ("es. $BTC",
 * "p. ej.", "z. B.", "örn.", "misalnya", "ví dụ"), with the earlier examples of a list ("e.g. #BTC, #ETH or").
 */
export const EXAMPLE_BEFORE =
  /(?:e\.g\.|\beg\b|(?<![a-z])(?:es|ej|ex|p\.\s*(?:ej|ex)|z\.\s*b|örn|vd|mis)\.|\b(?:por\s+ej|por\s+ex|per\s+es|ad\s+es)emplo\b|par\s+exemple|zum\s+beispiel|örneğin|misalnya|ví\s+dụ|例如|比如|譬如|诸如|如\s*[:：]|[(（]\s*如|such\s+as|for\s+(?:example|instance)|\blike)[\s:：,，"“'‘「(（#$]*(?:(?:[a-z]+\s+)?(?:tags?|cashtags?|tickers?|symbols?)\s*[(（:：]?\s*\$?)?(?:[#$][^#$\s]+\s*[,，、/]?\s*(?:or|and|或|和|及)?\s*)*$/;
