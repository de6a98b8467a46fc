import { EXAMPLES_DIR, readExamples } from '../examples.js';

/**
 * What the playground opens with: a question the seeds answer. (An operation's name is a
 * GraphQL name, ASCII only: `TownsUnder双辽市` was a syntax error on the first ▶.)
 */
export const DEFAULT_QUERY = `# Towns under 双辽市, the campaigns held in each, and who covered them.
# Press ▶ (Ctrl-Enter). Every example of examples/ has a tab of its own above.
# Mutations need the header  Authorization: Bearer <API_TOKEN>.
query TownsUnderShuangliao {
  town(name: "双辽市") {
    id
    name
    level
    ancestors { name level }
    children { name level }
    campaigns { count campaign { name } }
    reporters { count reporter { name } }
  }
  stats { nodes relationships }
}
`;

/** A tab of the playground: an operation, with the variables and headers it needs. */
export interface PlaygroundTab {
  query: string;
  variables?: string;
  headers?: string;
}

/** The variables a mutation example needs before it can run: a page of text to load. */
const INGEST_VARIABLES = JSON.stringify(
  { source: '005_example.txt', text: '本报讯（通讯员 王晓明）近日，某某社区开展“清洁家园”志愿服务活动。' },
  null,
  2,
);

/**
 * The playground's tabs: the opening question, then every operation of `examples/` in file
 * order (a newcomer sees each capability in one click); the mutation with the header and
 * variables it needs. `test/api/examples.test.ts` runs each example.
 */
export function playgroundTabs(dir = EXAMPLES_DIR): PlaygroundTab[] {
  const examples = readExamples(dir).map(({ query, mutation }): PlaygroundTab =>
    mutation ? { query, variables: INGEST_VARIABLES, headers: '{ "Authorization": "Bearer <API_TOKEN>" }' } : { query },
  );
  return [{ query: DEFAULT_QUERY }, ...examples];
}

let cached: string | undefined;

/**
 * The GraphiQL page: one self-contained HTML document (script, styles and editor workers
 * inlined by @graphql-yoga/render-graphiql), so the playground works with no internet.
 * Rendered once; it is about 9 MB, so it is served compressed when the browser allows.
 * The renderer is imported on the first request for the page: it holds the bundle as a
 * string, about 45 MB of the API's memory that a server nobody opens the playground on
 * (production) never needs.
 */
export async function graphiqlPage(): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  cached ??= renderGraphiQL({
    title: 'Local news graph — GraphiQL',
    endpoint: '/graphql',
    defaultQuery: DEFAULT_QUERY,
    defaultTabs: playgroundTabs(),
    headerEditorEnabled: true,
  } as Parameters<typeof renderGraphiQL>[0]);
  return cached;
}
