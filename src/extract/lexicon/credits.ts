/**
 * The words a credit is made of, shared by the byline reader and the line joiner (which
 * must not glue a credit to the line above it).
 */

/** The paper's own, before 记者 or 通讯员: 本报, or 晚报/日报 as a paper of a group calls itself (`□晚报记者 某某`). */
export const OWN_PAPER = '本报|晚报|日报';

/** A rank before 记者 or 通讯员: 特约, 见习, 首席, 实习, 全媒体, 融媒体. */
export const RANK = '特约|见习|首席|实习|全媒体|融媒体';

/** 记者 or 通讯员 with what may qualify it (本报特约通讯员, 全媒体记者). */
export const ROLE_HEAD = `(?:${OWN_PAPER})?(?:${RANK})?(?:记者|通讯员)`;
