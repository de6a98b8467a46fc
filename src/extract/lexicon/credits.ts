/**
 * The words a credit is made of, shared by the byline reader and the line joiner (which
 * must not glue a credit to the line above it).
 */

/**
 * The paper's own, before 记者 or 通讯员: 本报 (本台, 本网, 本刊 of a station, site or
 * magazine), or 晚报/日报 as a paper of a group calls itself (`□晚报记者 某某`).
 */
export const OWN_PAPER = '本报|本台|本网|本刊|晚报|日报';

/** A rank before 记者 or 通讯员: 特约, 见习, 首席, 实习, 全媒体 (全媒), 融媒体 (融媒), 新媒体. */
export const RANK = '特约|见习|首席|实习|全媒体|融媒体|全媒|融媒|新媒体';

/** A column the paper names after 记者 (记者手记, 记者观察): a headline's label, no credit. */
export const REPORTER_COLUMN = '手记|观察|调查|走基层|探访|追踪|视点|视线|直击|体验|连线|一线|在现场|蹲点|来信';

/** 记者 as a role word, not the start of a column's name. */
export const REPORTER_WORD = `记者(?!${REPORTER_COLUMN})`;

/** 记者 or 通讯员 with what may qualify it (本报特约通讯员, 全媒体记者). */
export const ROLE_HEAD = `(?:${OWN_PAPER})?(?:${RANK})?(?:${REPORTER_WORD}|通讯员)`;

/** Marks a page sets before a credit or a story's lead (□本报记者, ◎记者, ○本报讯). */
export const CREDIT_BULLETS = '□■●○◎◆◇▲△★☆▶►';
