// The query GraphiQL opens with, and the README's first query: Claude Code's claims with sources and periods.
export const FIRST_QUERY = `# Everything claimed about Claude Code, with where and when it was said.
query ClaudeCodeClaims {
  entity(name: "Claude Code") {
    name
    kind
    maker { name }
    claims(first: 20) {
      totalCount
      nodes {
        text
        predicate { name }
        object { name }
        value { text display lower upper unit approx }
        period { label start end precision }
        citations { quote start end source { title url publishedAt } }
      }
    }
  }
}
`;
