import { ARTICLE_KINDS, REPORTER_ROLES, type ArticleKind, type ReporterRole } from '../../extract/types.js';
import { stringEnum } from './string-enum.js';

/** `ReporterRole`, the argument form of the roles that answers spell in lower case. */
export const ReporterRoleEnum = stringEnum(REPORTER_ROLES, 'ReporterRole', 'How a byline credits a person.', {
  reporter: '记者: a staff reporter of the paper',
  correspondent: '通讯员 (or a writer the byline names without a title)',
  photographer: '摄影, 图: credited for the photos',
} satisfies Record<ReporterRole, string>);

/** `ArticleKind`, the argument form of the kinds that answers spell in lower case. */
export const ArticleKindEnum = stringEnum(ARTICLE_KINDS, 'ArticleKind', 'What a story is.', {
  news: 'a report',
  feature: 'a feature: 通讯, 侧记, 纪实 …',
  photo: 'a captioned photo',
} satisfies Record<ArticleKind, string>);
