/** What the playground opens with: a question the seeds answer. */
export const DEFAULT_QUERY = `# Towns under 双辽市, the campaigns held in each, and who covered them.
# Press ▶ (Ctrl-Enter). Mutations need the header  Authorization: Bearer <API_TOKEN>.
query TownsUnder双辽市 {
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
    headerEditorEnabled: true,
  } as Parameters<typeof renderGraphiQL>[0]);
  return cached;
}
